package io.claimscrub.rules.ncci;

import static io.claimscrub.rules.ncci.RuleFixtures.DOS;
import static io.claimscrub.rules.ncci.RuleFixtures.MEDICARE;
import static io.claimscrub.rules.ncci.RuleFixtures.claim;
import static io.claimscrub.rules.ncci.RuleFixtures.line;
import static io.claimscrub.rules.ncci.RuleFixtures.lines;
import static io.claimscrub.rules.ncci.RuleFixtures.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.claimscrub.finding.Finding;
import io.claimscrub.model.Discipline;
import io.claimscrub.reference.MueEdit;
import io.claimscrub.reference.MueTable;
import io.claimscrub.reference.NcciFiles;
import io.claimscrub.reference.ReferenceData;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Real CMS 2024 Q2 MUEs: 97110 = 6 (MAI 3), 97010 = 0, 97161 = 1 (MAI 2). */
class MueExceededRuleTest {
    private final MueExceededRule rule = new MueExceededRule();

    @Test
    void unitsOnOneLineAboveTheMue() {
        List<Finding> findings = run(rule, claim(Discipline.PT, line(1, "97110", 7, "GP")), MEDICARE);
        assertEquals(List.of(1), lines(findings));
        Finding f = findings.get(0);
        assertEquals("151", f.carc());
        assertEquals("N362", f.rarc());
        assertTrue(f.message().startsWith("7 units of 97110") && f.message().contains("MUE of 6"), f.message());
        assertTrue(f.suggestion().contains("at most 6 units") && f.suggestion().contains("appeal"), f.suggestion());
    }

    @Test
    void unitsAreAddedOverTheLinesOfOneDate() {
        Finding f = run(rule, claim(Discipline.PT, line(1, "97110", 4, "GP"), line(2, "97112", 1, "GP"),
                line(3, "97110", 3, "GP")), MEDICARE).get(0);
        assertEquals(1, f.line());
        assertTrue(f.message().contains("lines 1, 3"), f.message());
    }

    @Test
    void atTheMueOrOnSeparateDatesIsFine() {
        assertTrue(run(rule, claim(Discipline.PT, line(1, "97110", 6, "GP")), MEDICARE).isEmpty());
        assertTrue(run(rule, claim(Discipline.PT, line(1, "97110", 4, "GP"),
                line(2, "97110", 3, DOS.plusDays(2), "GP")), MEDICARE).isEmpty());
    }

    @Test
    void anMueOf1ReadsAsOneUnit() {
        Finding f = run(rule, claim(Discipline.PT, line(1, "97161", 2, "GP")), MEDICARE).get(0);
        assertTrue(f.suggestion().startsWith("Bill at most 1 unit of 97161 for this date"), f.suggestion());
    }

    @Test
    void aCodeWithMue0IsNeverPayable() {
        Finding f = run(rule, claim(Discipline.PT, line(1, "97010", 1, "GP")), MEDICARE).get(0);
        assertTrue(f.message().contains("MUE of 0"), f.message());
        assertTrue(f.suggestion().startsWith("Remove 97010"), f.suggestion());
    }

    @Test
    void aLineBilledInMinutesCountsAsZeroUnits() {
        assertTrue(run(rule, claim(Discipline.PT, line(1, "97010", null, "GP")), MEDICARE).isEmpty());
    }

    @Test
    void aPolicyLimitCannotBeAppealed() {
        Finding f = run(rule, claim(Discipline.PT, line(1, "97161", 2, "GP")), MEDICARE).get(0);
        assertTrue(f.suggestion().contains("not payable on appeal"), f.suggestion());
    }

    @Test
    void aLineEditJudgesEachLineAlone() {
        ReferenceData reference = new ReferenceData(NcciFiles.builtIn().ptp(),
                new MueTable(List.of(new MueEdit("G0283", 1, "1 Line Edit", "Clinical: Data"))));
        assertTrue(run(rule, claim(Discipline.PT, line(1, "G0283", 1, "GP"), line(2, "G0283", 1, "GP", "XS")),
                MEDICARE, reference).isEmpty());
        assertEquals(List.of(2), lines(run(rule, claim(Discipline.PT, line(1, "G0283", 1, "GP"),
                line(2, "G0283", 2, "GP")), MEDICARE, reference)));
    }

    @Test
    void eachTableGivesItsOwnEditsTexts() {
        ReferenceData reference = new ReferenceData(NcciFiles.builtIn().ptp(),
                new MueTable(List.of(new MueEdit("97110", 2, "3 Date of Service Edit: Clinical", "Clinical: Data"))));
        Finding builtIn = run(rule, claim(Discipline.PT, line(1, "97110", 7, "GP")), MEDICARE).get(0);
        Finding own = run(rule, claim(Discipline.PT, line(1, "97110", 7, "GP")), MEDICARE, reference).get(0);
        assertTrue(builtIn.suggestion().contains("at most 6 units"), builtIn.suggestion());
        assertTrue(own.suggestion().contains("at most 2 units"), own.suggestion());
        assertEquals(List.of("MUE 97110 = 2, MAI 3 Date of Service Edit: Clinical, Clinical: Data"), own.evidence());
        assertEquals(builtIn, run(rule, claim(Discipline.PT, line(1, "97110", 7, "GP")), MEDICARE).get(0));
    }

    @Test
    void codesWithoutAnMueAreNotJudged() {
        assertTrue(run(rule, claim(Discipline.PT, line(1, "99213", 9)), MEDICARE).isEmpty());
    }
}
