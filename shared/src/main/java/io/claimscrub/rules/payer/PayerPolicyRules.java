package io.claimscrub.rules.payer;

import io.claimscrub.rules.Rule;
import java.util.List;

/** The payer-policy rules read from the claim's payer profile. */
public final class PayerPolicyRules {
    private PayerPolicyRules() {
    }

    public static List<Rule> all() {
        return List.of(new PayerUnitCapExceededRule(), new KxThresholdRule());
    }
}
