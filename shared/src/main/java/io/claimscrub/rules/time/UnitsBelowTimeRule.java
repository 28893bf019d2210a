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
 * Fewer timed units billed than the minutes support: revenue left on the table, not a denial. CMS:
 * the date's billed total below what its total timed minutes allow, reported on each code that could
 * go up; AMA: a code billed below its own minutes. A CMS date that cannot be judged as a whole still
 * has each code with known minutes held to its own full 15-minute blocks, which it earns whatever
 * the date's other codes ({@link io.claimscrub.units.CmsEightMinuteRule#leastUnitsFor}).
 */
public final class UnitsBelowTimeRule implements Rule {
    @Override
    public RuleId id() {
        return RuleId.UNITS_BELOW_TIME;
    }

    @Override
    public void evaluate(ClaimContext context, Consumer<Finding> findings) {
        List<DateOfServiceUnits> dates = UnitsAnalysis.byDate(context);
        BilledVersusTime.forEachCode(dates, BilledVersusTime.Side.BELOW,
                (date, code) -> findings.accept(date.method() == UnitMethod.CMS ? cms(date, code) : ama(date, code)));
        BilledVersusTime.forEachCodeOfUnjudgedCmsDate(dates, BilledVersusTime.Side.BELOW,
                (date, code, least) -> findings.accept(id().onLine(code.firstLine().line(), code.code(),
                        UnitsWording.cmsPastBound(date, code, "at least", least),
                        UnitsWording.cmsToBound(date, code, "at least", least))));
    }

    private Finding cms(DateOfServiceUnits date, TimedCodeUnits code) {
        String message = "Only " + timedUnitsBilled(date.billedUnits()) + onDate(date.date())
                + " but " + timedMinutes(date.totalMinutes()) + " support " + date.allowedUnits()
                + " under " + method(UnitMethod.CMS) + "; " + codeWithMinutes(code) + " is billed × "
                + code.billedUnits() + " and could be billed × " + code.expectedUnits() + ".";
        return id().onLine(code.firstLine().line(), code.code(), message, UnitsWording.cmsSplit(date));
    }

    private Finding ama(DateOfServiceUnits date, TimedCodeUnits code) {
        String message = code.code() + " is billed × " + code.billedUnits() + onDate(date.date()) + " but its "
                + minutes(code.minutes()) + " support " + units(code.expectedUnits()) + " under "
                + method(UnitMethod.AMA) + ".";
        return id().onLine(code.firstLine().line(), code.code(), message, UnitsWording.amaUnits(code));
    }
}
