package io.claimscrub.rules.time;

import static io.claimscrub.units.TimedClaims.context;
import static io.claimscrub.units.TimedClaims.findings;
import static io.claimscrub.units.TimedClaims.line;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.claimscrub.finding.Finding;
import io.claimscrub.finding.RuleId;
import io.claimscrub.rules.Rule;
import io.claimscrub.units.UnitMethod;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class MinutesMissingRuleTest {
    private final MinutesMissingRule rule = new MinutesMissingRule();

    @Test
    void oneFindingPerTimedLineWithoutMinutes() {
        List<Finding> found = findings(rule, context(UnitMethod.CMS, line(1, "97112", 2, 24),
                line(2, "97110", 2, null), line(3, "97161", 1, null), line(4, "97140", 1, null)));
        assertEquals(List.of(
                RuleId.MINUTES_MISSING.onLine(2, "97110", "97110 is a timed code but its line has no minutes on"
                        + " 2026-11-02, so its units cannot be checked; the CMS 8-minute rule counts a date's timed"
                        + " minutes together, so no timed units of that date are checked.",
                        "Record the treatment minutes for 97110 on this line."),
                RuleId.MINUTES_MISSING.onLine(4, "97140", "97140 is a timed code but its line has no minutes on"
                        + " 2026-11-02, so its units cannot be checked; the CMS 8-minute rule counts a date's timed"
                        + " minutes together, so no timed units of that date are checked.",
                        "Record the treatment minutes for 97140 on this line.")), found);
    }

    @Test
    void underAmaOnlyThatCodeGoesUnchecked() {
        assertEquals(List.of(RuleId.MINUTES_MISSING.onLine(1, "97530",
                        "97530 is a timed code but its line has no minutes on 2026-11-02, so its units cannot be checked.",
                        "Record the treatment minutes for 97530 on this line.")),
                findings(rule, context(UnitMethod.AMA, line(1, "97530", 2, null))));
    }

    @Test
    void aDateWithMissingMinutesGetsMinutesMissingAndOnlyTheExcessNoSplitCouldAllow() {
        // The date's total is unknown, so no verdict on it; but 24 minutes of 97112 earn at most 2 units.
        List<String> found = new ArrayList<>();
        for (Rule timeRule : TimeRules.all()) {
            timeRule.evaluate(context(UnitMethod.CMS, line(1, "97112", 5, 24), line(2, "97110", 1, null)),
                    f -> found.add(f.ruleId()));
        }
        assertEquals(List.of("UNITS_EXCEED_TIME", "MINUTES_MISSING"), found);
        found.clear();
        for (Rule timeRule : TimeRules.all()) {
            timeRule.evaluate(context(UnitMethod.CMS, line(1, "97112", 2, 24), line(2, "97110", 1, null)),
                    f -> found.add(f.ruleId()));
        }
        assertEquals(List.of("MINUTES_MISSING"), found);
    }
}
