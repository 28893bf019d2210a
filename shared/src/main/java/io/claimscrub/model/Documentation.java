package io.claimscrub.model;

import java.util.List;

/**
 * The treatment note behind one service line.
 *
 * @param note    free text of the note; may be null
 * @param goalIds plan-of-care goals the note says this service addresses
 */
public record Documentation(String note, List<String> goalIds) {
    /**
     * A note has at most 10,000 characters, several pages of a visit note; the request reader refuses
     * more. The documentation rules scan a note phrase by phrase, and a megabyte of note had cost a
     * check request tens of seconds of CPU (past API Gateway's 29 s).
     */
    public static final int MAX_NOTE_CHARS = 10_000;

    public Documentation {
        goalIds = goalIds == null ? List.of() : List.copyOf(goalIds);
    }
}
