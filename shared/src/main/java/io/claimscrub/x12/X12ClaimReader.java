package io.claimscrub.x12;

import java.io.InputStream;

/**
 * Streams an X12 837P file into claims. Never holds the whole file; never lets bad bytes escape as
 * an exception (they become rejections with X12_SYNTAX findings). An IOException of the stream itself
 * is rethrown as {@link java.io.UncheckedIOException}.
 */
public final class X12ClaimReader {
    public ReadSummary read(InputStream in, ClaimSink sink) {
        throw new UnsupportedOperationException("TODO(helper): X12 reader");
    }
}
