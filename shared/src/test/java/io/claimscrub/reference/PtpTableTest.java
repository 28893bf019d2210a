package io.claimscrub.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The column-1 view a claim looks up once gives the same edits as the pair look-up. */
class PtpTableTest {
    private static final LocalDate DOS = LocalDate.of(2026, 11, 2);
    private static final PtpEdit OLD = new PtpEdit("97530", "97116", null, LocalDate.of(2019, 12, 31), 1, "old");
    private static final PtpEdit CURRENT = new PtpEdit("97530", "97116", null, null, 0, "current");
    private static final PtpEdit OTHER = new PtpEdit("97530", "97150", null, LocalDate.of(2019, 12, 31), 1, "other");
    private static final PtpTable TABLE = new PtpTable(List.of(CURRENT, OTHER, OLD));

    @Test
    void column1EditsFindTheRowInForceOnTheDate() {
        PtpTable.Column1Edits edits = TABLE.withColumn1("97530");
        assertFalse(edits.isEmpty());
        assertSame(OLD, edits.activeEdit("97116", LocalDate.of(2019, 6, 1)), "deleted soonest first");
        assertSame(CURRENT, edits.activeEdit("97116", DOS));
        assertNull(edits.activeEdit("97150", DOS), "deleted before the date");
        assertNull(edits.activeEdit("97110", DOS), "no such pair");
    }

    @Test
    void afterTheLastDeletionOnlyRowsNeverDeletedAreInForce() {
        PtpTable.Column1Edits edits = TABLE.withColumn1("97530");
        assertSame(OTHER, edits.activeEdit("97150", LocalDate.of(2019, 12, 31)), "on its deletion date, its last day");
        assertNull(edits.activeEdit("97150", LocalDate.of(2020, 1, 1)), "the day after");
        assertSame(CURRENT, edits.activeEdit("97116", LocalDate.of(2020, 1, 1)));
        assertSame(CURRENT, edits.activeEdit("97116", null), "an unknown date: a row not deleted");
        assertNull(edits.activeEdit("97150", null));
    }

    @Test
    void aCodeThatIsNoColumn1HasNoEdits() {
        PtpTable.Column1Edits edits = TABLE.withColumn1("97116");
        assertTrue(edits.isEmpty());
        assertNull(edits.activeEdit("97530", DOS), "column order matters");
    }

    @Test
    void pairLookUpAgreesWithTheColumn1View() {
        assertEquals(CURRENT, TABLE.activeEdit("97530", "97116", DOS).orElseThrow());
        assertTrue(TABLE.activeEdit("97530", "97150", DOS).isEmpty());
        assertTrue(TABLE.activeEdit("97116", "97530", DOS).isEmpty());
    }
}
