package io.claimscrub.rules;

import static io.claimscrub.rules.LineModifiers.CO;
import static io.claimscrub.rules.LineModifiers.CQ;
import static io.claimscrub.rules.LineModifiers.GN;
import static io.claimscrub.rules.LineModifiers.GO;
import static io.claimscrub.rules.LineModifiers.GP;
import static io.claimscrub.rules.LineModifiers.MODIFIER_59;
import static io.claimscrub.rules.LineModifiers.REPEATED;
import static io.claimscrub.rules.LineModifiers.XE;
import static io.claimscrub.rules.LineModifiers.XP;
import static io.claimscrub.rules.LineModifiers.XS;
import static io.claimscrub.rules.LineModifiers.XU;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.claimscrub.model.Discipline;
import io.claimscrub.reference.NcciFiles;
import io.claimscrub.rules.ncci.RuleFixtures;
import org.junit.jupiter.api.Test;

class LineModifiersTest {
    @Test
    void eachLinesModifiersBecomeItsBits() {
        ClaimContext context = new ClaimContext(RuleFixtures.claim(Discipline.PT,
                RuleFixtures.line(1, "97110", 1),
                RuleFixtures.line(2, "97110", 1, "GP", "KX", "59"),
                RuleFixtures.line(3, "97140", 1, "GO", "GN", "CQ", "CO"),
                RuleFixtures.line(4, "97530", 1, "XE", "XS", "XP", "XU", "25")), RuleFixtures.MEDICARE,
                NcciFiles.builtIn());
        assertEquals(0, LineModifiers.of(context, 0));
        assertEquals(GP | MODIFIER_59, LineModifiers.of(context, 1));
        assertEquals(GO | GN | CQ | CO, LineModifiers.of(context, 2));
        assertEquals(XE | XS | XP | XU, LineModifiers.of(context, 3));
    }

    @Test
    void aModifierBilledTwiceMarksTheLineRepeated() {
        ClaimContext context = new ClaimContext(RuleFixtures.claim(Discipline.PT,
                RuleFixtures.line(1, "97110", 1, "59", "GP", "59"),
                RuleFixtures.line(2, "97110", 1, "KX", "KX")), RuleFixtures.MEDICARE, NcciFiles.builtIn());
        assertEquals(GP | MODIFIER_59 | REPEATED, LineModifiers.of(context, 0));
        assertEquals(0, LineModifiers.of(context, 1));
    }

    @Test
    void modifiersThatAreNotTwoLettersOrDigitsHaveNoBits() {
        ClaimContext context = new ClaimContext(RuleFixtures.claim(Discipline.PT,
                RuleFixtures.line(1, "97110", 1, "gp", "G", "GPX", "5 9", "", "XS")), RuleFixtures.MEDICARE,
                NcciFiles.builtIn());
        assertEquals(XS, LineModifiers.of(context, 0));
    }

    @Test
    void aDisciplinesBitIsItsModifiers() {
        for (Discipline discipline : Discipline.values()) {
            ClaimContext context = new ClaimContext(RuleFixtures.claim(discipline,
                    RuleFixtures.line(1, "97110", 1, discipline.modifier())), RuleFixtures.MEDICARE, NcciFiles.builtIn());
            assertEquals(LineModifiers.bitOf(discipline), LineModifiers.of(context, 0), discipline.name());
        }
    }
}
