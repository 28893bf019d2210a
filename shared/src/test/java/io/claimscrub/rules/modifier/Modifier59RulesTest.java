package io.claimscrub.rules.modifier;

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
import io.claimscrub.model.ServiceLine;
import io.claimscrub.payer.PayerProfile;
import io.claimscrub.rules.Rule;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The three rules judging 59/XE/XS/XP/XU against real CMS 2024 Q2 pairs: 97150/97530 (indicator 1),
 * 97161/97164 (indicator 0); 97110 and 97112 share no edit.
 */
class Modifier59RulesTest {
    private static List<Finding> scrub(Rule rule, PayerProfile profile, ServiceLine... lines) {
        return run(rule, claim(Discipline.PT, lines), profile);
    }

    @Nested
    class Unsupported {
        private final Modifier59UnsupportedRule rule = new Modifier59UnsupportedRule();

        @Test
        void modifierWithoutAnyEditOnTheDate() {
            List<Finding> findings = scrub(rule, MEDICARE, line(1, "97110", 2, "GP", "59"), line(2, "97112", 1, "GP"));
            assertEquals(List.of(1), lines(findings));
            assertTrue(findings.get(0).suggestion().startsWith("Remove 59 from line 1"), findings.get(0).suggestion());
        }

        @Test
        void theSuggestionNamesTheBilledModifiersAndTheLine() {
            String tail = " unless the payer's own policy asks for it there.";
            assertEquals(List.of("Remove XS from line 2" + tail, "Remove 59 and XU from line 60" + tail),
                    scrub(rule, MEDICARE, line(2, "97110", 1, "GP", "XS"), line(60, "97112", 1, "GP", "59", "XU"))
                            .stream().map(Finding::suggestion).toList());
        }

        @Test
        void modifierOnAnIndicator0PairExplainsWhyItCannotHelp() {
            Finding f = scrub(rule, MEDICARE, line(1, "97161", 1, "GP"), line(2, "97164", 1, "GP", "XU")).get(0);
            assertEquals(2, f.line());
            assertTrue(f.message().contains("97161 (line 1) has modifier indicator 0"), f.message());
            assertEquals(List.of("PTP 97161/97164, modifier indicator 0: Mutually exclusive procedures"), f.evidence());
        }

        @Test
        void modifierThatBypassesAnActivePairIsSupported() {
            assertTrue(scrub(rule, MEDICARE, line(1, "97150", 1, "GP"), line(2, "97530", 2, "GP", "XU")).isEmpty());
        }

        @Test
        void aRedundantModifierOnTheColumn1LineIsUnsupported() {
            assertEquals(List.of(1), lines(scrub(rule, MEDICARE, line(1, "97150", 1, "GP", "59"),
                    line(2, "97530", 2, "GP", "59"))));
        }
    }

    @Nested
    class XPreferred {
        private final Modifier59XPreferredRule rule = new Modifier59XPreferredRule();

        @Test
        void firesFor59WhereThePayerPrefersX() {
            List<Finding> findings = scrub(rule, MEDICARE, line(1, "97150", 1, "GP"), line(2, "97530", 2, "GP", "59"));
            assertEquals(List.of(2), lines(findings));
            assertTrue(findings.get(0).suggestion().contains("usually XU"), findings.get(0).suggestion());
        }

        @Test
        void silentForXModifiersForPayersThatAccept59AndForUnneeded59() {
            assertTrue(scrub(rule, MEDICARE, line(1, "97150", 1, "GP"), line(2, "97530", 2, "GP", "XU")).isEmpty());
            assertTrue(scrub(rule, COMMERCIAL, line(1, "97150", 1, "GP"), line(2, "97530", 2, "GP", "59")).isEmpty());
            assertTrue(scrub(rule, MEDICARE, line(1, "97110", 2, "GP", "59")).isEmpty());
        }
    }

    @Nested
    class WrongLine {
        private final Modifier59WrongLineRule rule = new Modifier59WrongLineRule();

        @Test
        void modifierOnTheColumn1LineIsToBeMovedToTheColumn2Line() {
            List<Finding> findings = scrub(rule, MEDICARE, line(1, "97150", 1, "GP", "59"), line(2, "97530", 2, "GP"));
            assertEquals(List.of(1), lines(findings));
            assertEquals("Move 59 from line 1 to line 2, as XU or the X modifier that fits.", findings.get(0).suggestion());
            assertEquals("Move 59 from line 1 to line 2.", scrub(rule, COMMERCIAL, line(1, "97150", 1, "GP", "59"),
                    line(2, "97530", 2, "GP")).get(0).suggestion());
        }

        @Test
        void silentWhenTheColumn2LineHasItToo() {
            assertTrue(scrub(rule, MEDICARE, line(1, "97150", 1, "GP", "XU"), line(2, "97530", 2, "GP", "XU")).isEmpty());
        }

        @Test
        void silentForIndicator0Pairs() {
            assertTrue(scrub(rule, MEDICARE, line(1, "97161", 1, "GP", "59"), line(2, "97164", 1, "GP")).isEmpty());
        }
    }
}
