package io.claimscrub.units;

import io.claimscrub.codes.TherapyCodes;
import io.claimscrub.model.ServiceLine;
import io.claimscrub.rules.ClaimContext;
import io.claimscrub.rules.DailyCodes;
import java.util.Arrays;
import java.util.List;

/**
 * The claim's time-and-units view under its payer's method, shared by the time rules and the
 * response. Computed once per claim (memoised in the {@link ClaimContext}).
 *
 * <p>Per date of service, the timed codes (per {@link TherapyCodes}) are judged together: CMS from
 * the date's total timed minutes, AMA code by code. Minutes are never guessed: under CMS one timed
 * line without minutes makes the whole date unknown (the total decides every unit); under AMA only
 * that code is unknown. Untimed therapy codes are one unit each and their minutes are left out;
 * codes the table does not know are listed with {@code timed=false} and no expected units.
 */
public final class UnitsAnalysis {
    private static final ClaimContext.View<UnitsSummary> SUMMARY = ClaimContext.View.of(UnitsAnalysis::summarise);
    private static final ClaimContext.View<List<DateOfServiceUnits>> DATES =
            ClaimContext.View.of(UnitsAnalysis::analyseDates);

    private UnitsAnalysis() {
    }

    /** The response's {@code units} block. */
    public static UnitsSummary of(ClaimContext context) {
        return context.get(SUMMARY);
    }

    /** The timed services of each date of service that has any, in date order of first appearance. */
    public static List<DateOfServiceUnits> byDate(ClaimContext context) {
        return context.get(DATES);
    }

    /** A line's minutes if it has usable ones (present, not negative); null otherwise. */
    public static Integer knownMinutes(ServiceLine line) {
        Integer minutes = line.minutes();
        return minutes != null && minutes >= 0 ? minutes : null;
    }

    private static List<DateOfServiceUnits> analyseDates(ClaimContext context) {
        UnitMethod method = context.profile().unitMethod();
        // The claim's codes are already grouped per date (for the NCCI rules): the timed ones are picked from them.
        List<List<DailyCodes.CodeOnDate>> days = DailyCodes.of(context);
        if (days.size() == 1) { // the usual claim: no array of dates (-24 B a claim)
            DateOfServiceUnits date = judge(method, days.get(0));
            return date == null ? List.of() : List.of(date);
        }
        DateOfServiceUnits[] dates = new DateOfServiceUnits[days.size()];
        int n = 0;
        for (int d = 0; d < days.size(); d++) { // indexed: no iterator per claim
            DateOfServiceUnits date = judge(method, days.get(d));
            if (date != null) {
                dates[n++] = date;
            }
        }
        return List.of(n == dates.length ? dates : Arrays.copyOf(dates, n));
    }

    /*
     * A date's timed codes (in order of their first line) judged together; null when it has none. Each
     * code's lines are added up straight into its TimedCodeUnits, the date's totals alongside: an array
     * of the timed codes and scratch arrays of their minutes and units cost 106 B a claim (measured). Only
     * a CMS date with all its minutes needs the arrays, for the 8-minute rule, and then its codes get
     * their units in a second TimedCodeUnits each.
     */
    private static DateOfServiceUnits judge(UnitMethod method, List<DailyCodes.CodeOnDate> codes) {
        TimedCodeUnits[] timed = new TimedCodeUnits[codes.size()];
        int n = 0;
        boolean minutesKnown = true;
        boolean billedInUnits = true;
        int totalMinutes = 0;
        int billedUnits = 0;
        int amaAllowed = 0;
        for (int i = 0; i < codes.size(); i++) {
            DailyCodes.CodeOnDate code = codes.get(i);
            if (!TherapyCodes.isTimed(code.code())) {
                continue;
            }
            TimedCodeUnits units = addUp(code, method);
            timed[n++] = units;
            minutesKnown &= units.minutes() != null;
            billedInUnits &= units.billedInUnits();
            totalMinutes += minutesKnown ? units.minutes() : 0;
            billedUnits += units.billedUnits();
            amaAllowed += units.expectedUnits() == null ? 0 : units.expectedUnits();
        }
        if (n == 0) {
            return null;
        }
        if (n < timed.length) {
            timed = Arrays.copyOf(timed, n);
        }
        Integer allowedUnits = null;
        CmsAssignment assignment = null;
        if (minutesKnown && method == UnitMethod.CMS) {
            int[] minutes = new int[n];
            int[] billed = new int[n];
            for (int i = 0; i < n; i++) {
                minutes[i] = timed[i].minutes();
                billed[i] = timed[i].billedUnits();
            }
            assignment = CmsEightMinuteRule.assign(minutes);
            // Ties lean towards what was billed, so an acceptable split is reported as billed.
            int[] cmsUnits = assignment.resolve(billedInUnits ? billed : null);
            for (int i = 0; i < n; i++) {
                TimedCodeUnits code = timed[i];
                timed[i] = new TimedCodeUnits(code.code(), code.lines(), code.minutes(), code.billedUnits(),
                        code.billedInUnits(), cmsUnits[i]);
            }
            allowedUnits = assignment.totalUnits();
        } else if (minutesKnown) {
            allowedUnits = amaAllowed;
        }
        return new DateOfServiceUnits(codes.get(0).date(), method, List.of(timed), minutesKnown ? totalMinutes : null,
                allowedUnits, billedUnits, billedInUnits, assignment);
    }

