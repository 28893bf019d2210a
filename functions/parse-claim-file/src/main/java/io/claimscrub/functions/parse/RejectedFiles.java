package io.claimscrub.functions.parse;

import io.claimscrub.finding.Finding;
import io.claimscrub.functions.common.FunctionConfig;
import io.claimscrub.functions.common.KeyLimits;
import io.claimscrub.functions.common.StorageJson;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * Files that cannot be read at all: copied from {@code inbound/<path>} to
 * {@code rejected/<fileId>/<path>} beside {@code rejected/<fileId>/<path>.reasons.json} (the
 * X12_SYNTAX findings), so a person finds the file and why in one place. The file id keeps apart two
 * unreadable versions dropped under one key (the second copy had overwritten the first, which its
 * record still named). A copy, not a move: ParseClaimFile needs no delete right on the inbound
 * prefix, and a retry simply copies again. Both writes are idempotent.
 */
final class RejectedFiles {
    static final String REASONS_SUFFIX = ".reasons.json";

    private final S3Client s3;
    private final String bucket;
    private final String inboundPrefix;
    private final String rejectedPrefix;

    RejectedFiles(S3Client s3, FunctionConfig config) {
        this.s3 = s3;
        this.bucket = config.bucketName();
        this.inboundPrefix = config.inboundPrefix();
        this.rejectedPrefix = config.rejectedPrefix();
    }

    /**
     * Where a rejected file is copied to: its path under the rejected prefix and its file id, or the
     * file id alone when the path would take the reasons' key past S3's limit (the reasons name the
     * source key anyway).
     */
    String rejectedKey(String inboundKey, String fileId) {
        String path = inboundKey.startsWith(inboundPrefix) ? inboundKey.substring(inboundPrefix.length()) : inboundKey;
        String key = rejectedPrefix + fileId + "/" + path;
        return KeyLimits.fits(key + REASONS_SUFFIX, KeyLimits.S3_KEY_BYTES) ? key : rejectedPrefix + fileId + "/file";
    }

    /** Copies the file and writes its reasons; returns the rejected key. */
    String reject(String key, String fileId, String etag, List<Finding> reasons) {
        String target = rejectedKey(key, fileId);
        s3.copyObject(b -> b.sourceBucket(bucket).sourceKey(key).destinationBucket(bucket).destinationKey(target));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("fileId", fileId);
        body.put("sourceKey", key);
        body.put("etag", etag);
        body.put("reasons", reasons);
        s3.putObject(b -> b.bucket(bucket).key(target + REASONS_SUFFIX).contentType("application/json"),
                RequestBody.fromBytes(StorageJson.write(body).getBytes(StandardCharsets.UTF_8)));
        return target;
    }
}
