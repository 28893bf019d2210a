package io.claimscrub.rules.documentation;

import static io.claimscrub.rules.documentation.DocClaims.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.claimscrub.finding.Finding;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DocPatientResponseMissingRuleTest {
    private final DocPatientResponseMissingRule rule = new DocPatientResponseMissingRule();

    private List<Finding> check(String code, String note) {
        return run(rule, claim(null, line(1, code, 20, note)));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Transfers 20 min, tolerated well.",
            "Transfers 20 min; patient reported pain 4/10 in the knee.",
            "Transfers 20 min; fatigue after 5 reps, required seated rest.",
            "Transfers 20 min, sit-to-stand speed improved.",
            "Transfers 20 min, contact guard assist.",
            "Transfers 20 min at supervision level.",
            "Naming task 20 min, 8/10 trials correct.",
            "Naming task 20 min, 80% of trials.",
            "Level of independence documented in flowsheet.",
    })
    void aResponseOrLevelOfIndependenceQuietsTheRule(String note) {
        assertEquals(List.of(), check("97530", note));
    }

    @Test
    void aNoteWithoutAnyResponseFiresAndSaysWhatIsMissing() {
        List<Finding> findings = check("97112", "Balance training on foam 20 min with verbal cues.");

        assertEquals(1, findings.size());
        Finding f = findings.get(0);
        assertEquals("97112", f.code());
        assertEquals(4, f.evidence().size());
        assertTrue(f.evidence().get(0).startsWith("no patient response"), f.evidence().toString());
        assertTrue(f.evidence().get(2).startsWith("no assist level"), f.evidence().toString());
        assertTrue(f.suggestion().contains("level of independence"));
    }

    @Test
    void evaluationNotesAreNotTreatmentNotes() {
        assertEquals(List.of(), check("97161", "Initial evaluation, tests and measures performed."));
    }
}
