package io.claimscrub.rules.documentation;

import static io.claimscrub.rules.documentation.Concept.*;

import io.claimscrub.finding.Finding;
import io.claimscrub.finding.RuleId;
import io.claimscrub.rules.ClaimContext;
import io.claimscrub.rules.Rule;
import java.util.List;
import java.util.function.Consumer;

/**
 * The note says what was done but not how the patient responded: no tolerance, pain, fatigue or
 * improvement, and no level of independence (an assist level or an accuracy over trials counts as one).
 */
public final class DocPatientResponseMissingRule implements Rule {
    private static final List<Concept> RESPONSE = List.of(PATIENT_RESPONSE, INDEPENDENCE_LEVEL, ASSIST_LEVEL, TRIALS);

    private final Vocabulary vocabulary = Vocabulary.standard();

    @Override
    public RuleId id() {
        return RuleId.DOC_PATIENT_RESPONSE_MISSING;
    }

    @Override
    public void evaluate(ClaimContext context, Consumer<Finding> findings) {
        List<TreatmentNote> notes = TreatmentNote.of(context);
        for (int i = 0; i < notes.size(); i++) { // indexed: no iterator per claim (837 claims have no notes)
            TreatmentNote note = notes.get(i);
            if (vocabulary.mentionsAny(RESPONSE, note.note())) {
                continue;
            }
            findings.accept(id().onLine(note.line().line(), note.code(),
                    "The note for " + note.code() + " does not say how the patient responded or what level of"
                            + " independence was reached.",
                    "Add the patient's response: how the activity was tolerated, any pain or fatigue reported,"
                            + " and the level of independence reached (e.g. 'min assist', 'supervision',"
                            + " '8 of 10 trials').",
                    vocabulary.absent(RESPONSE)));
        }
    }
}
