package io.claimscrub.model;

import java.util.List;

/** The plan of care the billed services must serve. */
public record PlanOfCare(List<Goal> goals) {
    /**
     * A plan of care has at most 100 goals, and a goal's text at most 1,000 characters; the request
     * reader refuses more (a line's goal ids too), for the reason {@link Documentation#MAX_NOTE_CHARS}
     * gives: each line's note is checked against its goals.
     */
    public static final int MAX_GOALS = 100;
    public static final int MAX_GOAL_TEXT_CHARS = 1_000;

    public PlanOfCare {
        goals = goals == null ? List.of() : List.copyOf(goals);
    }
}
