package io.claimscrub.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.claimscrub.finding.RuleId;
import io.claimscrub.rules.modifier.ModifierRules;
import io.claimscrub.rules.ncci.NcciRules;
import io.claimscrub.rules.payer.PayerPolicyRules;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The modifier, NCCI and payer-policy factories register one rule per id, each class named after its id. */
class RuleCataloguesTest {
    @Test
    void oneRulePerIdNamedAfterIt() {
        List<Rule> rules = new ArrayList<>();
        rules.addAll(ModifierRules.all());
        rules.addAll(NcciRules.all());
        rules.addAll(PayerPolicyRules.all());
        assertEquals(List.of(RuleId.DISCIPLINE_MODIFIER_MISSING, RuleId.DISCIPLINE_MODIFIER_CONFLICT,
                RuleId.MODIFIER_59_UNSUPPORTED, RuleId.MODIFIER_59_X_PREFERRED, RuleId.MODIFIER_59_WRONG_LINE,
                RuleId.NCCI_PTP_MODIFIER_REQUIRED, RuleId.NCCI_PTP_NOT_BYPASSABLE, RuleId.MUE_EXCEEDED,
                RuleId.PAYER_UNIT_CAP_EXCEEDED, RuleId.KX_THRESHOLD), rules.stream().map(Rule::id).toList());
        for (Rule rule : rules) {
            assertEquals(className(rule.id()), rule.getClass().getSimpleName());
        }
    }

    private static String className(RuleId id) {
        return Arrays.stream(id.name().split("_"))
                .map(word -> word.charAt(0) + word.substring(1).toLowerCase(Locale.ROOT))
                .collect(Collectors.joining()) + "Rule";
    }
}
