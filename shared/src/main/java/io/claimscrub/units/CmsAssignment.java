package io.claimscrub.units;

import java.util.Arrays;

/**
 * Every acceptable split of one date's timed units among its codes under the CMS 8-minute rule:
 * each code gets its {@linkplain #minUnits(int) base} units, and {@link #tiedUnits()} of the
 * {@linkplain #isTied(int) tied} codes (equal remaining minutes) get one unit more, whichever they are.
 * Codes are indexed in the order they were given to {@link CmsEightMinuteRule#assign(int[])}.
 */
public final class CmsAssignment {
    private final int totalMinutes;
    private final int totalUnits;
    private final int[] base;
    private final boolean[] tied;
    private final int tiedUnits;

    CmsAssignment(int totalMinutes, int totalUnits, int[] base, boolean[] tied, int tiedUnits) {
        this.totalMinutes = totalMinutes;
        this.totalUnits = totalUnits;
        this.base = base;
        this.tied = tied;
        this.tiedUnits = tiedUnits;
    }

    public int totalMinutes() {
        return totalMinutes;
    }

    public int totalUnits() {
        return totalUnits;
    }

    public int codes() {
        return base.length;
    }

    /** Units code {@code i} gets in every acceptable assignment. */
    public int minUnits(int i) {
        return base[i];
    }

    /** Units code {@code i} gets in some acceptable assignment. */
    public int maxUnits(int i) {
        return isTied(i) ? base[i] + 1 : base[i];
    }

    /** Whether code {@code i} is one of the codes that may or may not take a tied unit. */
    public boolean isTied(int i) {
        return tied != null && tied[i];
    }

    /** How many of the tied codes take one unit more (0 when nothing is tied). */
    public int tiedUnits() {
        return tiedUnits;
    }

    public boolean hasTies() {
        return tied != null;
    }

    /** Whether a billed split (units per code, same order) is one the manual accepts. */
    public boolean accepts(int[] billed) {
        if (billed.length != base.length) {
            throw new IllegalArgumentException("expected units for " + base.length + " codes, got " + billed.length);
        }
        int extra = 0;
        for (int i = 0; i < base.length; i++) {
            if (billed[i] < minUnits(i) || billed[i] > maxUnits(i)) {
                return false;
            }
            extra += billed[i] - base[i];
        }
        return extra == tiedUnits;
    }

    /**
     * One acceptable split: the tied units go first to tied codes that {@code preferred} already
     * bills above their base, then to the tied codes given first. So a billed split that is
     * acceptable comes back unchanged, a wrong one is corrected with the fewest changes, and without
     * a preference ({@code null}) ties go to the codes given first.
     */
    public int[] resolve(int[] preferred) {
        int[] units = Arrays.copyOf(base, base.length);
        int left = tiedUnits;
        if (preferred != null) {
            for (int i = 0; i < units.length && left > 0; i++) {
                if (isTied(i) && preferred[i] > base[i]) {
                    units[i]++;
                    left--;
                }
            }
        }
        for (int i = 0; i < units.length && left > 0; i++) {
            if (isTied(i) && units[i] == base[i]) {
                units[i]++;
                left--;
            }
        }
        return units;
    }
}
