package io.claimscrub.functions.common;

import java.io.InputStream;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * Work batches in S3: {@code <WORK_PREFIX><fileId>/batch-00001.jsonl}. The key alone says which file
 * and batch it is, and a re-parse writes the very same keys with the very same bytes.
 */
public final class WorkBatches {
    private static final Pattern NAME = Pattern.compile("([0-9a-f]{24})/batch-(\\d{1,9})\\.jsonl");

    private final S3Client s3;
    private final String bucket;
    private final String workPrefix;

    public WorkBatches(S3Client s3, FunctionConfig config) {
        this.s3 = s3;
        this.bucket = config.bucketName();
        this.workPrefix = config.workPrefix();
    }

    public String key(BatchRef ref) {
        return workPrefix + ref.fileId() + String.format("/batch-%05d.jsonl", ref.batch());
    }

    /** The batch a key names, or empty for any other key (which ScrubClaims then ignores). */
    public Optional<BatchRef> parse(String key) {
        if (key == null || !key.startsWith(workPrefix)) {
            return Optional.empty();
        }
        Matcher m = NAME.matcher(key.substring(workPrefix.length()));
        return m.matches() ? Optional.of(new BatchRef(m.group(1), Integer.parseInt(m.group(2)))) : Optional.empty();
    }

    public void write(BatchRef ref, byte[] jsonLines) {
        s3.putObject(b -> b.bucket(bucket).key(key(ref)).contentType("application/x-ndjson"),
                RequestBody.fromBytes(jsonLines));
    }

    /** The batch's content as a stream; the caller closes it. */
    public InputStream open(BatchRef ref) {
        return s3.getObject(b -> b.bucket(bucket).key(key(ref)));
    }
}
