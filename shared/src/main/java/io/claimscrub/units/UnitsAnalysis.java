package io.claimscrub.units;

import io.claimscrub.codes.TherapyCodes;
import io.claimscrub.model.ServiceLine;
import io.claimscrub.rules.ClaimContext;
import io.claimscrub.rules.DailyCodes;
import java.time.LocalDate;
import java.util.ArrayList;
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
        DateOfServiceUnits[] dates = new DateOfServiceUnits[days.size()];
        int n = 0;
        for (int d = 0; d < days.size(); d++) { // indexed: no iterator per claim
            List<CodeTally> tallies = tallyTimedCodes(days.get(d));
            if (!tallies.isEmpty()) {
                dates[n++] = judge(tallies.get(0).code.date(), method, tallies);
            }
        }
        return List.of(n == dates.length ? dates : Arrays.copyOf(dates, n));
    }

    /** A date's timed codes, in order of their first line. */
    private static List<CodeTally> tallyTimedCodes(List<DailyCodes.CodeOnDate> codes) {
        List<CodeTally> tallies = new ArrayList<>(codes.size());
        for (int i = 0; i < codes.size(); i++) {
            DailyCodes.CodeOnDate code = codes.get(i);
            if (TherapyCodes.isTimed(code.code())) {
                tallies.add(new CodeTally(code));
            }
        }
        return tallies;
    }

    private static DateOfServiceUnits judge(LocalDate date, UnitMethod method, List<CodeTally> tallies) {
        int n = tallies.size();
        boolean minutesKnown = true;
        boolean billedInUnits = true;
        int totalMinutes = 0;
        int billedUnits = 0;
        int[] minutes = new int[n];
        int[] billed = new int[n];
        for (int i = 0; i < n; i++) {
            CodeTally tally = tallies.get(i);
            minutesKnown &= tally.minutesKnown;
            billedInUnits &= tally.billedInUnits;
            minutes[i] = tally.minutes;
            billed[i] = tally.billedUnits;
            totalMinutes += tally.minutes;
            billedUnits += tally.billedUnits;
        }

        Integer[] expected = new Integer[n];
        Integer allowedUnits = null;
        CmsAssignment assignment = null;
        if (method == UnitMethod.CMS) {
            if (minutesKnown) {
                assignment = CmsEightMinuteRule.assign(minutes);
                // Ties lean towards what was billed, so an acceptable split is reported as billed.
                int[] units = assignment.resolve(billedInUnits ? billed : null);
                for (int i = 0; i < n; i++) {
                    expected[i] = units[i];
                }
                allowedUnits = assignment.totalUnits();
            }
        } else {
            int allowed = 0;
            for (int i = 0; i < n; i++) {
                if (tallies.get(i).minutesKnown) {
                    expected[i] = AmaRuleOfEights.unitsFor(minutes[i]);
                    allowed += expected[i];
                }
            }
            allowedUnits = minutesKnown ? allowed : null;
        }

        TimedCodeUnits[] codes = new TimedCodeUnits[n];
        for (int i = 0; i < n; i++) {
            CodeTally tally = tallies.get(i);
            codes[i] = new TimedCodeUnits(tally.code.code(), tally.code.lines(),
                    tally.minutesKnown ? tally.minutes : null, tally.billedUnits, tally.billedInUnits, expected[i]);
        }
        return new DateOfServiceUnits(date, method, List.of(codes), minutesKnown ? totalMinutes : null, allowedUnits,
                billedUnits, billedInUnits, assignment);
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

    /** One timed code's lines on a date, added up. */
    private static final class CodeTally {
        final DailyCodes.CodeOnDate code;
        int minutes;
        boolean minutesKnown = true;
        int billedUnits;
        boolean billedInUnits = true;

        CodeTally(DailyCodes.CodeOnDate code) {
            this.code = code;
            List<ServiceLine> lines = code.lines();
            for (int i = 0; i < lines.size(); i++) {
                count(lines.get(i));
            }
        }

        private void count(ServiceLine line) {
            Integer lineMinutes = knownMinutes(line);
            if (lineMinutes == null) {
                minutesKnown = false;
            } else {
                minutes += lineMinutes;
            }
            if (line.units() == null) {
                billedInUnits = false;
            } else {
                billedUnits += line.units();
            }
        }
    }
}
