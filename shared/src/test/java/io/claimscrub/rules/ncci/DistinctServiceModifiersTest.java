package io.claimscrub.rules.ncci;

import static io.claimscrub.rules.ncci.RuleFixtures.line;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.claimscrub.model.Discipline;
import io.claimscrub.model.ServiceLine;
import io.claimscrub.reference.NcciFiles;
import io.claimscrub.rules.ClaimContext;
import io.claimscrub.rules.LineModifiers;
import java.util.List;
import org.junit.jupiter.api.Test;

class DistinctServiceModifiersTest {
    @Test
    void onKeepsTheDistinctServiceModifiersInBilledOrder() {
        assertEquals(List.of(), DistinctServiceModifiers.on(line(1, "97110", 1, "GP")));
        assertEquals(List.of("59"), DistinctServiceModifiers.on(line(1, "97110", 1, "GP", "59")));
        assertEquals(List.of("XP"), DistinctServiceModifiers.on(line(1, "97110", 1, "XP", "KX", "GO")));
        assertEquals(List.of("XU", "59"), DistinctServiceModifiers.on(line(1, "97110", 1, "XU", "GP", "59", "KX")));
        assertEquals(List.of("XS", "XE"), DistinctServiceModifiers.on(line(1, "97110", 1, "XS", "XE")));
    }

    @Test
    void onWithTheLinesBitsAgreesWithTheScan() {
        for (String[] modifiers : new String[][] {{}, {"GP"}, {"GP", "59"}, {"XP", "KX", "GO"}, {"XU", "GP", "59"},
                {"59", "59"}, {"XS", "KX", "XS"}, {"59"}}) {
            ServiceLine line = line(1, "97110", 1, modifiers);
            int bits = LineModifiers.of(new ClaimContext(RuleFixtures.claim(Discipline.PT, line), RuleFixtures.MEDICARE,
                    NcciFiles.builtIn()), 0);
            assertEquals(DistinctServiceModifiers.on(line), DistinctServiceModifiers.on(line, bits), List.of(modifiers).toString());
        }
    }

    @Test
    void anyAndIs() {
        assertTrue(DistinctServiceModifiers.any(line(1, "97110", 1, "GP", "XP")));
        assertFalse(DistinctServiceModifiers.any(line(1, "97110", 1, "GP", "KX")));
        assertTrue(DistinctServiceModifiers.is("XU"));
        assertFalse(DistinctServiceModifiers.is("GP"));
    }

    @Test
    void indexOfIsThePlaceInAll() {
        for (int i = 0; i < DistinctServiceModifiers.ALL.size(); i++) {
            assertEquals(i, DistinctServiceModifiers.indexOf(DistinctServiceModifiers.ALL.get(i)));
        }
        assertEquals(-1, DistinctServiceModifiers.indexOf("GP"));
        assertEquals(-1, DistinctServiceModifiers.indexOf("59 and XS"));
    }
}
