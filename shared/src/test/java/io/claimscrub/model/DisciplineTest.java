package io.claimscrub.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class DisciplineTest {
    @Test
    void eachDisciplineModifierNamesItsDiscipline() {
        for (Discipline d : Discipline.values()) {
            assertEquals(d, Discipline.ofModifier(d.modifier()));
        }
    }

    @Test
    void otherModifiersNameNone() {
        for (String modifier : new String[] {"59", "CQ", "GPX", "G", "gp", "", null}) {
            assertNull(Discipline.ofModifier(modifier), modifier);
        }
    }
}
