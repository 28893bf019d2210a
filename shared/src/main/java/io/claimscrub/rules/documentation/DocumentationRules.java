package io.claimscrub.rules.documentation;

import io.claimscrub.rules.Rule;
import java.util.List;

/**
 * The documentation rules: they read the treatment notes and plan-of-care goals a request carries
 * (never 837 input, which has neither). Their words are data, in {@code documentation-vocabulary.yaml}.
 */
public final class DocumentationRules {
    private DocumentationRules() {
    }

    public static List<Rule> all() {
        return List.of(
                new DocSkilledInterventionMissingRule(),
                new DocTimeMissingRule(),
                new DocPatientResponseMissingRule(),
                new DocGoalLinkMissingRule(),
                new GoalNotMeasurableRule(),
                new CodeLooksLike97110Rule(),
                new MedicalNecessityIndependentRule());
    }
}
