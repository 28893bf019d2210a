package io.claimscrub.rules.time;

import io.claimscrub.codes.TherapyCodes;
import io.claimscrub.finding.Finding;
import io.claimscrub.finding.RuleId;
import io.claimscrub.rules.ClaimContext;
import io.claimscrub.rules.DailyCodes;
import io.claimscrub.rules.Rule;
import io.claimscrub.rules.ncci.FindingText;
import java.util.List;
import java.util.function.Consumer;

/**
 * More than one unit of an untimed therapy code (an evaluation, a supervised modality, group
 * therapy, an SLP session) on one date: such a code is one unit whatever its minutes (CMS Pub
 * 100-04 ch. 5 §20.2), so the claim's units view already expects 1. A code with an NCCI MUE is left
 * to MUE_EXCEEDED, the payer's own per-date limit, so one excess draws one finding.
 */
public final class UntimedUnitsExceededRule implements Rule {
    @Override
    public RuleId id() {
        return RuleId.UNTIMED_UNITS_EXCEEDED;
    }

    @Override
    public void evaluate(ClaimContext context, Consumer<Finding> findings) {
        List<DailyCodes.CodeOnDate> codes = DailyCodes.allCodes(context);
        for (int i = 0; i < codes.size(); i++) { // indexed: no iterator per claim
            DailyCodes.CodeOnDate code = codes.get(i);
            if (code.units() > 1 && untimed(code.code()) && context.reference().mue().find(code.code()).isEmpty()) {
                findings.accept(finding(code));
            }
        }
    }

    private static boolean untimed(String code) {
        return TherapyCodes.isTherapy(code) && !TherapyCodes.isTimed(code);
    }

    private Finding finding(DailyCodes.CodeOnDate code) {
        String message = FindingText.units(code.units()) + " of " + code.code() + " on " + FindingText.lines(code.lines())
                + " " + FindingText.onDate(code.date()) + ", but " + code.code() + " is an untimed code: one unit"
                + " per date of service whatever its minutes; the units above it are denied (CO-151).";
        String suggestion = "Bill 1 unit of " + code.code() + " for this date; if it was truly furnished in"
                + " separate sessions, the note must show each one.";
        return id().onLine(code.firstLine().line(), code.code(), message, suggestion);
    }
}
