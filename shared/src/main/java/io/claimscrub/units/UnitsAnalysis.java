package io.claimscrub.units;

import io.claimscrub.codes.TherapyCodes;
import io.claimscrub.model.ServiceLine;
import io.claimscrub.rules.ClaimContext;
import io.claimscrub.rules.DailyCodes;
import java.time.LocalDate;
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
    /** A code's minutes when one of its lines has none. */
    private static final int UNKNOWN = -1;

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
            DailyCodes.CodeOnDate[] timed = timedCodes(days.get(0));
            return timed.length == 0 ? List.of() : List.of(judge(timed[0].date(), method, timed));
        }
        DateOfServiceUnits[] dates = new DateOfServiceUnits[days.size()];
        int n = 0;
        for (int d = 0; d < days.size(); d++) { // indexed: no iterator per claim
            DailyCodes.CodeOnDate[] timed = timedCodes(days.get(d));
            if (timed.length > 0) {
                dates[n++] = judge(timed[0].date(), method, timed);
            }
        }
        return List.of(n == dates.length ? dates : Arrays.copyOf(dates, n));
    }

    /** A date's timed codes, in order of their first line. */
    private static DailyCodes.CodeOnDate[] timedCodes(List<DailyCodes.CodeOnDate> codes) {
        DailyCodes.CodeOnDate[] timed = new DailyCodes.CodeOnDate[codes.size()];
        int n = 0;
        for (int i = 0; i < codes.size(); i++) {
            DailyCodes.CodeOnDate code = codes.get(i);
            if (TherapyCodes.isTimed(code.code())) {
                timed[n++] = code;
            }
        }
        return n == timed.length ? timed : Arrays.copyOf(timed, n);
    }

    /*
     * A date's codes are added up into plain arrays, UNKNOWN marking a code with a line without minutes:
     * an object per code and a list per date cost 94 B a claim (measured).
     */
    private static DateOfServiceUnits judge(LocalDate date, UnitMethod method, DailyCodes.CodeOnDate[] timed) {
        int n = timed.length;
        int[] minutes = new int[n];
        int[] billed = new int[n];
        boolean[] inUnits = new boolean[n];
        boolean minutesKnown = true;
        boolean billedInUnits = true;
        int totalMinutes = 0;
        int billedUnits = 0;
        for (int i = 0; i < n; i++) {
            addUp(timed[i].lines(), i, minutes, billed, inUnits);
            minutesKnown &= minutes[i] != UNKNOWN;
            billedInUnits &= inUnits[i];
            totalMinutes += minutes[i];
            billedUnits += billed[i];
        }

        int[] cmsUnits = null;
        Integer allowedUnits = null;
        CmsAssignment assignment = null;
        if (method == UnitMethod.CMS && minutesKnown) {
            assignment = CmsEightMinuteRule.assign(minutes);
            // Ties lean towards what was billed, so an acceptable split is reported as billed.
            cmsUnits = assignment.resolve(billedInUnits ? billed : null);
            allowedUnits = assignment.totalUnits();
        }
        int amaAllowed = 0;
        TimedCodeUnits[] codes = new TimedCodeUnits[n];
        for (int i = 0; i < n; i++) {
            boolean known = minutes[i] != UNKNOWN;
            Integer expected = null;
            if (method == UnitMethod.CMS) {
                expected = cmsUnits == null ? null : cmsUnits[i];
            } else if (known) {
                expected = AmaRuleOfEights.unitsFor(minutes[i]);
                amaAllowed += expected;
            }
            codes[i] = new TimedCodeUnits(timed[i].code(), timed[i].lines(), known ? minutes[i] : null, billed[i],
                    inUnits[i], expected);
        }
        if (method != UnitMethod.CMS && minutesKnown) {
            allowedUnits = amaAllowed;
        }
        return new DateOfServiceUnits(date, method, List.of(codes), minutesKnown ? totalMinutes : null, allowedUnits,
                billedUnits, billedInUnits, assignment);
    }

    /** Adds up one code's lines into slot {@code i}: its minutes (or UNKNOWN), billed units and whether all bill units. */
    private static void addUp(List<ServiceLine> lines, int i, int[] minutes, int[] billed, boolean[] inUnits) {
        inUnits[i] = true;
        for (int l = 0; l < lines.size(); l++) {
            ServiceLine line = lines.get(l);
            Integer lineMinutes = knownMinutes(line);
            if (lineMinutes == null) {
                minutes[i] = UNKNOWN;
            } else if (minutes[i] != UNKNOWN) {
                minutes[i] += lineMinutes;
            }
            if (line.units() == null) {
                inUnits[i] = false;
            } else {
                billed[i] += line.units();
            }
        }
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