    /** One code's lines added up: minutes (unknown when a line has none), billed units, and AMA's units. */
    private static TimedCodeUnits addUp(DailyCodes.CodeOnDate code, UnitMethod method) {
        List<ServiceLine> lines = code.lines();
        boolean minutesKnown = true;
        boolean billedInUnits = true;
        int minutes = 0;
        int billed = 0;
        for (int l = 0; l < lines.size(); l++) {
            ServiceLine line = lines.get(l);
            Integer lineMinutes = knownMinutes(line);
            if (lineMinutes == null) {
                minutesKnown = false;
            } else {
                minutes += lineMinutes;
            }
            if (line.units() == null) {
                billedInUnits = false;
            } else {
                billed += line.units();
            }
        }
        // CMS units come from the date's total, once every code's minutes are known.
        Integer expected = minutesKnown && method != UnitMethod.CMS ? AmaRuleOfEights.unitsFor(minutes) : null;
        return new TimedCodeUnits(code.code(), lines, minutesKnown ? minutes : null, billed, billedInUnits, expected);
    }

    private static UnitsSummary summarise(ClaimContext context) {
        List<DateOfServiceUnits> dates = byDate(context);
        Integer totalTimedMinutes = 0;
        Integer allowedUnits = 0;
        int billedUnits = 0;
        for (int d = 0; d < dates.size(); d++) { // indexed: no iterator per claim
            DateOfServiceUnits date = dates.get(d);
            totalTimedMinutes = plusOrUnknown(totalTimedMinutes, date.totalMinutes());
            allowedUnits = plusOrUnknown(allowedUnits, date.allowedUnits());
            billedUnits += date.billedUnits();
        }
        List<ServiceLine> lines = context.claim().lines();
        LineUnits[] lineUnits = new LineUnits[lines.size()];
        for (int i = 0; i < lineUnits.length; i++) {
            ServiceLine line = lines.get(i);
            // The timed lines are exactly those the dates hold: no second look-up in the code table.
            TimedCodeUnits code = timedCodeOf(dates, line);
            Integer expected;
            if (code != null) {
                // A split code's expected units sit on its first line (where they belong once merged).
                expected = code.expectedUnits() == null || line == code.firstLine()
                        ? code.expectedUnits() : Integer.valueOf(0);
            } else {
                expected = TherapyCodes.isTherapy(line.code()) ? Integer.valueOf(1) : null;
            }
            lineUnits[i] = new LineUnits(line.line(), line.code(), line.minutes(), line.units(), expected,
                    code != null);
        }
        return new UnitsSummary(context.profile().unitMethod(), totalTimedMinutes, allowedUnits, billedUnits,
                List.of(lineUnits));
    }

    /** The timed code a line belongs to; null when the line is not a timed code. */
    private static TimedCodeUnits timedCodeOf(List<DateOfServiceUnits> dates, ServiceLine line) {
        for (int d = 0; d < dates.size(); d++) {
            DateOfServiceUnits date = dates.get(d);
            List<TimedCodeUnits> codes = date.codes();
            for (int c = 0; c < codes.size(); c++) {
                TimedCodeUnits code = codes.get(c);
                List<ServiceLine> codeLines = code.lines();
                for (int l = 0; l < codeLines.size(); l++) {
                    ServiceLine codeLine = codeLines.get(l);
                    if (codeLine == line) {
                        return code;
                    }
                }
            }
        }
        return null;
    }

    private static Integer plusOrUnknown(Integer sum, Integer value) {
        return sum == null || value == null ? null : sum + value;
    }
}
