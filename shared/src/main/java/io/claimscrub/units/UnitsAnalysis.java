package io.claimscrub.units;

import io.claimscrub.rules.ClaimContext;

/** The claim's time-and-units view under its payer's method, shared by the time rules and the response. */
public final class UnitsAnalysis {
    private UnitsAnalysis() {
    }

    public static UnitsSummary of(ClaimContext context) {
        return context.derived(UnitsAnalysis.class, UnitsAnalysis::compute);
    }

    private static UnitsSummary compute(ClaimContext context) {
        throw new UnsupportedOperationException("TODO(helper): units analysis");
    }
}
