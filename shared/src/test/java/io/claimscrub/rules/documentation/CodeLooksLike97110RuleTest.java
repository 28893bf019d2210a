package io.claimscrub.rules.documentation;

import static io.claimscrub.rules.documentation.DocClaims.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.claimscrub.finding.Finding;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CodeLooksLike97110RuleTest {
    private final CodeLooksLike97110Rule rule = new CodeLooksLike97110Rule();

    private List<Finding> check(String code, String note) {
        return run(rule, claim(null, line(1, code, 20, note)));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Quad sets and straight leg raises 3x10 with min cues.",
            "Theraband rows, green band, 2 sets x 15.",
            "Isolated hip strengthening with 3 lb ankle weights.",
            "Shoulder ROM exercises and pulleys 20 min.",
            "Recumbent bike 10 min then hamstring curls.",
    })
    void isolatedExerciseWithoutATaskFires(String note) {
        List<Finding> findings = check("97530", note);

        assertEquals(1, findings.size(), note);
        Finding f = findings.get(0);
        assertTrue(f.evidence().get(0).startsWith("found: '"), f.evidence().toString());
        assertTrue(f.evidence().stream().anyMatch(e -> e.startsWith("no functional task")), f.evidence().toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Sit-to-stand transfers from low chair, 3 sets of 5, with mod assist.",
            "Lifting a laundry basket from floor to counter 10 reps, cues for body mechanics.",
            "Stair negotiation 4 steps x 3 with rail.",
            "Car transfer practice after theraband warm-up.",
            "Reaching into overhead cabinet with 2 lb cans, 3x10.",
            "Simulated grocery unloading with dumbbells in bags.",
            "Bed mobility: rolling and supine to sit, 5 reps each.",
            "Lower body dressing at edge of bed after bicep curls.",
    })
    void aFunctionalTaskDoneKeepsItQuiet(String note) {
        assertEquals(List.of(), check("97530", note));
    }

    @Test
    void eachPhraseIsQuotedOnceHoweverOftenTheNoteRepeatsIt() {
        List<Finding> findings = check("97530", "Bicep curls 3x10 towards goal of independent transfers. ".repeat(40));

        assertEquals(1, findings.size());
        List<String> evidence = findings.get(0).evidence();
        assertEquals(evidence.stream().distinct().toList(), evidence);
        assertEquals(1, evidence.stream().filter(e -> e.equals("ignored, a purpose not a task done: 'transfers'")).count());
    }

    @Test
    void aFunctionalWordThatIsOnlyTheGoalDoesNotCount() {
        List<Finding> findings = check("97530", "Bicep curls 3x10 towards goal of independent transfers.");

        assertEquals(1, findings.size());
        assertTrue(findings.get(0).evidence().contains("ignored, a purpose not a task done: 'transfers'"),
                findings.get(0).evidence().toString());
    }

    @Test
    void onlyTherapeuticActivitiesIsChecked() {
        assertEquals(List.of(), check("97110", "3 sets of 10 bicep curls with a dumbbell."));
        assertEquals(List.of(), check("97112", "3 sets of 10 bicep curls with a dumbbell."));
    }

    @Test
    void aNoteWithNeitherExerciseNorTaskIsNotThisRulesBusiness() {
        assertEquals(List.of(), check("97530", "Patient seen, tolerated well."));
    }
}
