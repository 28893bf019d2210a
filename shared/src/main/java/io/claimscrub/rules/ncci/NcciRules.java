package io.claimscrub.rules.ncci;

import io.claimscrub.rules.Rule;
import java.util.List;

/** The NCCI rules: procedure-to-procedure edits and medically unlikely edits. */
public final class NcciRules {
    private NcciRules() {
    }

    public static List<Rule> all() {
        return List.of(new NcciPtpModifierRequiredRule(), new NcciPtpNotBypassableRule(), new MueExceededRule());
    }
}
