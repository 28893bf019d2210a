package io.claimscrub.rules.documentation;

import static io.claimscrub.rules.documentation.DocClaims.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.claimscrub.finding.Finding;
import io.claimscrub.model.Goal;
import io.claimscrub.model.PlanOfCare;
import java.util.List;
import org.junit.jupiter.api.Test;

class DocGoalLinkMissingRuleTest {
    private static final String NOTE = "Sit-to-stand practice 20 min with mod assist.";
    private static final PlanOfCare TWO_GOALS = plan(SPEC_GOAL, new Goal("G2", "Ascend 12 stairs with rail and supervision within 6 weeks"));

    private final DocGoalLinkMissingRule rule = new DocGoalLinkMissingRule();

    @Test
    void aLineLinkedToAPlanGoalIsQuiet() {
        assertEquals(List.of(), run(rule, claim(TWO_GOALS, line(1, "97530", 20, NOTE, "G2"))));
    }

    @Test
    void goalIdsCompareTrimmedAndIgnoringCase() {
        assertEquals(List.of(), run(rule, claim(TWO_GOALS, line(1, "97530", 20, NOTE, " g1 "))));
    }

    @Test
    void aLineWithoutGoalIdsFiresAndListsThePlansGoals() {
        List<Finding> findings = run(rule, claim(TWO_GOALS, line(3, "97530", 20, NOTE + " Goal: transfers.")));

        assertEquals(1, findings.size(), "with a plan of care the note's wording is not a link");
        Finding f = findings.get(0);
        assertEquals(3, f.line());
        assertEquals(List.of("no goalIds on the line"), f.evidence());
        assertTrue(f.suggestion().contains("G1, G2"), f.suggestion());
    }

    @Test
    void unknownGoalIdsAreNamed() {
        List<Finding> findings = run(rule, claim(TWO_GOALS, line(1, "97530", 20, NOTE, "G1", "G9", "G7")));

        assertEquals(1, findings.size());
        Finding f = findings.get(0);
        assertTrue(f.message().contains("G9, G7"), f.message());
        assertEquals(List.of("unknown goal id: 'G9'", "unknown goal id: 'G7'"), f.evidence());
    }

    @Test
    void withoutAPlanOfCareANoteNamingAGoalCountsAsLinked() {
        String note = NOTE + " Focus on trunk control to address goal of independent home transfers.";
        assertEquals(List.of(), run(rule, claim(null, line(1, "97530", 20, note))));
        assertEquals(List.of(), run(rule, claim(null, line(1, "97530", 20, NOTE + " Per POC."))));
    }

    @Test
    void withoutAPlanOfCareGoalIdsCannotBeCheckedAndCountAsLinked() {
        assertEquals(List.of(), run(rule, claim(null, line(1, "97530", 20, NOTE, "G1"))));
    }

    @Test
    void withoutAPlanOfCareANoteWithNoGoalFires() {
        for (PlanOfCare noGoals : new PlanOfCare[] {null, plan(), plan(new Goal(null, "Walk 100 ft"))}) {
            List<Finding> findings = run(rule, claim(noGoals, line(1, "97530", 20, NOTE)));

            assertEquals(1, findings.size(), String.valueOf(noGoals));
            assertEquals(List.of("no plan-of-care goals on the claim", "no goalIds on the line",
                    "no goal mentioned in the note"), findings.get(0).evidence());
        }
    }

    @Test
    void linesWithoutNotesAndEvaluationsAreNotJudged() {
        assertEquals(List.of(), run(rule, claim(TWO_GOALS, undocumentedLine(1, "97530", 20))));
        assertEquals(List.of(), run(rule, claim(TWO_GOALS, line(1, "97162", null, "Evaluation; goals set."))));
    }
}
