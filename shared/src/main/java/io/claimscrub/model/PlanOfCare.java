package io.claimscrub.model;

import java.util.List;

/** The plan of care the billed services must serve. */
public record PlanOfCare(List<Goal> goals) {
    public PlanOfCare {
        goals = goals == null ? List.of() : List.copyOf(goals);
    }
}
