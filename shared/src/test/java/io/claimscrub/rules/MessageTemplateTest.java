package io.claimscrub.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.claimscrub.model.Discipline;
import org.junit.jupiter.api.Test;

class MessageTemplateTest {
    @Test
    void fillsEachSlotInOrder() {
        MessageTemplate template = MessageTemplate.of("Move {} from line {} to {}.");
        assertEquals(3, template.slots());
        assertEquals("Move 59 from line 2 to line 3.", template.fill("59", 2, "line 3"));
    }

    @Test
    void slotsMayOpenCloseOrAdjoinTheText() {
        assertEquals("97110 on 2026-11-02", MessageTemplate.of("{}{}").fill("97110", " on 2026-11-02"));
        assertEquals("-2147483648 units", MessageTemplate.of("{} units").fill(Integer.MIN_VALUE));
        assertEquals("× 12345678901", MessageTemplate.of("× {}").fill(12345678901L));
    }

    @Test
    void otherArgumentsAreWrittenAsTheirText() {
        assertEquals("the PT plan of care", MessageTemplate.of("the {} plan of care").fill(Discipline.PT));
    }

    @Test
    void aTextWithoutSlotsIsItself() {
        MessageTemplate template = MessageTemplate.of("Add KX.");
        assertEquals(0, template.slots());
        assertEquals("Add KX.", template.fill());
    }

    @Test
    void theArgumentCountMustMatch() {
        MessageTemplate template = MessageTemplate.of("{} and {}");
        assertThrows(IllegalArgumentException.class, () -> template.fill("a"));
        assertThrows(IllegalArgumentException.class, () -> template.fill("a", "b", "c"));
    }
}
