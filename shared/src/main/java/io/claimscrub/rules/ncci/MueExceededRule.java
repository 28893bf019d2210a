package io.claimscrub.rules.ncci;

import io.claimscrub.finding.Finding;
import io.claimscrub.finding.RuleId;
import io.claimscrub.model.ServiceLine;
import io.claimscrub.reference.MueEdit;
import io.claimscrub.rules.ClaimContext;
import io.claimscrub.rules.MessageTemplate;
import io.claimscrub.rules.Rule;
import java.util.List;
import java.util.function.Consumer;

/**
 * Units of a code on one date above its NCCI medically unlikely edit (CO-151, N362). MAI 2 and 3
 * edits add up the code's lines of the date; MAI 1 edits judge each line alone. An MUE of 0 means
 * the code is not payable to practitioners at all (e.g. 97010, bundled hot/cold packs).
 */
public final class MueExceededRule implements Rule {
    private static final MessageTemplate NOT_PAYABLE = MessageTemplate.of("{} has an MUE of 0 ({}): no units of it"
            + " are payable to practitioners, so {} {} will be denied (CO-151, N362).");
    private static final MessageTemplate REMOVE = MessageTemplate.of("Remove {} from the claim.");
    private static final MessageTemplate EXCEEDED = MessageTemplate.of("{} units of {} on {} {} exceed its MUE of {}"
            + " (MAI {}): units above the MUE are denied (CO-151, N362).");
    private static final MessageTemplate BILL_AT_MOST = MessageTemplate.of("Bill at most {} units of {}{}; {}");
    private static final String POLICY_LIMIT = "the limit comes from CMS policy, so the excess is not payable on"
            + " appeal either.";
    private static final String CLINICAL_LIMIT = "if more were truly furnished, the note must show why, and the"
            + " excess can only be paid on appeal.";
    private static final MessageTemplate EVIDENCE = MessageTemplate.of("MUE {} = {}, MAI {}, {}");

    @Override
    public RuleId id() {
        return RuleId.MUE_EXCEEDED;
    }

    @Override
    public void evaluate(ClaimContext context, Consumer<Finding> findings) {
        for (List<DailyCodes.CodeOnDate> codes : DailyCodes.of(context).values()) {
            for (DailyCodes.CodeOnDate code : codes) {
                MueEdit mue = context.reference().mue().find(code.code()).orElse(null);
                if (mue != null) {
                    check(code, mue, findings);
                }
            }
        }
    }

    private void check(DailyCodes.CodeOnDate code, MueEdit mue, Consumer<Finding> findings) {
        if (mue.perLine()) {
            for (ServiceLine line : code.lines()) {
                if (line.billedUnits() > mue.maxUnits()) {
                    findings.accept(finding(code, List.of(line), line.billedUnits(), mue));
                }
            }
        } else if (code.units() > mue.maxUnits()) {
            findings.accept(finding(code, code.lines(), code.units(), mue));
        }
    }

    private Finding finding(DailyCodes.CodeOnDate code, List<ServiceLine> lines, int units, MueEdit mue) {
        String where = FindingText.lines(lines);
        String onDate = FindingText.onDate(code.date());
        String message;
        String suggestion;
        if (mue.maxUnits() == 0) {
            message = NOT_PAYABLE.fill(code.code(), mue.rationale(), where, onDate);
            suggestion = REMOVE.fill(code.code());
        } else {
            message = EXCEEDED.fill(units, code.code(), where, onDate, mue.maxUnits(), mue.adjudicationIndicator());
            suggestion = BILL_AT_MOST.fill(mue.maxUnits(), code.code(), mue.perLine() ? " on a line" : " for this date",
                    mue.policyLimit() ? POLICY_LIMIT : CLINICAL_LIMIT);
        }
        List<String> evidence = List.of(EVIDENCE.fill(code.code(), mue.maxUnits(), mue.adjudicationIndicator(),
                mue.rationale()));
        ServiceLine first = lines.get(0);
        return id().onLine(first.line(), first.code(), message, suggestion, evidence);
    }
}
