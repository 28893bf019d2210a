package io.claimscrub.rules.documentation;

import io.claimscrub.rules.Rule;
import java.util.List;

/** The documentation rules. */
public final class DocumentationRules {
    private DocumentationRules() {
    }

    public static List<Rule> all() {
        return List.of(); // TODO(helper): register this package's rules
    }
}
