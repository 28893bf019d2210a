package io.claimscrub.rules.payer;

import io.claimscrub.rules.Rule;
import java.util.List;

/** The payer rules. */
public final class PayerPolicyRules {
    private PayerPolicyRules() {
    }

    public static List<Rule> all() {
        return List.of(); // TODO(helper): register this package's rules
    }
}
