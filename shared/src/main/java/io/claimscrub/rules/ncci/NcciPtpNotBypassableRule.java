package io.claimscrub.rules.ncci;

import io.claimscrub.finding.Finding;
import io.claimscrub.finding.RuleId;
import io.claimscrub.model.ServiceLine;
import io.claimscrub.rules.ClaimContext;
import io.claimscrub.rules.Rule;
import java.util.List;
import java.util.function.Consumer;

/**
 * An NCCI PTP pair with modifier indicator 0 billed on one date: the two are never paid together,
 * no modifier helps, and the column-2 line is denied (CO-97).
 */
public final class NcciPtpNotBypassableRule implements Rule {
    @Override
    public RuleId id() {
        return RuleId.NCCI_PTP_NOT_BYPASSABLE;
    }

    @Override
    public void evaluate(ClaimContext context, Consumer<Finding> findings) {
        List<ActivePtpPairs.Pair> active = ActivePtpPairs.of(context);
        if (active.isEmpty()) { // the usual claim: no map, no lambdas
            return;
        }
        ActivePtpPairs.byColumn2Line(active, (pair, line) -> pair.edit().modifierNotAllowed())
                .forEach((line, pairs) -> findings.accept(finding(line, pairs)));
    }

    private Finding finding(ServiceLine line, List<ActivePtpPairs.Pair> pairs) {
        String column1 = ActivePtpPairs.texts(pairs, true);
        StringBuilder column1Codes = new StringBuilder();
        for (ActivePtpPairs.Pair pair : pairs) {
            column1Codes.append(column1Codes.length() == 0 ? "" : " or ").append(pair.edit().column1());
        }
        String message = line.code() + " on line " + line.line() + " cannot be paid with " + column1 + " "
                + FindingText.onDate(pairs.get(0).date()) + ": the NCCI PTP edit has modifier indicator 0, so no "
                + "modifier bypasses it and line " + line.line() + " will be denied (CO-97).";
        String suggestion = "Remove line " + line.line() + " (" + line.code() + "), or if " + line.code()
                + " is the service actually furnished, bill it instead of " + column1Codes
                + "; a 59 or X modifier does not help with this pair.";
        return id().onLine(line.line(), line.code(), message, suggestion,
                ActivePtpPairs.evidence(pairs));
    }
}
