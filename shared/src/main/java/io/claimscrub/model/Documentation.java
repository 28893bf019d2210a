package io.claimscrub.model;

import java.util.List;

/**
 * The treatment note behind one service line.
 *
 * @param note    free text of the note; may be null
 * @param goalIds plan-of-care goals the note says this service addresses
 */
public record Documentation(String note, List<String> goalIds) {
    public Documentation {
        goalIds = goalIds == null ? List.of() : List.copyOf(goalIds);
    }
}
