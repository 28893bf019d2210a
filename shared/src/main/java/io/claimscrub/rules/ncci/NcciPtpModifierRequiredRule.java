package io.claimscrub.rules.ncci;

import io.claimscrub.finding.Finding;
import io.claimscrub.finding.RuleId;
import io.claimscrub.model.ServiceLine;
import io.claimscrub.rules.ClaimContext;
import io.claimscrub.rules.Rule;
import java.util.List;
import java.util.function.Consumer;

/**
 * An NCCI PTP pair with modifier indicator 1 billed on one date, and no distinct-service modifier
 * (59, XE, XS, XP, XU) on the column-2 line: the column-2 line is denied (CO-97/CO-236).
 *
 * <p>When the modifier sits on the column-1 line instead, Medicare's editing still bypasses the
 * pair, so that case is {@code MODIFIER_59_WRONG_LINE} (a warning to move it), not this error.
 */
public final class NcciPtpModifierRequiredRule implements Rule {
    @Override
    public RuleId id() {
        return RuleId.NCCI_PTP_MODIFIER_REQUIRED;
    }

    @Override
    public void evaluate(ClaimContext context, Consumer<Finding> findings) {
        List<ActivePtpPairs.Pair> active = ActivePtpPairs.of(context);
        if (active.isEmpty()) { // the usual claim: no map, no lambdas
            return;
        }
        String modifier = DistinctServiceModifiers.suggested(context.profile().preferXModifiers());
        ActivePtpPairs.byColumn2Line(active, (pair, line) -> pair.edit().modifierAllowed()
                        && !DistinctServiceModifiers.any(line) && !pair.column1HasDistinctModifier())
                .forEach((line, pairs) -> findings.accept(finding(line, pairs, modifier)));
    }

    private Finding finding(ServiceLine line, List<ActivePtpPairs.Pair> pairs, String modifier) {
        String column1 = ActivePtpPairs.texts(pairs, true);
        StringBuilder column1Codes = new StringBuilder();
        for (ActivePtpPairs.Pair pair : pairs) {
            column1Codes.append(column1Codes.length() == 0 ? "" : " or ").append(pair.edit().column1());
        }
        String message = line.code() + " on line " + line.line() + " is the column-2 code of an NCCI PTP edit with "
                + column1 + " " + FindingText.onDate(pairs.get(0).date()) + ": without a distinct-service modifier "
                + "the line is denied as bundled (CO-97/CO-236).";
        String alternatives = modifier.equals("XU") ? ", or XE, XS or XP if one of those describes it better" : "";
        String suggestion = "If " + line.code() + " was a separate and distinct service (its own time, session or body "
                + "area) and the note documents that, add " + modifier + " to line " + line.line() + " (" + line.code()
                + ")" + alternatives + "; if it was not, do not bill " + line.code() + " with " + column1Codes
                + " on this date.";
        return id().onLine(line.line(), line.code(), message, suggestion,
                ActivePtpPairs.evidence(pairs));
    }
}
