package io.claimscrub.rules.time;

import static io.claimscrub.rules.time.UnitsWording.codeWithMinutes;
import static io.claimscrub.rules.time.UnitsWording.onDate;
import static io.claimscrub.rules.time.UnitsWording.timedMinutes;
import static io.claimscrub.rules.time.UnitsWording.units;

import io.claimscrub.finding.Finding;
import io.claimscrub.finding.RuleId;
import io.claimscrub.rules.ClaimContext;
import io.claimscrub.rules.Rule;
import io.claimscrub.units.DateOfServiceUnits;
import io.claimscrub.units.TimedCodeUnits;
import io.claimscrub.units.UnitMethod;
import io.claimscrub.units.UnitsAnalysis;
import java.util.List;
import java.util.function.Consumer;

/**
 * CMS only: the date's billed timed total is right, but the units sit on the wrong codes (each code
 * gets its full 15-minute blocks first, the rest go to the most remaining minutes). A split that
 * matches any acceptable tie-break is not flagged. One finding per code whose units must change.
 */
public final class UnitsDistributionRule implements Rule {
    @Override
    public RuleId id() {
        return RuleId.UNITS_DISTRIBUTION;
    }

    @Override
    public void evaluate(ClaimContext context, Consumer<Finding> findings) {
        List<DateOfServiceUnits> dates = UnitsAnalysis.byDate(context);
        for (int d = 0; d < dates.size(); d++) { // indexed: no iterator per claim
            DateOfServiceUnits date = dates.get(d);
            if (date.method() != UnitMethod.CMS || !date.verifiable()
                    || date.billedUnits() != date.allowedUnits()
                    || date.assignment().accepts(date.billedPerCode())) {
                continue;
            }
            String suggestion = UnitsWording.cmsSplit(date);
            for (TimedCodeUnits code : date.codes()) {
                if (code.billedUnits() != code.expectedUnits()) {
                    findings.accept(id().onLine(code.firstLine().line(), code.code(), message(date, code), suggestion));
                }
            }
        }
    }

    private static String message(DateOfServiceUnits date, TimedCodeUnits code) {
        return "The " + units(date.billedUnits()) + " of timed codes billed" + onDate(date.date()) + " match the "
                + timedMinutes(date.totalMinutes()) + ", but " + codeWithMinutes(code) + " is billed × "
                + code.billedUnits() + " where the CMS 8-minute rule gives it × " + code.expectedUnits()
                + ": each code gets its full 15-minute blocks first, then the remaining units go to the codes"
                + " with the most minutes left over.";
    }
}
