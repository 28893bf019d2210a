package io.claimscrub.rules.documentation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ClausesTest {
    @Test
    void aClauseEndsAtItsPunctuation() {
        String text = "Transfers independent with rail, but min assist on stairs. Next sentence.";
        assertEquals(" with rail, but min assist on stairs", Clauses.restOfSentence(text, "Transfers independent".length()));
        assertEquals("Transfers independent with rail", Clauses.around(text, 10, 21));
    }

    @Test
    void theLookAheadIsBoundedSoALongNoteWithoutStopsCostsLinearTime() {
        // Unbounded, every phrase of a note without full stops read the whole rest of it: a request of
        // 50 lines with 19,000-character notes cost three minutes of CPU.
        String text = "patient independent with transfers and plateaued but ".repeat(400);
        assertEquals(Clauses.AHEAD, Clauses.restOfSentence(text, 8).length());
        assertEquals(Clauses.WINDOW + Clauses.AHEAD, Clauses.around(text, 500, 500).length());
        assertEquals(5, Clauses.restOfSentence("short", 0).length());
    }
}
