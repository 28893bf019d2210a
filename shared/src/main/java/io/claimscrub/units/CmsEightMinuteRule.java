package io.claimscrub.units;

/**
 * The CMS 8-minute rule (Medicare Claims Processing Manual, Pub 100-04 ch. 5 §20.2) for the timed
 * codes of one date of service.
 *
 * <ol>
 *   <li>The total timed minutes of the date give the total units ({@link UnitTable}).</li>
 *   <li>Each code first gets its full 15-minute blocks (so a code done 15+ minutes gets at least
 *       one unit, 30+ at least two, ...).</li>
 *   <li>The units left go, one each, to the codes with the most remaining minutes. This also covers
 *       services each under 8 minutes that together reach 8: the longest takes the unit.</li>
 * </ol>
 * Codes whose remaining minutes equal those of the last code to get a unit are tied: the manual
 * lets any of them take it (its 20 + 20 minutes example), so the result is a set of acceptable
 * assignments ({@link CmsAssignment}), not a single one.
 */
public final class CmsEightMinuteRule {
    private static final int BLOCK = 15;

    private CmsEightMinuteRule() {
    }

    /**
     * The most units the rule can give a code done {@code minutes} on a date, whatever the date's other
     * timed codes: its full blocks, plus one if it has minutes left over (the leftover units go one per
     * code, and there are never more of them than codes with minutes left over). A bound that needs no
     * other code's minutes, so it holds even where they are unknown.
     */
    public static int mostUnitsFor(int minutes) {
        return minutes / BLOCK + (minutes % BLOCK > 0 ? 1 : 0);
    }

    /**
     * The fewest units the rule can give a code done {@code minutes} on a date, whatever the date's
     * other timed codes: its full blocks, which every code gets before any leftover unit is handed out.
     * The twin of {@link #mostUnitsFor}, and like it a bound that holds where the other minutes are unknown.
     */
    public static int leastUnitsFor(int minutes) {
        return minutes / BLOCK;
    }

    /**
     * @param codeMinutes minutes of each distinct timed code of the date (a code's lines added up),
     *                    none negative
     */
    public static CmsAssignment assign(int[] codeMinutes) {
        int n = codeMinutes.length;
        int total = 0;
        int fullBlocks = 0;
        int[] base = new int[n];
        // How many codes have each remainder 0..14: the cut-off for the leftover units is found by
        // walking down these counts, cheaper than sorting for the handful of codes a date has.
        int[] codesWithRemainder = new int[BLOCK];
        for (int i = 0; i < n; i++) {
            int minutes = codeMinutes[i];
            if (minutes < 0) {
                throw new IllegalArgumentException("minutes must not be negative: " + minutes);
            }
            total += minutes;
            base[i] = minutes / BLOCK;
            fullBlocks += base[i];
            codesWithRemainder[minutes % BLOCK]++;
        }
        int totalUnits = UnitTable.unitsFor(total);
        // Never negative, and never more than the codes with a remainder: the remainders add up to
        // total - 15 * fullBlocks and each is at most 14.
        int leftover = totalUnits - fullBlocks;
        if (leftover == 0) {
            return new CmsAssignment(total, totalUnits, base, null, 0);
        }
        int cutoff = BLOCK - 1;
        int above = 0;
        while (above + codesWithRemainder[cutoff] < leftover) {
            above += codesWithRemainder[cutoff];
            cutoff--;
        }
        int tiedUnits = leftover - above;
        boolean everyTiedCodeTakesOne = tiedUnits == codesWithRemainder[cutoff];
        boolean[] tied = everyTiedCodeTakesOne ? null : new boolean[n];
        for (int i = 0; i < n; i++) {
            int remainder = codeMinutes[i] % BLOCK;
            if (remainder > cutoff || (remainder == cutoff && everyTiedCodeTakesOne)) {
                base[i]++;
            } else if (remainder == cutoff) {
                tied[i] = true;
            }
        }
        return new CmsAssignment(total, totalUnits, base, tied, everyTiedCodeTakesOne ? 0 : tiedUnits);
    }
}
