package io.claimscrub.rules.documentation;

import io.claimscrub.codes.TherapyCodes;
import io.claimscrub.model.Documentation;
import io.claimscrub.model.ServiceLine;
import io.claimscrub.rules.ClaimContext;
import java.util.ArrayList;
import java.util.List;

/**
 * A therapy service line with the treatment note behind it. The note rules judge only what the
 * request carries: a line without a note (all 837 input), with a blank note, with a code that is not
 * a therapy service, or with an evaluation code is not a treatment note and no note rule fires on it.
 */
record TreatmentNote(ServiceLine line, String note) {
    private static final ClaimContext.View<List<TreatmentNote>> NOTES = ClaimContext.View.of(TreatmentNote::collect);

    /** The claim's treatment notes, in line order; computed once per claim. */
    static List<TreatmentNote> of(ClaimContext context) {
        return context.get(NOTES);
    }

    private static List<TreatmentNote> collect(ClaimContext context) {
        Vocabulary vocabulary = Vocabulary.standard();
        List<TreatmentNote> notes = null; // 837 lines carry no notes: most claims need no list
        List<ServiceLine> lines = context.claim().lines();
        for (int i = 0; i < lines.size(); i++) { // indexed: no iterator per claim
            ServiceLine line = lines.get(i);
            Documentation doc = line.documentation();
            if (doc != null && doc.note() != null && !doc.note().isBlank()
                    && TherapyCodes.isTherapy(line.code()) && !vocabulary.isEvaluation(line.code())) {
                if (notes == null) {
                    notes = new ArrayList<>();
                }
                notes.add(new TreatmentNote(line, doc.note()));
            }
        }
        return notes == null ? List.of() : List.copyOf(notes);
    }

    String code() {
        return line.code();
    }

    List<String> goalIds() {
        return line.documentation().goalIds();
    }
}
