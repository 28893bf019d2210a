package io.claimscrub.rules.payer;

import io.claimscrub.finding.Finding;
import io.claimscrub.finding.RuleId;
import io.claimscrub.rules.ClaimContext;
import io.claimscrub.rules.DailyCodes;
import io.claimscrub.rules.Rule;
import io.claimscrub.rules.ncci.FindingText;
import java.util.List;
import java.util.function.Consumer;

/** Units of a code on one date above the payer profile's cap for it (CO-119, benefit maximum). */
public final class PayerUnitCapExceededRule implements Rule {
    @Override
    public RuleId id() {
        return RuleId.PAYER_UNIT_CAP_EXCEEDED;
    }

    @Override
    public void evaluate(ClaimContext context, Consumer<Finding> findings) {
        if (context.profile().unitCaps().isEmpty()) {
            return;
        }
        for (DailyCodes.CodeOnDate code : DailyCodes.allCodes(context)) {
            context.profile().unitCap(code.code())
                    .filter(cap -> code.units() > cap)
                    .ifPresent(cap -> findings.accept(finding(context, code, cap)));
        }
    }

    private Finding finding(ClaimContext context, DailyCodes.CodeOnDate code, int cap) {
        String message = FindingText.units(code.units()) + " of " + code.code() + " on "
                + FindingText.lines(code.lines()) + " " + FindingText.onDate(code.date()) + " exceed payer profile "
                + context.profile().id() + "'s cap of " + FindingText.units(cap)
                + " per date of service: the units above it are denied (CO-119).";
        String suggestion = "Bill at most " + FindingText.units(cap) + " of " + code.code()
                + " for this date, or get the payer's authorization for more before submitting.";
        return id().onLine(code.firstLine().line(), code.code(), message, suggestion,
                List.of(context.profile().id() + " unitCaps." + code.code() + " = " + cap));
    }
}
