package io.claimscrub.rules.documentation;

/**
 * Reads a phrase in its clause, the text up to the nearest {@code . ; ! ? ,} or line break, so a rule
 * can tell "is independent with transfers" from "goal of being independent with transfers". The look
 * back stops after {@value #WINDOW} characters: cues further back rarely govern the phrase. The look
 * ahead stops after {@value #AHEAD}: without it, a long note with no full stop made every phrase read
 * the whole rest of the note, and one request of 50 lines with 19,000-character notes cost three
 * minutes of CPU (quadratic), past API Gateway's 29-second timeout.
 */
final class Clauses {
    static final int WINDOW = 60;
    static final int AHEAD = 300;
    private static final String CLAUSE_ENDS = ".;!?,\n\r";
    private static final String SENTENCE_ENDS = ".;!?\n\r";

    private Clauses() {
    }

    /** The clause text before {@code start}, at most {@value #WINDOW} characters of it. */
    static String before(String text, int start) {
        return text.substring(start(text, start), start);
    }

    /** The whole clause around {@code [start, end)}, looking back at most {@value #WINDOW} characters. */
    static String around(String text, int start, int end) {
        return text.substring(start(text, start), next(text, end, CLAUSE_ENDS));
    }

    /**
     * The rest of the sentence after {@code end}, up to the next {@code . ; ! ?} or line break (a comma
     * does not end it: "independent on level surfaces, but min assist on stairs" is one thought).
     */
    static String restOfSentence(String text, int end) {
        return text.substring(end, next(text, end, SENTENCE_ENDS));
    }

    /** Where the first of {@code ends} at or after {@code from} is, or the text's end, at most {@value #AHEAD} ahead. */
    private static int next(String text, int from, String ends) {
        int stop = from;
        int limit = (int) Math.min(text.length(), (long) from + AHEAD);
        while (stop < limit && ends.indexOf(text.charAt(stop)) < 0) {
            stop++;
        }
        return stop;
    }

    private static int start(String text, int from) {
        int limit = Math.max(0, from - WINDOW);
        for (int i = from - 1; i >= limit; i--) {
            if (CLAUSE_ENDS.indexOf(text.charAt(i)) >= 0) {
                return i + 1;
            }
        }
        return limit;
    }
}
