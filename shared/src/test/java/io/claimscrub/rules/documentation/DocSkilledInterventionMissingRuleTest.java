package io.claimscrub.rules.documentation;

import static io.claimscrub.rules.documentation.DocClaims.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.claimscrub.finding.Finding;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class DocSkilledInterventionMissingRuleTest {
    private final DocSkilledInterventionMissingRule rule = new DocSkilledInterventionMissingRule();

    private List<Finding> check(String code, String note) {
        return run(rule, claim(plan(SPEC_GOAL), line(1, code, 20, note, "G1")));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Sit-to-stand x 10 with min assist.",
            "Bed mobility 15 min, CGA for supine to sit.",
            "Stand-by assist during car transfer practice.",
            "Hand-over-hand guidance for buttoning.",
            "Tactile cues at the hip for weight shift.",
            "Step-ups 20 min, VCs for hand placement.",
            "Graded box height from 12 to 24 inches during lifting.",
            "Progressed to stairs without rail.",
            "Provided dynamic stabilization to trunk during lateral reach.",
            "Guarding at the gait belt on ramp.",
            "Facilitated anterior weight shift for sit to stand.",
            "Instructed in log roll technique for bed mobility.",
            "Lifting from floor with emphasis on body mechanics.",
            "Grade III PA mobs to L4-5 x 10', STM to paraspinals.",
    })
    void anySkillConceptQuietsTheRule(String note) {
        assertEquals(List.of(), check("97530", note));
    }

    @Test
    void aNoteOfOnlyWhatWasDoneFiresWithEveryMissingConcept() {
        List<Finding> findings = check("97530", "Patient walked in the gym and did stairs. Tolerated well.");

        assertEquals(1, findings.size());
        Finding f = findings.get(0);
        assertEquals(1, f.line());
        assertEquals("97530", f.code());
        assertEquals(7, f.evidence().size());
        assertTrue(f.evidence().get(0).startsWith("no assist level"), f.evidence().toString());
        assertTrue(f.evidence().stream().anyMatch(e -> e.startsWith("no cueing")));
        assertTrue(f.suggestion().contains("assist level"));
    }

    @Test
    void modifiedIndependentIsNotAModifiedTask() {
        assertEquals(1, check("97530", "Modified independent with transfers today.").size());
    }

    @Test
    void minutesAreNotMinimalAssist() {
        assertEquals(1, check("97110", "Exercise 10 min a day reviewed.").size());
    }

    @Test
    void supervisedModalitiesAndNonTherapyCodesAreSkipped() {
        assertEquals(List.of(), check("97010", "Hot pack to lumbar spine."));
        assertEquals(List.of(), check("99213", "Office visit."));
    }
}
