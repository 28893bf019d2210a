package io.claimscrub.rules.time;

import io.claimscrub.units.CmsEightMinuteRule;
import io.claimscrub.units.DateOfServiceUnits;
import io.claimscrub.units.TimedCodeUnits;
import io.claimscrub.units.UnitMethod;
import java.util.List;
import java.util.function.BiConsumer;

/**
 * Finds the codes whose billed units sit on one side of what their minutes support: the shared walk
 * of {@link UnitsExceedTimeRule} (too many) and {@link UnitsBelowTimeRule} (too few).
 *
 * <p>CMS judges a date as a whole: only a date whose billed total is off gives findings, on the codes
 * of that date that should change in that direction (some must, as the totals differ). AMA judges
 * each code alone. Dates or codes whose minutes are unknown, or that bill minutes instead of units,
 * are skipped: nothing is guessed. A CMS date that cannot be judged as a whole still has each code
 * with known minutes and billed units held to the bounds its own minutes set, whatever the other
 * codes ({@link #forEachCodeOfUnjudgedCmsDate}).
 */
final class BilledVersusTime {
    enum Side {
        ABOVE(1), BELOW(-1);

        private final int sign;

        Side(int sign) {
            this.sign = sign;
        }

        boolean holds(int billed, int supported) {
            return Integer.signum(billed - supported) == sign;
        }

        /** The bound a code's own minutes set on its units whatever the date's other codes, on this side. */
        int boundFor(int minutes) {
            return this == ABOVE ? CmsEightMinuteRule.mostUnitsFor(minutes) : CmsEightMinuteRule.leastUnitsFor(minutes);
        }
    }

    /** A code whose billed units pass the bound its own minutes set ({@link Side#boundFor}). */
    interface PastBound {
        void accept(DateOfServiceUnits date, TimedCodeUnits code, int bound);
    }

    private BilledVersusTime() {
    }

    static void forEachCode(List<DateOfServiceUnits> dates, Side side,
                            BiConsumer<DateOfServiceUnits, TimedCodeUnits> off) {
        for (int d = 0; d < dates.size(); d++) { // indexed: no iterator per claim
            DateOfServiceUnits date = dates.get(d);
            if (date.method() == UnitMethod.CMS
                    && !(date.verifiable() && side.holds(date.billedUnits(), date.allowedUnits()))) {
                continue;
            }
            List<TimedCodeUnits> codes = date.codes();
            for (int c = 0; c < codes.size(); c++) {
                TimedCodeUnits code = codes.get(c);
                if (code.verifiable() && side.holds(code.billedUnits(), code.expectedUnits())) {
                    off.accept(date, code);
                }
            }
        }
    }

    static void forEachCodeOfUnjudgedCmsDate(List<DateOfServiceUnits> dates, Side side, PastBound off) {
        for (int d = 0; d < dates.size(); d++) {
            DateOfServiceUnits date = dates.get(d);
            if (date.method() != UnitMethod.CMS || date.verifiable()) {
                continue;
            }
            List<TimedCodeUnits> codes = date.codes();
            for (int c = 0; c < codes.size(); c++) {
                TimedCodeUnits code = codes.get(c);
                if (code.minutes() == null || !code.billedInUnits()) {
                    continue;
                }
                int bound = side.boundFor(code.minutes());
                if (side.holds(code.billedUnits(), bound)) {
                    off.accept(date, code, bound);
                }
            }
        }
    }
}
