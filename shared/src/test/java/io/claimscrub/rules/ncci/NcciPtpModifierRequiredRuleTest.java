package io.claimscrub.rules.ncci;

import static io.claimscrub.rules.ncci.RuleFixtures.COMMERCIAL;
import static io.claimscrub.rules.ncci.RuleFixtures.MEDICARE;
import static io.claimscrub.rules.ncci.RuleFixtures.claim;
import static io.claimscrub.rules.ncci.RuleFixtures.line;
import static io.claimscrub.rules.ncci.RuleFixtures.lines;
import static io.claimscrub.rules.ncci.RuleFixtures.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.claimscrub.finding.Finding;
import io.claimscrub.model.Discipline;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Real CMS 2024 Q2 pairs: 97150/97530 (indicator 1, in force), 97140/97530 (indicator 1, deleted 2019-12-31). */
class NcciPtpModifierRequiredRuleTest {
    private final NcciPtpModifierRequiredRule rule = new NcciPtpModifierRequiredRule();

    @Test
    void firesOnTheColumn2LineAndSuggestsXuWhereThePayerPrefersX() {
        List<Finding> findings = run(rule, claim(Discipline.PT,
                line(1, "97150", 1, "GP"), line(2, "97530", 2, "GP")), MEDICARE);
        assertEquals(List.of(2), lines(findings));
        Finding f = findings.get(0);
        assertEquals("97530", f.code());
        assertEquals("236", f.carc());
        assertTrue(f.message().contains("97150 (line 1)"), f.message());
        assertTrue(f.suggestion().contains("add XU to line 2 (97530)") && f.suggestion().contains("note documents"),
                f.suggestion());
        assertEquals(List.of("PTP 97150/97530, modifier indicator 1: Mutually exclusive procedures"), f.evidence());
    }

    @Test
    void suggests59WhereThePayerDoesNotPreferX() {
        Finding f = run(rule, claim(Discipline.PT, line(1, "97012", 1, "GP"), line(2, "97140", 2, "GP")),
                COMMERCIAL).get(0);
        assertTrue(f.suggestion().contains("add 59 to line 2 (97140)"), f.suggestion());
    }

    @Test
    void aDistinctServiceModifierOnTheColumn2LineSatisfiesIt() {
        for (String modifier : DistinctServiceModifiers.ALL) {
            assertTrue(run(rule, claim(Discipline.PT, line(1, "97150", 1, "GP"), line(2, "97530", 2, "GP", modifier)),
                    MEDICARE).isEmpty(), modifier);
        }
    }

    @Test
    void aModifierOnTheColumn1LineIsLeftToTheWrongLineRule() {
        assertTrue(run(rule, claim(Discipline.PT, line(1, "97150", 1, "GP", "59"), line(2, "97530", 2, "GP")),
                MEDICARE).isEmpty());
    }

    @Test
    void codesWithoutAnEditOrOnDifferentDatesDoNotFire() {
        assertTrue(run(rule, claim(Discipline.PT, line(1, "97110", 2, "GP"), line(2, "97140", 1, "GP")),
                MEDICARE).isEmpty());
        assertTrue(run(rule, claim(Discipline.PT, line(1, "97150", 1, "GP"),
                line(2, "97530", 2, RuleFixtures.DOS.plusDays(1), "GP")), MEDICARE).isEmpty());
    }

    @Test
    void honoursTheDeletionDate() {
        // Deleted 2019-12-31 in the CMS file: its last day in force; the January 2020 version dropped it
        LocalDate lastDay = LocalDate.of(2019, 12, 31);
        assertEquals(List.of(2), lines(run(rule, claim(Discipline.PT, line(1, "97140", 1, lastDay, "GP"),
                line(2, "97530", 1, lastDay, "GP")), MEDICARE)));
        LocalDate dayAfter = LocalDate.of(2020, 1, 1);
        assertTrue(run(rule, claim(Discipline.PT, line(1, "97140", 1, dayAfter, "GP"),
                line(2, "97530", 1, dayAfter, "GP")), MEDICARE).isEmpty());
    }

    @Test
    void linesWithoutAnyDateAreOneUnknownDateWhereOnlyUndeletedEditsApply() {
        List<Finding> findings = run(rule, claim(Discipline.PT, line(1, "97150", 1, (LocalDate) null, "GP"),
                line(2, "97530", 2, (LocalDate) null, "GP")), MEDICARE);
        assertEquals(List.of(2), lines(findings));
        assertTrue(findings.get(0).message().contains("on the same date of service"), findings.get(0).message());
        assertTrue(run(rule, claim(Discipline.PT, line(1, "97140", 1, (LocalDate) null, "GP"),
                line(2, "97530", 1, (LocalDate) null, "GP")), MEDICARE).isEmpty(), "97140/97530 is deleted");
    }

    @Test
    void oneFindingPerColumn2LineNamingEveryColumn1Code() {
        // 97018 is the column-2 code of both 97012/97018 and 97016/97018.
        List<Finding> findings = run(rule, claim(Discipline.PT, line(1, "97012", 1, "GP"), line(2, "97016", 1, "GP"),
                line(3, "97018", 1, "GP")), MEDICARE);
        assertEquals(List.of(3), lines(findings));
        assertTrue(findings.get(0).message().contains("97012 (line 1) and 97016 (line 2)"), findings.get(0).message());
        assertEquals(2, findings.get(0).evidence().size());
    }

    @Test
    void indicator0PairsAreNotThisRulesBusiness() {
        assertTrue(run(rule, claim(Discipline.PT, line(1, "97161", 1, "GP"), line(2, "97164", 1, "GP")),
                MEDICARE).isEmpty());
    }
}
