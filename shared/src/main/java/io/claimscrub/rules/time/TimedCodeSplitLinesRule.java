package io.claimscrub.rules.time;

import static io.claimscrub.rules.time.UnitsWording.onDate;

import io.claimscrub.finding.Finding;
import io.claimscrub.finding.RuleId;
import io.claimscrub.model.ServiceLine;
import io.claimscrub.rules.ClaimContext;
import io.claimscrub.rules.Rule;
import io.claimscrub.units.DateOfServiceUnits;
import io.claimscrub.units.TimedCodeUnits;
import io.claimscrub.units.UnitsAnalysis;
import java.util.List;
import java.util.function.Consumer;

/**
 * One timed code on several lines for one date of service: Medicare rejects it, wanting all of a
 * timed code's units for a date on one line. Reported on every line after the code's first, the
 * suggestion being the merged line, with the units the minutes support when they are known and differ
 * from those billed, so that it agrees with UNITS_EXCEED_TIME / UNITS_BELOW_TIME on the same code.
 */
public final class TimedCodeSplitLinesRule implements Rule {
    @Override
    public RuleId id() {
        return RuleId.TIMED_CODE_SPLIT_LINES;
    }

    @Override
    public void evaluate(ClaimContext context, Consumer<Finding> findings) {
        List<DateOfServiceUnits> dates = UnitsAnalysis.byDate(context);
        for (int d = 0; d < dates.size(); d++) { // indexed: no iterators per claim
            DateOfServiceUnits date = dates.get(d);
            for (int c = 0; c < date.codes().size(); c++) {
                TimedCodeUnits code = date.codes().get(c);
                if (code.lines().size() > 1) {
                    report(date, code, findings);
                }
            }
        }
    }

    private void report(DateOfServiceUnits date, TimedCodeUnits code, Consumer<Finding> findings) {
        List<ServiceLine> codeLines = code.lines();
        String lines = lineNumbers(codeLines);
        String message = code.code() + " is billed on lines " + lines + onDate(date.date())
                + "; a timed code goes on one line per date of service with all its units.";
        String suggestion = "Merge lines " + lines + " into one line: " + code.code() + mergedUnits(code)
                + " on line " + codeLines.get(0).line() + supportedUnitsNote(code) + ".";
        for (int i = 1; i < codeLines.size(); i++) { // every line after the first
            ServiceLine line = codeLines.get(i);
            findings.accept(id().onLine(line.line(), code.code(), message, suggestion));
        }
    }

    private static String mergedUnits(TimedCodeUnits code) {
        if (!code.billedInUnits()) {
            return ""; // billed in minutes: the payer converts them
        }
        return " × " + (code.verifiable() ? code.expectedUnits() : code.billedUnits());
    }

    private static String supportedUnitsNote(TimedCodeUnits code) {
        if (!code.verifiable() || code.expectedUnits() == code.billedUnits()) {
            return "";
        }
        return ", the units its " + code.minutes() + " minutes support (" + code.billedUnits() + " are billed)";
    }

    /**
     * "1 and 3", "1, 3 and 4", appended straight from the numbers: a list of number strings and its
     * join took ~1.8 % of the rules' profile samples.
     */
    static String lineNumbers(List<ServiceLine> lines) {
        return UnitsWording.and(lines, (text, line) -> text.append(line.line()));
    }
}
