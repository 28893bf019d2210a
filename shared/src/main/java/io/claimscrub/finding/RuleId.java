package io.claimscrub.finding;

import static io.claimscrub.finding.Category.*;
import static io.claimscrub.finding.Severity.*;

import java.util.List;

/**
 * The rule catalogue (SPEC §3): every rule id with its severity, category and the adjustment codes
 * a payer would most likely answer with. Ids are a public contract: never rename one.
 */
public enum RuleId {
    UNITS_EXCEED_TIME(ERROR, TIME_UNITS, "151", null),
    UNITS_DISTRIBUTION(WARNING, TIME_UNITS, "151", null),
    UNITS_BELOW_TIME(INFO, TIME_UNITS, null, null),
    TIMED_CODE_SPLIT_LINES(ERROR, FORMAT, "16", null),
    MINUTES_MISSING(INFO, TIME_UNITS, null, null),
    UNTIMED_UNITS_EXCEEDED(WARNING, TIME_UNITS, "151", null),
    DISCIPLINE_MODIFIER_MISSING(ERROR, MODIFIER, "4", null),
    DISCIPLINE_MODIFIER_CONFLICT(ERROR, MODIFIER, "4", null),
    NCCI_PTP_MODIFIER_REQUIRED(ERROR, CODE_PAIRING, "236", null),
    NCCI_PTP_NOT_BYPASSABLE(ERROR, CODE_PAIRING, "97", null),
    MODIFIER_59_UNSUPPORTED(WARNING, MODIFIER, "4", null),
    MODIFIER_59_X_PREFERRED(WARNING, MODIFIER, null, null),
    MODIFIER_59_WRONG_LINE(WARNING, MODIFIER, "97", null),
    MUE_EXCEEDED(ERROR, PAYER_POLICY, "151", "N362"),
    PAYER_UNIT_CAP_EXCEEDED(ERROR, PAYER_POLICY, "119", null),
    KX_THRESHOLD(WARNING, PAYER_POLICY, "119", null),
    DOC_SKILLED_INTERVENTION_MISSING(WARNING, DOCUMENTATION, "50", null),
    DOC_TIME_MISSING(WARNING, DOCUMENTATION, "151", null),
    DOC_PATIENT_RESPONSE_MISSING(WARNING, DOCUMENTATION, "50", null),
    DOC_GOAL_LINK_MISSING(WARNING, GOAL_MISMATCH, "50", null),
    GOAL_NOT_MEASURABLE(WARNING, GOAL_MISMATCH, "50", null),
    CODE_LOOKS_LIKE_97110(WARNING, CODE_PAIRING, "50", null),
    MEDICAL_NECESSITY_INDEPENDENT(WARNING, MEDICAL_NECESSITY, "50", null),
    X12_SYNTAX(ERROR, FORMAT, "16", null);

    private final Severity severity;
    private final Category category;
    private final String carc;
    private final String rarc;

    RuleId(Severity severity, Category category, String carc, String rarc) {
        this.severity = severity;
        this.category = category;
        this.carc = carc;
        this.rarc = rarc;
    }

    public Severity severity() {
        return severity;
    }

    public Category category() {
        return category;
    }

    public String carc() {
        return carc;
    }

    /** A finding of this rule on one service line. */
    public Finding onLine(int line, String code, String message, String suggestion, List<String> evidence) {
        return new Finding(name(), severity, category, line, code, carc, rarc, message, suggestion, evidence);
    }

    public Finding onLine(int line, String code, String message, String suggestion) {
        return onLine(line, code, message, suggestion, List.of());
    }

    /** A finding about the claim as a whole. */
    public Finding onClaim(String message, String suggestion, List<String> evidence) {
        return new Finding(name(), severity, category, null, null, carc, rarc, message, suggestion, evidence);
    }

    public Finding onClaim(String message, String suggestion) {
        return onClaim(message, suggestion, List.of());
    }
}
