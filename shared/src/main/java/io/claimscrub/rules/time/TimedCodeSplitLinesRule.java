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
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * One timed code on several lines for one date of service: Medicare rejects it, wanting all of a
 * timed code's units for a date on one line. Reported on every line after the code's first, the
 * suggestion being the merged line.
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
        List<String> lineNumbers = new ArrayList<>(code.lines().size());
        for (ServiceLine line : code.lines()) {
            lineNumbers.add(String.valueOf(line.line()));
        }
        String lines = UnitsWording.and(lineNumbers);
        String message = code.code() + " is billed on lines " + lines + onDate(date.date())
                + "; a timed code goes on one line per date of service with all its units.";
        String suggestion = "Merge lines " + lines + " into one line: " + code.code()
                + (code.billedInUnits() ? " × " + code.billedUnits() : "") + " on line " + lineNumbers.get(0) + ".";
        for (int i = 1; i < code.lines().size(); i++) { // every line after the first
            ServiceLine line = code.lines().get(i);
            findings.accept(id().onLine(line.line(), code.code(), message, suggestion));
        }
    }
}
