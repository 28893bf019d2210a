package io.claimscrub.rules.time;

import io.claimscrub.rules.Rule;
import java.util.List;

/** The time rules. */
public final class TimeRules {
    private TimeRules() {
    }

    public static List<Rule> all() {
        return List.of(); // TODO(helper): register this package's rules
    }
}
