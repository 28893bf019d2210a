package io.claimscrub.rules.time;

import static io.claimscrub.rules.time.UnitsWording.onDate;

import io.claimscrub.finding.Finding;
import io.claimscrub.finding.RuleId;
import io.claimscrub.model.ServiceLine;
import io.claimscrub.rules.ClaimContext;
import io.claimscrub.rules.Rule;
import io.claimscrub.units.LineUnits;
import io.claimscrub.units.UnitMethod;
import io.claimscrub.units.UnitsAnalysis;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * A timed code without minutes: its units cannot be checked, and minutes are never guessed. Under
 * CMS the date's total decides every unit, so no unit of that date is checked; under AMA only this
 * code goes unchecked. One finding per such line.
 */
public final class MinutesMissingRule implements Rule {
    /** The suggestion per timed code (a fixed, small set), made once: about three findings a claim share them. */
    private final Map<String, String> suggestions = new ConcurrentHashMap<>();

    @Override
    public RuleId id() {
        return RuleId.MINUTES_MISSING;
    }

    @Override
    public void evaluate(ClaimContext context, Consumer<Finding> findings) {
        boolean cms = context.profile().unitMethod() == UnitMethod.CMS;
        List<ServiceLine> lines = context.claim().lines();
        // The units view has judged every line timed or not (the response needs it): no code-table look-up here.
        List<LineUnits> units = UnitsAnalysis.of(context).lines();
        for (int i = 0; i < lines.size(); i++) {
            ServiceLine line = lines.get(i);
            if (UnitsAnalysis.knownMinutes(line) == null && units.get(i).timed()) {
                String message = line.code() + " is a timed code but its line has no minutes"
                        + onDate(line.dateOfService()) + ", so its units cannot be checked"
                        + (cms ? "; the CMS 8-minute rule counts a date's timed minutes together, so no timed"
                        + " units of that date are checked." : ".");
                findings.accept(id().onLine(line.line(), line.code(), message,
                        suggestions.computeIfAbsent(line.code(), MinutesMissingRule::suggestion)));
            }
        }
    }

    private static String suggestion(String code) {
        return "Record the treatment minutes for " + code + " on this line.";
    }
}
