package io.claimscrub.rules.modifier;

import io.claimscrub.finding.Finding;
import io.claimscrub.finding.RuleId;
import io.claimscrub.model.ServiceLine;
import io.claimscrub.rules.ClaimContext;
import io.claimscrub.rules.Rule;
import io.claimscrub.rules.ncci.ActivePtpPairs;
import java.util.List;
import java.util.function.Consumer;

/**
 * Modifier 59 where the payer prefers the more specific XE, XS, XP or XU (CMS introduced them in
 * 2015 for use instead of 59 where one fits). Reported only where a distinct-service modifier is
 * actually needed; a 59 that is not needed at all is {@code MODIFIER_59_UNSUPPORTED} instead.
 */
public final class Modifier59XPreferredRule implements Rule {
    @Override
    public RuleId id() {
        return RuleId.MODIFIER_59_X_PREFERRED;
    }

    @Override
    public void evaluate(ClaimContext context, Consumer<Finding> findings) {
        if (!context.profile().preferXModifiers()) {
            return;
        }
        List<DistinctServiceUse.Use> uses = DistinctServiceUse.of(context);
        for (int i = 0; i < uses.size(); i++) { // indexed: no iterator per claim
            DistinctServiceUse.Use use = uses.get(i);
            if (use.verdict() == DistinctServiceUse.Verdict.NEEDED && use.modifiers().contains("59")) {
                ServiceLine line = use.line();
                String message = "Line " + line.line() + " (" + line.code() + ") uses 59 to bypass its NCCI PTP edit; "
                        + "payer profile " + context.profile().id() + " prefers the more specific X modifiers: "
                        + "XE (separate encounter), XS (separate structure), XP (separate practitioner) or "
                        + "XU (unusual non-overlapping service).";
                String suggestion = "Replace 59 on line " + line.line() + " with the X modifier that describes the "
                        + "service, usually XU for a distinct service in the same therapy session.";
                findings.accept(id().onLine(line.line(), line.code(), message, suggestion,
                        ActivePtpPairs.evidence(use.pairs())));
            }
        }
    }
}
