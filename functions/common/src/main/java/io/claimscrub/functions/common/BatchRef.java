package io.claimscrub.functions.common;

/** One work batch of one file: batch numbers start at 1. */
public record BatchRef(String fileId, int batch) {
    public BatchRef {
        if (!FileId.looksValid(fileId)) {
            throw new IllegalArgumentException("not a file id: " + fileId);
        }
        if (batch < 1) {
            throw new IllegalArgumentException("batch numbers start at 1, got " + batch);
        }
    }

    /** The id recorded in the file's set of scrubbed batches. */
    public String batchId() {
        return Integer.toString(batch);
    }
}
