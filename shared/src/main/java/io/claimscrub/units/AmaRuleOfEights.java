package io.claimscrub.units;

/**
 * The AMA/CPT per-code "rule of eights": each timed code on its own, its day's minutes read off the
 * 15-minute table (a unit once 8 minutes are passed). Codes never share minutes, so there are no
 * remainders to assign and no ties.
 */
public final class AmaRuleOfEights {
    private AmaRuleOfEights() {
    }

    /** Units one code's minutes for the day support. */
    public static int unitsFor(int codeMinutes) {
        return UnitTable.unitsFor(codeMinutes);
    }
}
