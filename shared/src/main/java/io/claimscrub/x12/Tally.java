package io.claimscrub.x12;

/**
 * Counts segments of one kind of problem (out of place, unreadable tag) so a run of junk becomes one
 * finding ("segment 40 and 12 more"), not thousands.
 */
final class Tally {
    private long firstOrdinal;
    private String firstTag;
    private int count;

    void note(Segment s) {
        if (count++ == 0) {
            firstOrdinal = s.ordinal();
            firstTag = s.tagText();
        }
    }

    boolean isEmpty() {
        return count == 0;
    }

    /** "segment 40 ('NM1') and 12 more segments", or "segment 40 ('NM1')". */
    String describe() {
        String tag = firstTag.length() > 8 ? firstTag.substring(0, 8) + "..." : firstTag;
        return "segment " + firstOrdinal + " ('" + tag + "')"
                + (count > 1 ? " and " + (count - 1) + " more segment" + (count > 2 ? "s" : "") : "");
    }
}
