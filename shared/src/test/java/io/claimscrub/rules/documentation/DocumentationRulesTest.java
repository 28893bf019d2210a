package io.claimscrub.rules.documentation;

import static io.claimscrub.rules.documentation.DocClaims.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.claimscrub.finding.Finding;
import io.claimscrub.finding.RuleId;
import io.claimscrub.json.ClaimJson;
import io.claimscrub.model.Goal;
import io.claimscrub.model.Claim;
import io.claimscrub.rules.Rule;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class DocumentationRulesTest {

    @Test
    void oneRuleClassPerDocumentationIdNamedAfterIt() {
        List<Rule> rules = DocumentationRules.all();
        Set<RuleId> ids = rules.stream().map(Rule::id).collect(Collectors.toSet());

        assertEquals(Set.of(RuleId.DOC_SKILLED_INTERVENTION_MISSING, RuleId.DOC_TIME_MISSING,
                RuleId.DOC_PATIENT_RESPONSE_MISSING, RuleId.DOC_GOAL_LINK_MISSING, RuleId.GOAL_NOT_MEASURABLE,
                RuleId.CODE_LOOKS_LIKE_97110, RuleId.MEDICAL_NECESSITY_INDEPENDENT), ids);
        assertEquals(ids.size(), rules.size());
        for (Rule rule : rules) {
            assertEquals(toCamel(rule.id().name()) + "Rule", rule.getClass().getSimpleName());
        }
    }

    @Test
    void linesWithoutNotesFireNoNoteRuleButAnUnmeasurableGoalIsStillReported() {
        Claim claim = claim(plan(new Goal("G1", "Improve strength")),
                undocumentedLine(1, "97530", 20), undocumentedLine(2, "97110", 15));

        assertEquals(List.of("GOAL_NOT_MEASURABLE"), ruleIds(runAll(claim)));
    }

    @Test
    void aWeakRequestReadFromJsonGetsExplainedFindingsOnItsLine() {
        Claim claim = ClaimJson.readRequest("""
                {"claimId": "PCN-1001", "discipline": "PT", "dateOfService": "2026-11-02",
                 "planOfCare": {"goals": [{"id": "G1", "text": "Improve strength"}]},
                 "lines": [
                   {"code": "97530", "modifiers": ["GP"], "units": 1, "minutes": 15,
                    "documentation": {"note": "Patient did 3 sets of 10 bicep curls with a dumbbell.", "goalIds": ["G2"]}},
                   {"code": "97110", "modifiers": ["GP"], "units": 1, "minutes": 10,
                    "documentation": {"note": ""}}
                 ]}
                """);

        List<Finding> findings = runAll(claim);

        assertEquals(List.of("DOC_SKILLED_INTERVENTION_MISSING", "DOC_TIME_MISSING", "DOC_PATIENT_RESPONSE_MISSING",
                "DOC_GOAL_LINK_MISSING", "GOAL_NOT_MEASURABLE", "CODE_LOOKS_LIKE_97110"), ruleIds(findings));
        for (Finding f : findings) {
            assertTrue(!f.evidence().isEmpty(), f.ruleId() + " explains itself");
            assertTrue(f.suggestion() != null && !f.suggestion().isBlank(), f.ruleId() + " suggests a fix");
            if (!f.ruleId().equals("GOAL_NOT_MEASURABLE")) {
                assertEquals(1, f.line(), "the blank note on line 2 is not judged");
            }
        }
    }

    private static String toCamel(String id) {
        StringBuilder camel = new StringBuilder();
        for (String word : id.split("_")) {
            camel.append(word.charAt(0)).append(word.substring(1).toLowerCase(Locale.ROOT));
        }
        return camel.toString();
    }
}
