package io.claimscrub.rules.documentation;

import static io.claimscrub.rules.documentation.Concept.*;

import io.claimscrub.finding.Finding;
import io.claimscrub.finding.RuleId;
import io.claimscrub.model.Goal;
import io.claimscrub.model.PlanOfCare;
import io.claimscrub.rules.ClaimContext;
import io.claimscrub.rules.Rule;
import java.util.List;
import java.util.function.Consumer;

/**
 * A plan-of-care goal with no measurable criterion: no number, time frame, assist or independence
 * level, distance, accuracy over trials or repetition count ("Improve strength"). Reported once per
 * goal for the whole claim (not on every line that links to it), with the goal id in the message;
 * needs a plan of care, so 837 input never fires it.
 */
public final class GoalNotMeasurableRule implements Rule {
    private static final List<Concept> MEASURABLE =
            List.of(NUMBER, TIME_FRAME, ASSIST_LEVEL, INDEPENDENCE_LEVEL, DISTANCE, TRIALS, REPETITIONS);
    private static final int QUOTE_LIMIT = 80;

    private final Vocabulary vocabulary = Vocabulary.standard();

    @Override
    public RuleId id() {
        return RuleId.GOAL_NOT_MEASURABLE;
    }

    @Override
    public void evaluate(ClaimContext context, Consumer<Finding> findings) {
        PlanOfCare plan = context.claim().planOfCare();
        if (plan == null) {
            return;
        }
        for (Goal goal : plan.goals()) {
            String text = goal.text() == null ? "" : goal.text().strip();
            if (vocabulary.mentionsAny(MEASURABLE, text)) {
                continue;
            }
            String name = goal.id() == null || goal.id().isBlank() ? "A plan-of-care goal" : "Goal " + goal.id().strip();
            String message = text.isEmpty()
                    ? name + " has no text, so it has no measurable criterion."
                    : name + " ('" + quote(text) + "') has no measurable criterion.";
            List<String> evidence = text.isEmpty() ? List.of("goal text is empty") : vocabulary.absent(MEASURABLE);
            findings.accept(id().onClaim(message,
                    "Rewrite the goal with a measurable target and a time frame, e.g. 'Independent sit-to-stand"
                            + " transfer from standard chair within 4 weeks' or 'Ambulate 150 ft on uneven surfaces"
                            + " with supervision within 6 weeks'.",
                    evidence));
        }
    }

    private static String quote(String text) {
        return text.length() <= QUOTE_LIMIT ? text : text.substring(0, QUOTE_LIMIT - 1) + "…";
    }
}
