package io.claimscrub.rules.modifier;

import io.claimscrub.rules.Rule;
import java.util.List;

/** The modifier rules. */
public final class ModifierRules {
    private ModifierRules() {
    }

    public static List<Rule> all() {
        return List.of(); // TODO(helper): register this package's rules
    }
}
