package io.claimscrub.rules.modifier;

import io.claimscrub.finding.Finding;
import io.claimscrub.finding.RuleId;
import io.claimscrub.model.ServiceLine;
import io.claimscrub.rules.ClaimContext;
import io.claimscrub.rules.Rule;
import io.claimscrub.rules.ncci.ActivePtpPairs;
import io.claimscrub.rules.ncci.FindingText;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * A distinct-service modifier on the column-1 code's line of an active PTP pair while the column-2
 * line has none. CMS instructs that it goes on the column-2 code; payers that look only there deny
 * the column-2 line.
 */
public final class Modifier59WrongLineRule implements Rule {
    @Override
    public RuleId id() {
        return RuleId.MODIFIER_59_WRONG_LINE;
    }

    @Override
    public void evaluate(ClaimContext context, Consumer<Finding> findings) {
        boolean preferX = context.profile().preferXModifiers();
        List<DistinctServiceUse.Use> uses = DistinctServiceUse.of(context);
        for (int i = 0; i < uses.size(); i++) { // indexed: no iterator per claim
            DistinctServiceUse.Use use = uses.get(i);
            if (use.verdict() == DistinctServiceUse.Verdict.WRONG_LINE) {
                findings.accept(finding(use, preferX));
            }
        }
    }

    private Finding finding(DistinctServiceUse.Use use, boolean preferX) {
        ServiceLine line = use.line();
        String modifier = use.modifiers().get(0);
        String column2 = ActivePtpPairs.texts(use.pairs(), false);
        Set<ServiceLine> targets = new LinkedHashSet<>();
        use.pairs().forEach(p -> targets.addAll(p.column2Lines()));
        String message = "Line " + line.line() + " (" + line.code() + ") carries " + modifier + ", but " + line.code()
                + " is the column-1 code of the NCCI PTP edit with " + column2 + " "
                + FindingText.onDate(line.dateOfService()) + ": the distinct-service modifier belongs on the "
                + "column-2 code, and payers that look only there deny it.";
        String suggestion = "Move " + modifier + " from line " + line.line() + " to " + FindingText.lines(targets)
                + (preferX && modifier.equals("59") ? ", as XU or the X modifier that fits" : "") + ".";
        return id().onLine(line.line(), line.code(), message, suggestion,
                ActivePtpPairs.evidence(use.pairs()));
    }
}
