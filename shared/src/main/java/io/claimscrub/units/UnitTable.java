package io.claimscrub.units;

/**
 * The 15-minute unit table both methods read (CMS Pub 100-04 ch. 5 §20.2): 0–7 minutes → 0 units,
 * 8–22 → 1, 23–37 → 2, 38–52 → 3, 53–67 → 4, and one more unit every 15 minutes after that.
 * The CMS 8-minute rule applies it to a date's total timed minutes, the AMA/CPT rule of eights to
 * each code's minutes.
 */
public final class UnitTable {
    private UnitTable() {
    }

    /** Units for a number of minutes: a unit is reached once 8 minutes of its 15 are done. */
    public static int unitsFor(int minutes) {
        if (minutes < 0) {
            throw new IllegalArgumentException("minutes must not be negative: " + minutes);
        }
        return (minutes + 7) / 15;
    }
}
