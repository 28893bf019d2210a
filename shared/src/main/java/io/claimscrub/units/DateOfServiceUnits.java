package io.claimscrub.units;

import java.time.LocalDate;
import java.util.List;

/**
 * The timed services of one date of service, judged under the payer's unit method.
 *
 * @param date          null when neither the lines nor the claim carry a date
 * @param codes         the date's timed codes, in order of their first line
 * @param totalMinutes  the date's timed minutes; null when some timed line has no minutes
 * @param allowedUnits  timed units the minutes allow (CMS: from the date's total; AMA: each code's
 *                      units added up); null when some timed line has no minutes: never guessed
 * @param billedUnits   timed units billed on the date
 * @param billedInUnits false when some timed line bills minutes instead of units
 * @param assignment    CMS: every acceptable split of {@code allowedUnits} among {@code codes};
 *                      null under AMA or when minutes are unknown
 */
public record DateOfServiceUnits(LocalDate date, UnitMethod method, List<TimedCodeUnits> codes,
                                 Integer totalMinutes, Integer allowedUnits, int billedUnits,
                                 boolean billedInUnits, CmsAssignment assignment) {
    public DateOfServiceUnits {
        codes = List.copyOf(codes);
    }

    /** Whether the date's billed timed units can be held against what its minutes allow. */
    public boolean verifiable() {
        return allowedUnits != null && billedInUnits;
    }

    /** Units billed per code, in {@link #codes()} order. */
    public int[] billedPerCode() {
        int[] billed = new int[codes.size()];
        for (int i = 0; i < billed.length; i++) {
            billed[i] = codes.get(i).billedUnits();
        }
        return billed;
    }
}
