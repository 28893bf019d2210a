package io.claimscrub.rules.ncci;

import io.claimscrub.rules.Rule;
import java.util.List;

/** The ncci rules. */
public final class NcciRules {
    private NcciRules() {
    }

    public static List<Rule> all() {
        return List.of(); // TODO(helper): register this package's rules
    }
}
