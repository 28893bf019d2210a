package io.claimscrub.rules.time;

import static io.claimscrub.rules.time.UnitsWording.onDate;

import io.claimscrub.codes.TherapyCodes;
import io.claimscrub.finding.Finding;
import io.claimscrub.finding.RuleId;
import io.claimscrub.model.ServiceLine;
import io.claimscrub.rules.ClaimContext;
import io.claimscrub.rules.MessageTemplate;
import io.claimscrub.rules.Rule;
import io.claimscrub.units.UnitMethod;
import io.claimscrub.units.UnitsAnalysis;
import java.util.List;
import java.util.function.Consumer;

/**
 * A timed code without minutes: its units cannot be checked, and minutes are never guessed. Under
 * CMS the date's total decides every unit, so no unit of that date is checked; under AMA only this
 * code goes unchecked. One finding per such line.
 */
public final class MinutesMissingRule implements Rule {
    private static final MessageTemplate AMA_MESSAGE =
            MessageTemplate.of("{} is a timed code but its line has no minutes{}, so its units cannot be checked.");
    private static final MessageTemplate CMS_MESSAGE = MessageTemplate.of("{} is a timed code but its line has no"
            + " minutes{}, so its units cannot be checked; the CMS 8-minute rule counts a date's timed minutes"
            + " together, so no timed units of that date are checked.");
    private static final MessageTemplate SUGGESTION =
            MessageTemplate.of("Record the treatment minutes for {} on this line.");

    @Override
    public RuleId id() {
        return RuleId.MINUTES_MISSING;
    }

    @Override
    public void evaluate(ClaimContext context, Consumer<Finding> findings) {
        MessageTemplate message = context.profile().unitMethod() == UnitMethod.CMS ? CMS_MESSAGE : AMA_MESSAGE;
        List<ServiceLine> lines = context.claim().lines();
        for (int i = 0; i < lines.size(); i++) {
            ServiceLine line = lines.get(i);
            if (UnitsAnalysis.knownMinutes(line) == null && TherapyCodes.isTimed(line.code())) {
                findings.accept(id().onLine(line.line(), line.code(),
                        message.fill(line.code(), onDate(line.dateOfService())), SUGGESTION.fill(line.code())));
            }
        }
    }
}
