package io.claimscrub.rules.documentation;

import static io.claimscrub.rules.documentation.Concept.*;

import io.claimscrub.finding.Finding;
import io.claimscrub.finding.RuleId;
import io.claimscrub.rules.ClaimContext;
import io.claimscrub.rules.Rule;
import io.claimscrub.rules.documentation.Vocabulary.Match;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * 97530 (therapeutic activities: dynamic, functional tasks) billed for what the note describes as
 * isolated exercise, i.e. 97110 (sets and reps, curls, bands, weights), with no functional task done.
 * A functional word that only states the exercise's purpose ("curls to increase the strength needed to
 * lift the groceries") is not a task done: it is ignored when purpose or goal words come earlier in its
 * clause ({@link Clauses}).
 */
public final class CodeLooksLike97110Rule implements Rule {
    private static final String THERAPEUTIC_ACTIVITIES = "97530";

    private final Vocabulary vocabulary = Vocabulary.standard();

    @Override
    public RuleId id() {
        return RuleId.CODE_LOOKS_LIKE_97110;
    }

    @Override
    public void evaluate(ClaimContext context, Consumer<Finding> findings) {
        List<TreatmentNote> notes = TreatmentNote.of(context);
        for (int i = 0; i < notes.size(); i++) { // indexed: no iterator per claim (837 claims have no notes)
            TreatmentNote note = notes.get(i);
            if (!THERAPEUTIC_ACTIVITIES.equals(note.code())) {
                continue;
            }
            List<String> exercise = vocabulary.found(ISOLATED_EXERCISE, note.note());
            if (exercise.isEmpty()) {
                continue;
            }
            List<String> purposesOnly = new ArrayList<>();
            boolean taskDone = false;
            for (Match task : vocabulary.matches(FUNCTIONAL_TASK, note.note())) {
                String before = Clauses.before(note.note(), task.start());
                if (vocabulary.mentions(PURPOSE, before) || vocabulary.mentions(GOAL_CONTEXT, before)) {
                    String ignored = "ignored, a purpose not a task done: '" + task.text() + "'";
                    if (!purposesOnly.contains(ignored)) {
                        purposesOnly.add(ignored);
                    }
                } else {
                    taskDone = true;
                }
            }
            if (taskDone) {
                continue;
            }
            List<String> evidence = new ArrayList<>(exercise);
            evidence.addAll(vocabulary.absent(List.of(FUNCTIONAL_TASK)));
            evidence.addAll(purposesOnly);
            findings.accept(id().onLine(note.line().line(), note.code(),
                    "97530 (therapeutic activities) is billed, but the note describes isolated exercise with no"
                            + " functional task; payers recode or deny this as 97110 (therapeutic exercise).",
                    "Bill 97110 for this time, or, if the patient practised a functional task, document it"
                            + " (e.g. sit-to-stand transfers, reaching into an overhead cabinet, carrying a laundry"
                            + " basket, stairs) and how it serves the goal.",
                    evidence));
        }
    }
}
