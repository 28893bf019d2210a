package io.claimscrub.functions.common;

import io.claimscrub.finding.Finding;
import io.claimscrub.model.Claim;
import io.claimscrub.x12.ClaimSink;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns the reader's claims and rejections into numbered work batches of at most {@code batchSize}
 * entries, written as each fills up, so a file of any size needs one batch of memory.
 *
 * <p>Whole-file rejections (null claim id) that come before anything readable are held back: if
 * nothing readable ever follows, the file is unreadable and is rejected as a whole, with no batch
 * written. Once a claim (or an identified claim rejection) appears, they are written as entries like
 * any other, so every one of them is counted and stored.
 */
public final class BatchingSink implements ClaimSink {
    /** Receives each full batch: its number (from 1), its JSON lines and how many entries it holds. */
    @FunctionalInterface
    public interface BatchWriter {
        void write(int batch, byte[] jsonLines, int entries);
    }

    /** What the file turned into. */
    public record Outcome(long entries, int batches, List<Finding> unreadableReasons) {
        public boolean unreadable() {
            return entries == 0;
        }
    }

    private final int batchSize;
    private final BatchWriter writer;
    private final List<WorkEntry.RejectionEntry> heldFileRejections = new ArrayList<>();
    private final ByteArrayOutputStream pending = new ByteArrayOutputStream();
    private boolean readable;
    private int pendingEntries;
    private long seq;
    private int batches;

    public BatchingSink(int batchSize, BatchWriter writer) {
        this.batchSize = batchSize;
        this.writer = writer;
    }

    @Override
    public void claim(Claim claim, List<Finding> readFindings) {
        becomeReadable();
        add(new WorkEntry.ClaimEntry(++seq, claim, readFindings));
    }

    @Override
    public void rejection(String claimId, List<Finding> findings) {
        if (claimId == null && !readable) {
            heldFileRejections.add(new WorkEntry.RejectionEntry(0, null, findings));
            return;
        }
        becomeReadable();
        add(new WorkEntry.RejectionEntry(++seq, claimId, findings));
    }

    /** Writes the last, partial batch and says what the file turned into. */
    public Outcome finish() {
        if (pendingEntries > 0) {
            flush();
        }
        List<Finding> reasons = readable ? List.of()
                : heldFileRejections.stream().flatMap(r -> r.findings().stream()).toList();
        return new Outcome(seq, batches, reasons);
    }

    private void becomeReadable() {
        if (!readable) {
            readable = true;
            for (WorkEntry.RejectionEntry held : heldFileRejections) {
                add(new WorkEntry.RejectionEntry(++seq, null, held.findings()));
            }
            heldFileRejections.clear();
        }
    }

    private void add(WorkEntry entry) {
        pending.writeBytes(WorkBatchCodec.line(entry));
        if (++pendingEntries >= batchSize) {
            flush();
        }
    }

    private void flush() {
        writer.write(++batches, pending.toByteArray(), pendingEntries);
        pending.reset();
        pendingEntries = 0;
    }
}
