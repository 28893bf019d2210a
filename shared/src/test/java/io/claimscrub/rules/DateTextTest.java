package io.claimscrub.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DateTextTest {
    private static final LocalDate DOS = LocalDate.of(2026, 11, 2);

    @Test
    void datePhrases() {
        assertEquals("on 2026-11-02", DateText.on(DOS));
        assertEquals(" on 2026-11-02", DateText.spacedOn(DOS));
        assertEquals(" on 2026-11-03", DateText.spacedOn(DOS.plusDays(1)));
        assertEquals("on 2026-11-02", DateText.on(DOS));
    }

    @Test
    void aDateSeenBeforeKeepsItsPhrase() {
        String first = DateText.on(DOS.minusDays(7));
        DateText.on(DOS.minusDays(8));
        assertSame(first, DateText.on(DOS.minusDays(7)));
    }

    @Test
    void datesEightYearsApartShareASlotAndKeepTheirOwnPhrases() {
        assertEquals("on 2018-11-02", DateText.on(DOS.minusYears(8)));
        assertEquals("on 2026-11-02", DateText.on(DOS));
        assertEquals(" on 2034-11-02", DateText.spacedOn(DOS.plusYears(8)));
        assertEquals("on 2026-11-02", DateText.on(DOS));
        assertEquals("on -0001-12-31", DateText.on(LocalDate.of(-1, 12, 31)));
    }
}
