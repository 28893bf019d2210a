package io.claimscrub.rules.documentation;

import static io.claimscrub.rules.documentation.DocClaims.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.claimscrub.finding.Finding;
import io.claimscrub.model.Goal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class GoalNotMeasurableRuleTest {
    private final GoalNotMeasurableRule rule = new GoalNotMeasurableRule();

    private List<Finding> check(String goalText) {
        return run(rule, claim(plan(new Goal("G2", goalText)), undocumentedLine(1, "97530", 20)));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Independent sit-to-stand transfer from standard chair within 4 weeks",
            "Ambulate 150 ft on uneven surfaces",
            "Ascend stairs with supervision",
            "Don shirt with min assist",
            "Name common objects with 80% accuracy",
            "Shoulder flexion AROM to 150 degrees",
            "Perform sit to stand 5 times without UE support",
            "Return to community distances by discharge",
            "Walk to the mailbox within two weeks",
    })
    void aGoalWithACriterionIsQuiet(String goal) {
        assertEquals(List.of(), check(goal));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Improve strength", "Patient will feel better", "Increase independence with ADLs",
            "Improve balance and safety"})
    void aGoalWithoutACriterionFiresOnceForTheClaimNamingTheGoal(String goal) {
        List<Finding> findings = check(goal);

        assertEquals(1, findings.size());
        Finding f = findings.get(0);
        assertNull(f.line());
        assertTrue(f.message().startsWith("Goal G2 ('" + goal + "')"), f.message());
        assertTrue(f.evidence().contains("no number"), f.evidence().toString());
        assertTrue(f.evidence().stream().anyMatch(e -> e.startsWith("no time frame")), f.evidence().toString());
        assertTrue(f.suggestion().contains("within 4 weeks"));
    }

    @Test
    void oneFindingPerUnmeasurableGoalWhateverTheLinesLinkTo() {
        List<Finding> findings = run(rule, claim(plan(new Goal("G1", "Improve strength"), SPEC_GOAL, new Goal("G3", "Feel better")),
                line(1, "97530", 20, "x", "G1"), line(2, "97110", 20, "y", "G1", "G3")));

        assertEquals(2, findings.size());
        assertTrue(findings.get(0).message().startsWith("Goal G1 "));
        assertTrue(findings.get(1).message().startsWith("Goal G3 "));
    }

    @Test
    void anEmptyGoalOrOneWithoutIdIsStillReported() {
        List<Finding> findings = run(rule, claim(plan(new Goal("G4", "  "), new Goal(null, "Get stronger")), undocumentedLine(1, "97530", 20)));

        assertEquals(2, findings.size());
        assertEquals(List.of("goal text is empty"), findings.get(0).evidence());
        assertTrue(findings.get(1).message().startsWith("A plan-of-care goal ('Get stronger')"));
    }

    @Test
    void noPlanOfCareNoFinding() {
        assertEquals(List.of(), run(rule, claim(null, line(1, "97530", 20, "Improve strength"))));
    }
}
