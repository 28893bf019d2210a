package io.claimscrub.rules;

import io.claimscrub.rules.documentation.DocumentationRules;
import io.claimscrub.rules.modifier.ModifierRules;
import io.claimscrub.rules.ncci.NcciRules;
import io.claimscrub.rules.payer.PayerPolicyRules;
import io.claimscrub.rules.time.TimeRules;
import java.util.ArrayList;
import java.util.List;

/** The rules the engine runs, in catalogue order. */
public final class StandardRules {
    private StandardRules() {
    }

    public static List<Rule> all() {
        List<Rule> rules = new ArrayList<>();
        rules.addAll(TimeRules.all());
        rules.addAll(ModifierRules.all());
        rules.addAll(NcciRules.all());
        rules.addAll(PayerPolicyRules.all());
        rules.addAll(DocumentationRules.all());
        return List.copyOf(rules);
    }
}
