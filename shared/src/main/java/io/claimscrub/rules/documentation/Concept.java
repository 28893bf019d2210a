package io.claimscrub.rules.documentation;

import java.util.Locale;

/**
 * A thing a note (or a goal) either says or does not say, such as "an assist level" or "a time
 * frame". Each concept's words live in {@code documentation-vocabulary.yaml} under its {@link #key()}.
 */
enum Concept {
    ASSIST_LEVEL, CUEING, GRADING, GUARDING, FACILITATION, INSTRUCTION, MANUAL_TECHNIQUE,
    MINUTES, START_STOP_TIME,
    PATIENT_RESPONSE, INDEPENDENCE_LEVEL, TRIALS,
    GOAL_MENTION,
    NUMBER, TIME_FRAME, DISTANCE, REPETITIONS,
    ISOLATED_EXERCISE, FUNCTIONAL_TASK, PURPOSE,
    ALREADY_INDEPENDENT, PLATEAU, GOAL_CONTEXT, NEGATION, PRIOR_LEVEL, HOME_PROGRAM, CONTRAST;

    /** The concept's key in the vocabulary file, e.g. {@code assist_level}. */
    String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
