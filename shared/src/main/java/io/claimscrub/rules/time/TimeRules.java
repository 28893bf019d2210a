package io.claimscrub.rules.time;

import io.claimscrub.rules.Rule;
import java.util.List;

/** The time rules: minutes against billed units (CMS 8-minute rule or AMA/CPT rule of eights). */
public final class TimeRules {
    private TimeRules() {
    }

    public static List<Rule> all() {
        return List.of(new UnitsExceedTimeRule(), new UnitsDistributionRule(), new UnitsBelowTimeRule(),
                new TimedCodeSplitLinesRule(), new MinutesMissingRule(), new UntimedUnitsExceededRule());
    }
}
