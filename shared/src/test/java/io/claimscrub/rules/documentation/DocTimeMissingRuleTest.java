package io.claimscrub.rules.documentation;

import static io.claimscrub.rules.documentation.DocClaims.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.claimscrub.finding.Finding;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DocTimeMissingRuleTest {
    private final DocTimeMissingRule rule = new DocTimeMissingRule();

    @ParameterizedTest
    @ValueSource(strings = {
            "Transfers for 17 minutes with mod assist.",
            "Transfers 17 min with mod assist.",
            "Transfers 17min.",
            "Transfers x 17' with mod assist.",
            "Transfers x 17’ with mod assist.",
            "A 15-minute bout of transfer training.",
            "Fifteen minutes of transfer training.",
            "Transfer training 10:05-10:22.",
            "Transfer training 10:05 to 10:22.",
            "Start time 10:05, transfer training.",
            "Transfer training 1005-1022.",
            "Transfer training 1 hour with mod assist.",
            "Transfer training 1.5 hrs.",
            "Half an hour of transfer training.",
    })
    void minutesOrStartStopTimeQuietTheRule(String note) {
        assertEquals(List.of(), run(rule, claim(null, line(1, "97530", 17, note))));
    }

    @Test
    void timedCodeWithoutTimeFiresAndQuotesTheBilledMinutes() {
        List<Finding> findings = run(rule, claim(null, line(2, "97110", 24, "Therex with mod cues, tolerated well.")));

        assertEquals(1, findings.size());
        Finding f = findings.get(0);
        assertEquals(2, f.line());
        assertEquals("97110", f.code());
        assertTrue(f.suggestion().contains("'24 minutes of 97110'"), f.suggestion());
        assertEquals(2, f.evidence().size());
        assertEquals("no minutes (e.g. '17 minutes', '17 min' or x 17')", f.evidence().get(0));
        assertTrue(f.evidence().get(1).startsWith("no start/stop time"));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Transfers x 10 reps, 3 sets.",
            "Transfer training, 2 of 3 trials with mod assist.",
            "Transfers 1005 ft with mod assist.",
    })
    void countsThatAreNotTimesStillFire(String note) {
        assertEquals(1, run(rule, claim(null, line(1, "97530", 17, note))).size(), note);
    }

    @Test
    void withoutBilledMinutesTheSuggestionStillGivesAnExample() {
        List<Finding> findings = run(rule, claim(null, line(1, "97530", null, "Transfers with min assist.")));

        assertEquals(1, findings.size());
        assertTrue(findings.get(0).suggestion().contains("'17 minutes of 97530'"));
    }

    @Test
    void untimedCodesNeedNoTime() {
        assertEquals(List.of(), run(rule, claim(null, line(1, "97150", null, "Group balance class, tolerated well."))));
        assertEquals(List.of(), run(rule, claim(null, line(1, "92507", null, "Articulation drills, 80% accuracy."))));
    }

    @Test
    void linesWithoutANoteAreNotJudged() {
        assertEquals(List.of(), run(rule, claim(null, undocumentedLine(1, "97530", 17))));
        assertEquals(List.of(), run(rule, claim(null, line(1, "97530", 17, "   "))));
        assertEquals(List.of(), run(rule, claim(null, line(1, "97530", 17, null, "G1"))));
    }
}
