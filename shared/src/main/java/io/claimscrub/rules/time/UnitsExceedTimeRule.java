package io.claimscrub.rules.time;

import static io.claimscrub.rules.time.UnitsWording.codeWithMinutes;
import static io.claimscrub.rules.time.UnitsWording.method;
import static io.claimscrub.rules.time.UnitsWording.minutes;
import static io.claimscrub.rules.time.UnitsWording.onDate;
import static io.claimscrub.rules.time.UnitsWording.timedMinutes;
import static io.claimscrub.rules.time.UnitsWording.timedUnitsBilled;
import static io.claimscrub.rules.time.UnitsWording.units;

import io.claimscrub.finding.Finding;
import io.claimscrub.finding.RuleId;
import io.claimscrub.rules.ClaimContext;
import io.claimscrub.rules.Rule;
import io.claimscrub.units.DateOfServiceUnits;
import io.claimscrub.units.TimedCodeUnits;
import io.claimscrub.units.UnitMethod;
import io.claimscrub.units.UnitsAnalysis;
import java.util.function.Consumer;

/**
 * More timed units billed than the minutes allow (CO-151). CMS: the date's billed total above what
 * its total timed minutes allow, reported on each code that must come down; AMA: a code billed
 * above its own minutes. The suggestion is the corrected units.
 */
public final class UnitsExceedTimeRule implements Rule {
    @Override
    public RuleId id() {
        return RuleId.UNITS_EXCEED_TIME;
    }

    @Override
    public void evaluate(ClaimContext context, Consumer<Finding> findings) {
        BilledVersusTime.forEachCode(UnitsAnalysis.byDate(context), BilledVersusTime.Side.ABOVE,
                (date, code) -> findings.accept(date.method() == UnitMethod.CMS ? cms(date, code) : ama(date, code)));
    }

    private Finding cms(DateOfServiceUnits date, TimedCodeUnits code) {
        String message = timedUnitsBilled(date.billedUnits()) + onDate(date.date()) + " but "
                + timedMinutes(date.totalMinutes()) + " allow only " + date.allowedUnits()
                + " under " + method(UnitMethod.CMS) + "; " + codeWithMinutes(code) + " is billed × "
                + code.billedUnits() + " where × " + code.expectedUnits() + " is due.";
        return id().onLine(code.firstLine().line(), code.code(), message, UnitsWording.cmsSplit(date));
    }

    private Finding ama(DateOfServiceUnits date, TimedCodeUnits code) {
        String message = code.code() + " is billed × " + code.billedUnits() + onDate(date.date()) + " but its "
                + minutes(code.minutes()) + " allow only " + units(code.expectedUnits()) + " under "
                + method(UnitMethod.AMA) + ".";
        return id().onLine(code.firstLine().line(), code.code(), message, UnitsWording.amaUnits(code));
    }
}
