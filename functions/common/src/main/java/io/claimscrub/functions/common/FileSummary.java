package io.claimscrub.functions.common;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.claimscrub.engine.RiskLevel;
import io.claimscrub.finding.Finding;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A file record as read back: what the API shows for {@code GET /v1/files/{fileId}}.
 *
 * @param key             the S3 key the file was dropped under
 * @param claimsTotal     claims (and claim rejections) in the file; null until parsing ends
 * @param batchesTotal    work batches written; null until parsing ends
 * @param riskLevels      scrubbed claims by risk level (their sum is claimsScrubbed)
 * @param scrubbedBatches the batches already counted (the idempotency set)
 * @param reasons         why a REJECTED file could not be read (X12_SYNTAX findings); empty otherwise
 * @param rejectedKey     where a REJECTED file was copied to; null otherwise
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"fileId", "status", "bucket", "key", "etag", "createdAt", "updatedAt", "completedAt",
        "claimsTotal", "claimsScrubbed", "claimsRejected", "riskLevels", "batchesTotal", "batchesScrubbed",
        "rejectedKey", "reasons"})
public record FileSummary(String fileId, FileStatus status, String bucket, String key, String etag,
                          String createdAt, String updatedAt, String completedAt, Integer claimsTotal,
                          Integer batchesTotal, int claimsScrubbed, int claimsRejected,
                          Map<RiskLevel, Integer> riskLevels, @JsonIgnore Set<Integer> scrubbedBatches,
                          @JsonInclude(JsonInclude.Include.NON_EMPTY) List<Finding> reasons, String rejectedKey) {
    public FileSummary {
        riskLevels = Map.copyOf(riskLevels);
        scrubbedBatches = Set.copyOf(scrubbedBatches);
        reasons = reasons == null ? List.of() : List.copyOf(reasons);
    }

    @JsonProperty("batchesScrubbed")
    public int batchesScrubbed() {
        return scrubbedBatches.size();
    }

    /** Claims with a stored result, scrubbed or rejected. */
    @JsonIgnore
    public int claimsDone() {
        return claimsScrubbed + claimsRejected;
    }

    /** True when parsing is over and every claim has its result: the condition for COMPLETE. */
    @JsonIgnore
    public boolean allClaimsDone() {
        return claimsTotal != null && claimsDone() == claimsTotal;
    }

    /** The highest batch number that may hold results now: all of them once parsed, else the highest scrubbed. */
    @JsonIgnore
    public int lastBatch() {
        if (batchesTotal != null) {
            return batchesTotal;
        }
        return scrubbedBatches.stream().mapToInt(Integer::intValue).max().orElse(0);
    }
}
