package io.claimscrub.rules.ncci;

import static io.claimscrub.rules.ncci.RuleFixtures.MEDICARE;
import static io.claimscrub.rules.ncci.RuleFixtures.claim;
import static io.claimscrub.rules.ncci.RuleFixtures.line;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.claimscrub.model.Discipline;
import io.claimscrub.reference.NcciFiles;
import io.claimscrub.rules.ClaimContext;
import java.util.List;
import org.junit.jupiter.api.Test;

class ActivePtpPairsTest {
    @Test
    void findsTheActiveEditsBetweenCodesOfOneDateOncePerClaim() {
        ClaimContext context = new ClaimContext(claim(Discipline.PT,
                line(1, "97150", 1, "GP"), line(2, "97530", 2, "GP"), line(3, "97110", 1, "GP"),
                line(4, "97161", 1, "GP"), line(5, "97164", 1, "GP")), MEDICARE, NcciFiles.builtIn());
        List<ActivePtpPairs.Pair> pairs = ActivePtpPairs.of(context);
        // 97150/97530 (1), 97150/97110 (1), 97161/97164 (0); 97530/97110 is deleted (indicator 9).
        assertEquals(List.of("97150/97530", "97150/97110", "97161/97164"),
                pairs.stream().map(p -> p.edit().column1() + "/" + p.edit().column2()).toList());
        assertSame(pairs, ActivePtpPairs.of(context));
    }

    @Test
    void codesOnDifferentDatesDoNotPair() {
        ClaimContext context = new ClaimContext(claim(Discipline.PT,
                line(1, "97150", 1, "GP"), line(2, "97530", 2, RuleFixtures.DOS.plusDays(1), "GP")),
                MEDICARE, NcciFiles.builtIn());
        assertTrue(ActivePtpPairs.of(context).isEmpty());
    }
}
