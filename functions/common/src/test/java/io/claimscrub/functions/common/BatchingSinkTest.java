package io.claimscrub.functions.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.claimscrub.finding.Finding;
import io.claimscrub.finding.RuleId;
import io.claimscrub.model.Claim;
import io.claimscrub.model.ServiceLine;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class BatchingSinkTest {
    private record Written(int batch, List<WorkEntry> entries, int declared) {
    }

    private final List<Written> written = new ArrayList<>();

    private BatchingSink sink(int batchSize) {
        return new BatchingSink(batchSize, (batch, lines, entries) -> {
            List<WorkEntry> read = new ArrayList<>();
            WorkBatchCodec.read(new ByteArrayInputStream(lines), read::add);
            written.add(new Written(batch, read, entries));
        });
    }

    private static Claim claim(String id) {
        return new Claim(id, null, null, null, null, null, null,
                List.of(new ServiceLine(1, "97110", List.of("GP"), 1, 15, null, null, null)), null);
    }

    private static List<Finding> syntax(String message) {
        return List.of(RuleId.X12_SYNTAX.onClaim(message, null));
    }

    @Test
    void writesFullBatchesAsTheyFillAndTheRestAtTheEnd() {
        BatchingSink sink = sink(2);
        for (int i = 1; i <= 5; i++) {
            sink.claim(claim("C" + i), List.of());
        }
        assertEquals(2, written.size(), "two full batches written before the end, without waiting for it");
        BatchingSink.Outcome outcome = sink.finish();
        assertEquals(new BatchingSink.Outcome(5, 3, List.of()), outcome);
        assertEquals(List.of(1, 2, 3), written.stream().map(Written::batch).toList());
        assertEquals(List.of(2, 2, 1), written.stream().map(Written::declared).toList());
        List<Long> seqs = written.stream().flatMap(w -> w.entries().stream()).map(WorkEntry::seq).toList();
        assertEquals(List.of(1L, 2L, 3L, 4L, 5L), seqs, "positions run across batches");
    }

    @Test
    void claimRejectionsAreEntriesLikeClaims() {
        BatchingSink sink = sink(10);
        sink.claim(claim("C1"), List.of());
        sink.rejection("C2", syntax("CLM02 is not an amount"));
        sink.rejection(null, syntax("second interchange has no IEA"));
        BatchingSink.Outcome outcome = sink.finish();
        assertFalse(outcome.unreadable());
        assertEquals(3, outcome.entries(), "claims in = results + rejections");
        List<WorkEntry> entries = written.get(0).entries();
        assertEquals("C2", ((WorkEntry.RejectionEntry) entries.get(1)).claimId());
        assertEquals(null, ((WorkEntry.RejectionEntry) entries.get(2)).claimId());
    }

    @Test
    void fileRejectionsBeforeTheFirstClaimAreKeptAndCounted() {
        BatchingSink sink = sink(10);
        sink.rejection(null, syntax("first interchange unreadable"));
        assertTrue(written.isEmpty());
        sink.claim(claim("C1"), List.of());
        BatchingSink.Outcome outcome = sink.finish();
        assertEquals(2, outcome.entries());
        List<WorkEntry> entries = written.get(0).entries();
        assertEquals(1L, entries.get(0).seq(), "the held rejection keeps its place before the claim");
        assertTrue(entries.get(0) instanceof WorkEntry.RejectionEntry);
        assertEquals(2L, entries.get(1).seq());
    }

    @Test
    void aFileWithNothingReadableWritesNoBatchAndGivesItsReasons() {
        BatchingSink sink = sink(1);
        sink.rejection(null, syntax("no ISA segment"));
        sink.rejection(null, syntax("no GS segment"));
        BatchingSink.Outcome outcome = sink.finish();
        assertTrue(outcome.unreadable());
        assertEquals(0, outcome.batches());
        assertTrue(written.isEmpty(), "nothing for ScrubClaims: the file is rejected as a whole");
        assertEquals(List.of("no ISA segment", "no GS segment"), outcome.unreadableReasons().stream().map(Finding::message).toList());
    }

    @Test
    void anEmptyReadIsUnreadableWithoutReasons() {
        BatchingSink.Outcome outcome = sink(5).finish();
        assertTrue(outcome.unreadable());
        assertTrue(outcome.unreadableReasons().isEmpty());
    }
}
