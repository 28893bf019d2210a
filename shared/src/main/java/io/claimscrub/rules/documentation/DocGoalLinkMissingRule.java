package io.claimscrub.rules.documentation;

import io.claimscrub.finding.Finding;
import io.claimscrub.finding.RuleId;
import io.claimscrub.model.Goal;
import io.claimscrub.model.PlanOfCare;
import io.claimscrub.rules.ClaimContext;
import io.claimscrub.rules.Rule;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The billed activity is not tied to a plan-of-care goal. Policy, for each treatment note:
 * <ul>
 *   <li>the claim has plan-of-care goals: the line must name at least one of them in
 *       {@code documentation.goalIds} (compared trimmed, ignoring case); a line with no goal ids fires,
 *       and so does a line naming ids the plan does not have (the finding names them);</li>
 *   <li>the claim has no plan-of-care goals (no plan of care, or one with no goal ids): the goal ids
 *       cannot be checked, so the line counts as linked when it names any goal id or its note mentions
 *       a goal ("goal", "STG", "LTG", "plan of care"); otherwise it fires.</li>
 * </ul>
 */
public final class DocGoalLinkMissingRule implements Rule {
    private final Vocabulary vocabulary = Vocabulary.standard();

    @Override
    public RuleId id() {
        return RuleId.DOC_GOAL_LINK_MISSING;
    }

    @Override
    public void evaluate(ClaimContext context, Consumer<Finding> findings) {
        List<TreatmentNote> notes = TreatmentNote.of(context);
        if (notes.isEmpty()) { // 837 claims have no notes: no plan-goal map to build
            return;
        }
        Map<String, String> planGoals = planGoalIds(context.claim().planOfCare());
        for (int i = 0; i < notes.size(); i++) { // indexed: no iterator per claim
            TreatmentNote note = notes.get(i);
            if (planGoals.isEmpty()) {
                checkWithoutPlan(note, findings);
            } else {
                checkAgainstPlan(note, planGoals, findings);
            }
        }
    }

    private void checkWithoutPlan(TreatmentNote note, Consumer<Finding> findings) {
        if (!note.goalIds().isEmpty() || vocabulary.mentions(Concept.GOAL_MENTION, note.note())) {
            return;
        }
        findings.accept(id().onLine(note.line().line(), note.code(),
                "The note for " + note.code() + " does not tie the activity to a goal, and the claim carries no"
                        + " plan-of-care goals to check it against.",
                "Say in the note which plan-of-care goal the activity serves (e.g. 'to address goal of"
                        + " independent home transfers'), and send the plan of care with the line's goal ids.",
                List.of("no plan-of-care goals on the claim", "no goalIds on the line",
                        vocabulary.absent(List.of(Concept.GOAL_MENTION)).get(0))));
    }

    private void checkAgainstPlan(TreatmentNote note, Map<String, String> planGoals, Consumer<Finding> findings) {
        String known = String.join(", ", planGoals.values());
        if (note.goalIds().isEmpty()) {
            findings.accept(id().onLine(note.line().line(), note.code(),
                    "The line for " + note.code() + " is not linked to any plan-of-care goal.",
                    "Link the line to the goal it serves (goalIds: one of " + known + ") and say in the note"
                            + " how the activity works toward it.",
                    List.of("no goalIds on the line")));
            return;
        }
        List<String> unknown = note.goalIds().stream()
                .filter(id -> id == null || !planGoals.containsKey(normalise(id)))
                .map(id -> id == null ? "(null)" : id)
                .toList();
        if (unknown.isEmpty()) {
            return;
        }
        findings.accept(id().onLine(note.line().line(), note.code(),
                "The line for " + note.code() + " names goal id(s) " + String.join(", ", unknown)
                        + " that are not in the plan of care.",
                "Use the plan of care's goal ids (" + known + "), or add the missing goal to the plan of care.",
                unknown.stream().map(id -> "unknown goal id: '" + id + "'").toList()));
    }

    /** Plan-of-care goal ids, normalised for comparison, mapped to their spelling in the plan. */
    private static Map<String, String> planGoalIds(PlanOfCare plan) {
        Map<String, String> ids = new LinkedHashMap<>();
        if (plan != null) {
            for (Goal goal : plan.goals()) {
                if (goal.id() != null && !goal.id().isBlank()) {
                    ids.putIfAbsent(normalise(goal.id()), goal.id().strip());
                }
            }
        }
        return ids;
    }

    private static String normalise(String id) {
        return id.strip().toUpperCase(Locale.ROOT);
    }
}
