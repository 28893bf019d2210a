package io.claimscrub.rules;

import io.claimscrub.finding.Finding;
import io.claimscrub.finding.RuleId;
import java.util.function.Consumer;

/**
 * One denial rule. Each implementation checks exactly one catalogue id, reads what it needs from the
 * {@link ClaimContext} and reports zero or more findings of that id.
 */
public interface Rule {
    RuleId id();

    void evaluate(ClaimContext context, Consumer<Finding> findings);
}
