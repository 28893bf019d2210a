package io.claimscrub.rules.time;

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
 * are skipped: nothing is guessed.
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
}
