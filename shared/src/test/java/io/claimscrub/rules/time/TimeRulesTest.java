package io.claimscrub.rules.time;

import static io.claimscrub.units.TimedClaims.context;
import static io.claimscrub.units.TimedClaims.line;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.claimscrub.finding.Finding;
import io.claimscrub.finding.RuleId;
import io.claimscrub.rules.Rule;
import io.claimscrub.units.UnitMethod;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TimeRulesTest {
    @Test
    void everyTimeRuleIsRegisteredOnceAndNamedAfterItsId() {
        List<RuleId> ids = new ArrayList<>();
        for (Rule rule : TimeRules.all()) {
            ids.add(rule.id());
            String expectedName = toCamel(rule.id().name()) + "Rule";
            assertEquals(expectedName, rule.getClass().getSimpleName());
        }
        assertEquals(List.of(RuleId.UNITS_EXCEED_TIME, RuleId.UNITS_DISTRIBUTION, RuleId.UNITS_BELOW_TIME,
                RuleId.TIMED_CODE_SPLIT_LINES, RuleId.MINUTES_MISSING, RuleId.UNTIMED_UNITS_EXCEEDED), ids);
    }

    @Test
    void aSplitCodeBilledTooHighGetsBothFindingsOnTheRightLines() {
        // 97110 12 + 11 minutes on lines 1 and 3, 97112 10 minutes: 33 minutes = 2 units, 3 billed.
        List<Finding> found = new ArrayList<>();
        for (Rule rule : TimeRules.all()) {
            rule.evaluate(context(UnitMethod.CMS, line(1, "97110", 1, 12), line(2, "97112", 1, 10),
                    line(3, "97110", 1, 11)), found::add);
        }
        assertEquals(List.of("UNITS_EXCEED_TIME@1", "TIMED_CODE_SPLIT_LINES@3"),
                found.stream().map(f -> f.ruleId() + "@" + f.line()).toList());
        assertEquals("Bill 97110 × 1, 97112 × 1 (33 timed minutes = 2 units under the CMS 8-minute rule)",
                found.get(0).suggestion());
    }

    private static String toCamel(String id) {
        StringBuilder name = new StringBuilder();
        for (String word : id.split("_")) {
            name.append(word.charAt(0)).append(word.substring(1).toLowerCase(java.util.Locale.ROOT));
        }
        return name.toString();
    }
}
