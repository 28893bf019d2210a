package io.claimscrub.rules.documentation;

import static io.claimscrub.rules.documentation.Concept.*;

import io.claimscrub.finding.Finding;
import io.claimscrub.finding.RuleId;
import io.claimscrub.rules.ClaimContext;
import io.claimscrub.rules.Rule;
import io.claimscrub.rules.documentation.Vocabulary.Match;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The note says the patient already does the task independently, or has plateaued: continued skilled
 * therapy then looks not medically necessary (CO-50).
 *
 * <p>"Independent" is as often a target as a fact, so each phrase found is read in its clause
 * ({@link Clauses}) and dropped when, earlier in that clause, there is goal context ("goal of",
 * "to become", "towards", "will") or a negation ("not", "unable", "no longer"); an independence phrase
 * is also dropped when its clause speaks of the prior level of function ("prior to the injury", "PLOF")
 * or of the home exercise programme ("independent with HEP"), or when its sentence goes on, after a
 * contrast ("but", "however", "except"), to an assist level or cueing still needed ("ambulates
 * independently on level surfaces but needs min assist on stairs": the skilled need is the point).
 */
public final class MedicalNecessityIndependentRule implements Rule {
    private final Vocabulary vocabulary = Vocabulary.standard();

    @Override
    public RuleId id() {
        return RuleId.MEDICAL_NECESSITY_INDEPENDENT;
    }

    @Override
    public void evaluate(ClaimContext context, Consumer<Finding> findings) {
        List<TreatmentNote> notes = TreatmentNote.of(context);
        for (int i = 0; i < notes.size(); i++) { // indexed: no iterator per claim (837 claims have no notes)
            TreatmentNote note = notes.get(i);
            // Each phrase is quoted once: a phrase already quoted needs no second reading of its context,
            // which in a long note repeating it had cost a clause scan per repeat.
            Set<String> evidence = new LinkedHashSet<>();
            for (Match match : vocabulary.matches(ALREADY_INDEPENDENT, note.note())) {
                String found = Vocabulary.found(match);
                if (!evidence.contains(found) && !isGoalOrNegated(note.note(), match)
                        && !isPriorLevelOrHomeProgram(note.note(), match) && !isFollowedByHelpStillNeeded(note.note(), match)) {
                    evidence.add(found);
                }
            }
            for (Match match : vocabulary.matches(PLATEAU, note.note())) {
                String found = Vocabulary.found(match);
                if (!evidence.contains(found) && !isGoalOrNegated(note.note(), match)) {
                    evidence.add(found);
                }
            }
            if (evidence.isEmpty()) {
                continue;
            }
            findings.accept(id().onLine(note.line().line(), note.code(),
                    "The note for " + note.code() + " says the patient already performs the task independently"
                            + " or has plateaued, so continued skilled therapy may be denied as not medically"
                            + " necessary.",
                    "If skilled care is still needed, document what the patient cannot yet do safely and why it"
                            + " needs a therapist (the assist level, the risk, the goal still open); if not, discharge"
                            + " or move the patient to a home programme.",
                    List.copyOf(evidence)));
        }
    }

    private boolean isGoalOrNegated(String text, Match match) {
        String before = Clauses.before(text, match.start());
        return vocabulary.mentions(GOAL_CONTEXT, before) || vocabulary.mentions(NEGATION, before);
    }

    /** A contrast later in the sentence, then an assist level or cueing that no negation before it cancels. */
    private boolean isFollowedByHelpStillNeeded(String text, Match match) {
        String rest = Clauses.restOfSentence(text, match.end());
        List<Match> contrasts = vocabulary.matches(CONTRAST, rest);
        if (contrasts.isEmpty()) {
            return false;
        }
        String afterContrast = rest.substring(contrasts.get(0).end());
        int help = Math.min(firstStart(ASSIST_LEVEL, afterContrast), firstStart(CUEING, afterContrast));
        return help != Integer.MAX_VALUE && !vocabulary.mentions(NEGATION, afterContrast.substring(0, help));
    }

    /** Where the concept is first mentioned in the text, or Integer.MAX_VALUE when it is not. */
    private int firstStart(Concept concept, String text) {
        List<Match> matches = vocabulary.matches(concept, text);
        return matches.isEmpty() ? Integer.MAX_VALUE : matches.get(0).start();
    }

    private boolean isPriorLevelOrHomeProgram(String text, Match match) {
        String clause = Clauses.around(text, match.start(), match.end());
        return vocabulary.mentions(PRIOR_LEVEL, clause) || vocabulary.mentions(HOME_PROGRAM, clause);
    }
}
