package io.claimscrub.x12;

import io.claimscrub.finding.Finding;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Streams an X12 837P file into claims. Never holds the whole file; never lets bad bytes escape as
 * an exception (they become rejections with X12_SYNTAX findings). An IOException of the stream itself
 * is rethrown as {@link java.io.UncheckedIOException}, after the claims read before it are handed on.
 *
 * <p>Every CLM segment ends as exactly one {@link ClaimSink#claim} or {@link ClaimSink#rejection}, in
 * file order. Envelope findings that do not stop reading (a wrong SE01, a missing IEA...) are attached
 * to every claim inside that envelope; to make that possible claims are held until their interchange
 * ends, at most {@link HeldOutcomes#MAX_HELD} at a time. Findings that reach no claim, and a file that
 * holds no readable 837P content at all, make one rejection with a null claim id. See docs/x12.md.
 *
 * <p>Thread-safe: each call to {@link #read} keeps its own state, so one instance can serve many files.
 */
public final class X12ClaimReader {
    private final int maxHeldClaims;

    public X12ClaimReader() {
        this(HeldOutcomes.MAX_HELD);
    }

    /** For tests: a smaller bound on the claims held back for envelope findings. */
    X12ClaimReader(int maxHeldClaims) {
        this.maxHeldClaims = maxHeldClaims;
    }

    public ReadSummary read(InputStream in, ClaimSink sink) {
        SegmentReader segments = new SegmentReader(in);
        HeldOutcomes outcomes = new HeldOutcomes(sink, maxHeldClaims);
        Envelopes envelopes = new Envelopes(outcomes);
        try {
            for (Segment s = segments.next(); s != null; s = segments.next()) {
                envelopes.accept(s);
            }
            envelopes.end("the file ends after segment " + segments.segmentCount());
        } catch (X12SyntaxException e) {
            envelopes.stop(e.getMessage(), segments.segmentCount());
        } catch (IOException e) {
            envelopes.streamFailed(segments.segmentCount(), e.getMessage()); // what was read before it is not lost
            throw new UncheckedIOException(e);
        }
        List<Finding> unclaimed = envelopes.unclaimedFindings();
        if (!unclaimed.isEmpty()) {
            outcomes.fileRejection(unclaimed);
        }
        return new ReadSummary(segments.bytesRead(), segments.segmentCount(), envelopes.interchanges(),
                envelopes.transactionSets(), outcomes.claims(), outcomes.rejections(), outcomes.fileRejections());
    }
}
