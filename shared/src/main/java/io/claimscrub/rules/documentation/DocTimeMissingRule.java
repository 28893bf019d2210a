package io.claimscrub.rules.documentation;

import static io.claimscrub.rules.documentation.Concept.*;

import io.claimscrub.codes.TherapyCodes;
import io.claimscrub.finding.Finding;
import io.claimscrub.finding.RuleId;
import io.claimscrub.rules.ClaimContext;
import io.claimscrub.rules.Rule;
import java.util.List;
import java.util.function.Consumer;

/**
 * A timed (15-minute) code whose note records neither minutes nor start and stop times: the units
 * billed cannot be defended in an audit. The line's {@code minutes} field is billing data, not the
 * note, so it does not count.
 */
public final class DocTimeMissingRule implements Rule {
    private static final List<Concept> TIME = List.of(MINUTES, START_STOP_TIME);

    private final Vocabulary vocabulary = Vocabulary.standard();

    @Override
    public RuleId id() {
        return RuleId.DOC_TIME_MISSING;
    }

    @Override
    public void evaluate(ClaimContext context, Consumer<Finding> findings) {
        List<TreatmentNote> notes = TreatmentNote.of(context);
        for (int i = 0; i < notes.size(); i++) { // indexed: no iterator per claim (837 claims have no notes)
            TreatmentNote note = notes.get(i);
            if (!TherapyCodes.isTimed(note.code()) || vocabulary.mentionsAny(TIME, note.note())) {
                continue;
            }
            Integer billedMinutes = note.line().minutes();
            String example = billedMinutes == null
                    ? "'17 minutes of " + note.code() + "'"
                    : "'" + billedMinutes + " minutes of " + note.code() + "' (the line bills " + billedMinutes + " minutes)";
            findings.accept(id().onLine(note.line().line(), note.code(),
                    "The note for timed code " + note.code() + " records no minutes and no start/stop time,"
                            + " so the units billed cannot be verified.",
                    "Write the treatment time in the note, e.g. " + example + ", or the start and stop times"
                            + " (e.g. '10:05-10:22').",
                    vocabulary.absent(TIME)));
        }
    }
}
