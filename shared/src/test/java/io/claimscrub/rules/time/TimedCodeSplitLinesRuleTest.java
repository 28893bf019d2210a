package io.claimscrub.rules.time;

import static io.claimscrub.units.TimedClaims.DOS;
import static io.claimscrub.units.TimedClaims.context;
import static io.claimscrub.units.TimedClaims.findings;
import static io.claimscrub.units.TimedClaims.line;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.claimscrub.finding.Finding;
import io.claimscrub.finding.RuleId;
import io.claimscrub.units.UnitMethod;
import java.util.List;
import org.junit.jupiter.api.Test;

class TimedCodeSplitLinesRuleTest {
    private final TimedCodeSplitLinesRule rule = new TimedCodeSplitLinesRule();

    @Test
    void everyLineAfterTheFirstIsReportedWithTheMergedLineAsTheFix() {
        String message = "97110 is billed on lines 1, 3 and 4 on 2026-11-02; a timed code goes on one line per date"
                + " of service with all its units.";
        String suggestion = "Merge lines 1, 3 and 4 into one line: 97110 × 3 on line 1.";
        // 45 minutes of 97110 support the 3 units billed: the suggestion only merges
        assertEquals(List.of(RuleId.TIMED_CODE_SPLIT_LINES.onLine(3, "97110", message, suggestion),
                        RuleId.TIMED_CODE_SPLIT_LINES.onLine(4, "97110", message, suggestion)),
                findings(rule, context(UnitMethod.CMS, line(1, "97110", 1, 15), line(2, "97112", 1, 10),
                        line(3, "97110", 1, 15), line(4, "97110", 1, 15))));
    }

    @Test
    void theMergedLineCarriesTheUnitsTheMinutesSupportWhenTheyDifferFromThoseBilled() {
        // CMS: 40 minutes give 3 units; 97110's 30 minutes take 2 full blocks, 97112's 10 the third
        List<String> suggestions = findings(rule, context(UnitMethod.CMS, line(1, "97110", 1, 10),
                line(2, "97112", 1, 10), line(3, "97110", 1, 10), line(4, "97110", 1, 10)))
                .stream().map(Finding::suggestion).distinct().toList();
        assertEquals(List.of("Merge lines 1, 3 and 4 into one line: 97110 × 2 on line 1, the units its 30 minutes"
                + " support (3 are billed)."), suggestions);
    }

    @Test
    void withoutMinutesTheMergedLineKeepsTheBilledUnits() {
        assertEquals("Merge lines 1 and 2 into one line: 97110 × 3 on line 1.",
                findings(rule, context(UnitMethod.CMS, line(1, "97110", 1, null), line(2, "97110", 2, null)))
                        .get(0).suggestion());
    }

    @Test
    void theSameCodeOnDifferentDatesOrAnUntimedCodeTwiceIsNotThisRule() {
        assertTrue(findings(rule, context(UnitMethod.CMS,
                line(1, "97110", 1, 10), line(2, "97110", 1, 10, DOS.plusDays(1)))).isEmpty());
        assertTrue(findings(rule, context(UnitMethod.AMA, line(1, "97010", 1, 10), line(2, "97010", 1, 10))).isEmpty());
    }

    @Test
    void lineNumbersReadAsAList() {
        assertEquals("2 and 5", TimedCodeSplitLinesRule.lineNumbers(List.of(line(2, "97110", 1, 10), line(5, "97110", 1, 10))));
        assertEquals("1, 3 and 12", TimedCodeSplitLinesRule.lineNumbers(
                List.of(line(1, "97110", 1, 10), line(3, "97110", 1, 10), line(12, "97110", 1, 10))));
    }
}
