package io.claimscrub.reference;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PtpEditTest {
    private static final LocalDate EFFECTIVE = LocalDate.of(2020, 1, 1);
    private static final LocalDate DELETED = LocalDate.of(2020, 9, 30);

    @Test
    void activeFromItsEffectiveDateThroughItsDeletionDate() {
        // CMS dates a deleted edit with the last day of the quarter it was still in force
        PtpEdit edit = new PtpEdit("97140", "97530", EFFECTIVE, DELETED, 1, "Mutually exclusive procedures");
        assertFalse(edit.activeOn(EFFECTIVE.minusDays(1)));
        assertTrue(edit.activeOn(EFFECTIVE));
        assertTrue(edit.activeOn(DELETED));
        assertFalse(edit.activeOn(DELETED.plusDays(1)));
    }

    @Test
    void unknownEffectiveDateMeansPossiblyAlwaysInForce() {
        PtpEdit edit = new PtpEdit("97140", "97530", null, DELETED, 1, "Mutually exclusive procedures");
        assertTrue(edit.activeOn(LocalDate.of(1990, 1, 1)));
        assertFalse(edit.activeOn(DELETED.plusDays(1)));
    }

    @Test
    void unknownDateOfServiceCountsOnlyUndeletedEdits() {
        assertTrue(new PtpEdit("97150", "97530", null, null, 1, "x").activeOn(null));
        assertFalse(new PtpEdit("97140", "97530", null, DELETED, 1, "x").activeOn(null));
    }
}
