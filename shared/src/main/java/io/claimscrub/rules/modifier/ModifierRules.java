package io.claimscrub.rules.modifier;

import io.claimscrub.rules.Rule;
import java.util.List;

/** The modifier rules: discipline modifiers and distinct-service (59/X) modifiers. */
public final class ModifierRules {
    private ModifierRules() {
    }

    public static List<Rule> all() {
        return List.of(new DisciplineModifierMissingRule(), new DisciplineModifierConflictRule(),
                new Modifier59UnsupportedRule(), new Modifier59XPreferredRule(), new Modifier59WrongLineRule());
    }
}
