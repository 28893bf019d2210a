package io.claimscrub.rules.documentation;

import static io.claimscrub.rules.documentation.DocClaims.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.claimscrub.finding.Finding;
import io.claimscrub.finding.RuleId;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The seed article's own weak, strong, 97110 and 97530 examples, through every documentation rule. */
class SeedDocumentationTest {

    @Test
    void weakNoteLacksSkillAndResponseButHasItsMinutes() {
        List<Finding> findings = runAll(claim(plan(SPEC_GOAL), line(1, "97530", 15, SEED_WEAK_NOTE, "G1")));

        assertEquals(Set.of("DOC_SKILLED_INTERVENTION_MISSING", "DOC_PATIENT_RESPONSE_MISSING"), Set.copyOf(ruleIds(findings)));
        assertEquals(2, findings.size());
        findings.forEach(f -> {
            assertEquals(1, f.line());
            assertEquals("97530", f.code());
            assertTrue(f.suggestion() != null && !f.suggestion().isBlank());
        });
    }

    @Test
    void strongNoteWithLinkedMeasurableGoalFiresNothing() {
        List<Finding> findings = runAll(claim(plan(SPEC_GOAL), line(1, "97530", 17, SEED_STRONG_NOTE, "G1")));

        assertEquals(List.of(), findings);
    }

    @Test
    void theArticles97110ExamplesBilledAs97530LookLike97110() {
        for (String note : List.of(SEED_97110_EXAMPLE, SEED_BICEP_CURLS)) {
            List<Finding> findings = only(RuleId.CODE_LOOKS_LIKE_97110,
                    runAll(claim(plan(SPEC_GOAL), line(1, "97530", 15, note, "G1"))));
            assertEquals(1, findings.size(), note);
        }
    }

    @Test
    void bicepCurlsEvidenceQuotesTheExerciseAndExplainsWhyLiftingGroceriesDoesNotCount() {
        Finding finding = only(RuleId.CODE_LOOKS_LIKE_97110,
                runAll(claim(plan(SPEC_GOAL), line(1, "97530", 15, SEED_BICEP_CURLS, "G1")))).get(0);

        assertTrue(finding.evidence().contains("found: '3 sets of 10'"), finding.evidence().toString());
        assertTrue(finding.evidence().contains("found: 'bicep curls'"), finding.evidence().toString());
        assertTrue(finding.evidence().contains("found: 'dumbbell'"), finding.evidence().toString());
        assertTrue(finding.evidence().contains("ignored, a purpose not a task done: 'lift'"), finding.evidence().toString());
        assertTrue(finding.suggestion().contains("97110"));
    }

    @Test
    void theArticles97530ExampleIsFunctional() {
        List<Finding> findings = runAll(claim(plan(SPEC_GOAL), line(1, "97530", 15, SEED_97530_EXAMPLE, "G1")));

        assertEquals(List.of(), only(RuleId.CODE_LOOKS_LIKE_97110, findings));
        assertEquals(List.of(), only(RuleId.DOC_SKILLED_INTERVENTION_MISSING, findings),
                "proper body mechanics is instruction in technique");
    }
}
