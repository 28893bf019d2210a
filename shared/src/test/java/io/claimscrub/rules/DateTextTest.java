package io.claimscrub.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
}
