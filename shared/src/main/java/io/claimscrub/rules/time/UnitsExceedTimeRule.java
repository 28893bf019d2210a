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
import java.util.List;
import java.util.function.Consumer;

/**
 * More timed units billed than the minutes allow (CO-151). CMS: the date's billed total above what
 * its total timed minutes allow, reported on each code that must come down; AMA: a code billed
 * above its own minutes. The suggestion is the corrected units. A CMS date that cannot be judged as a
 * whole (a timed line without minutes, or billed in minutes) still has each code with known minutes
 * held to the most the rule could ever give it ({@link io.claimscrub.units.CmsEightMinuteRule#mostUnitsFor}): no guess.
 */
public final class UnitsExceedTimeRule implements Rule {
    @Override
    public RuleId id() {
        return RuleId.UNITS_EXCEED_TIME;
    }

    @Override
    public void evaluate(ClaimContext context, Consumer<Finding> findings) {
        List<DateOfServiceUnits> dates = UnitsAnalysis.byDate(context);
        BilledVersusTime.forEachCode(dates, BilledVersusTime.Side.ABOVE,
                (date, code) -> findings.accept(date.method() == UnitMethod.CMS ? cms(date, code) : ama(date, code)));
        BilledVersusTime.forEachCodeOfUnjudgedCmsDate(dates, BilledVersusTime.Side.ABOVE,
                (date, code, most) -> findings.accept(id().onLine(code.firstLine().line(), code.code(),
                        UnitsWording.cmsPastBound(date, code, "at most", most),
                        UnitsWording.cmsToBound(date, code, "at most", most))));
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
