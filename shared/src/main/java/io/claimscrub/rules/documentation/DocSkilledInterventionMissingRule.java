package io.claimscrub.rules.documentation;

import static io.claimscrub.rules.documentation.Concept.*;

import io.claimscrub.finding.Finding;
import io.claimscrub.finding.RuleId;
import io.claimscrub.rules.ClaimContext;
import io.claimscrub.rules.Rule;
import java.util.List;
import java.util.function.Consumer;

/**
 * The note does not show what the therapist's skill added: no assist level, cueing, grading or
 * progression, guarding or stabilisation, facilitation, instruction in technique, or (for manual
 * therapy) the manual technique used. Without one of them the service reads as something the patient
 * could have done alone, i.e. unskilled (CO-50).
 * Supervised modalities are skipped: they are applied, not hands-on.
 */
public final class DocSkilledInterventionMissingRule implements Rule {
    private static final List<Concept> SKILL =
            List.of(ASSIST_LEVEL, CUEING, GRADING, GUARDING, FACILITATION, INSTRUCTION, MANUAL_TECHNIQUE);

    private final Vocabulary vocabulary = Vocabulary.standard();

    @Override
    public RuleId id() {
        return RuleId.DOC_SKILLED_INTERVENTION_MISSING;
    }

    @Override
    public void evaluate(ClaimContext context, Consumer<Finding> findings) {
        List<TreatmentNote> notes = TreatmentNote.of(context);
        for (int i = 0; i < notes.size(); i++) { // indexed: no iterator per claim (837 claims have no notes)
            TreatmentNote note = notes.get(i);
            if (vocabulary.isSupervisedModality(note.code()) || vocabulary.mentionsAny(SKILL, note.note())) {
                continue;
            }
            findings.accept(id().onLine(note.line().line(), note.code(),
                    "The note for " + note.code() + " does not show what the therapist's skill added, so the service"
                            + " may be judged unskilled.",
                    "Add what your skill contributed: the assist level (e.g. 'moderate assist', 'contact guard'),"
                            + " the cueing given (verbal, tactile, visual, sequencing), how you graded or progressed"
                            + " the task, the guarding or stabilisation you provided, or the technique you taught.",
                    vocabulary.absent(SKILL)));
        }
    }
}
