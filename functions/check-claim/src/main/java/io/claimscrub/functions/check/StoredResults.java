package io.claimscrub.functions.check;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.claimscrub.functions.common.ClaimRecord;
import io.claimscrub.functions.common.ClaimResults;
import io.claimscrub.functions.common.FileId;
import io.claimscrub.functions.common.FileSummary;
import io.claimscrub.functions.common.KeyLimits;
import io.claimscrub.functions.common.Page;
import io.claimscrub.functions.common.ResultStore;
import io.claimscrub.json.ClaimJson;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/** The read routes: files by key, one file with its claims in pages, the results of a claim id. */
final class StoredResults {
    static final int DEFAULT_LIMIT = 100;
    static final int MAX_LIMIT = 1000;

    private final ResultStore store;
    private final String inboundPrefix;

    StoredResults(ResultStore store, String inboundPrefix) {
        this.store = store;
        this.inboundPrefix = inboundPrefix;
    }

    /** {@code GET /v1/files?key=KEY}: the key as given, or else under the inbound prefix; newest first. */
    JsonNode filesByKey(String key) {
        if (key == null || key.isBlank()) {
            throw ApiException.badRequest("MISSING_PARAMETER", "give the S3 key of the file: /v1/files?key=inbound/claims.837");
        }
        List<FileSummary> files = findByKey(key);
        if (files.isEmpty() && !key.startsWith(inboundPrefix)) {
            files = findByKey(inboundPrefix + key);
        }
        ObjectNode answer = JsonNodeFactory.instance.objectNode();
        answer.put("key", key);
        ArrayNode list = answer.putArray("files");
        files.forEach(f -> list.add(ClaimJson.tree(f)));
        return answer;
    }

    /**
     * An S3 key is at most 1024 bytes, so a longer one names no file; DynamoDB would refuse it as an
     * index key (its ValidationException the API's 500) rather than find nothing.
     */
    private List<FileSummary> findByKey(String key) {
        return KeyLimits.fits(key, KeyLimits.S3_KEY_BYTES) ? store.filesByKey(key) : List.of();
    }

    /** {@code GET /v1/files/{fileId}}: the file's status and totals, and a page of its claims. */
    JsonNode file(String fileId, String limit, String nextToken) {
        int pageSize = limit(limit);
        FileSummary file = (FileId.looksValid(fileId) ? store.file(fileId) : Optional.<FileSummary>empty())
                .orElseThrow(() -> ApiException.notFound("no file with id " + fileId));
        Page<ClaimRecord> page = paged(() -> store.claimsOfFile(file, pageSize, nextToken));
        ObjectNode answer = (ObjectNode) ClaimJson.tree(file);
        addPage(answer, "claims", page);
        return answer;
    }

    /** {@code GET /v1/claims/{claimId}}: every stored result of the claim id, newest first (ids repeat across files). */
    JsonNode claim(String claimId, String limit, String nextToken) {
        int pageSize = limit(limit);
        if (!ClaimResults.indexable(claimId)) {
            // Never stored under the claim-id index (DynamoDB's key limit), and a query for it would be refused.
            throw ApiException.notFound("no stored result for claim id " + claimId);
        }
        Page<ClaimRecord> page = paged(() -> store.claimsById(claimId, pageSize, nextToken));
        if (page.items().isEmpty() && nextToken == null) {
            throw ApiException.notFound("no stored result for claim id " + claimId);
        }
        ObjectNode answer = JsonNodeFactory.instance.objectNode();
        answer.put("claimId", claimId);
        addPage(answer, "results", page);
        return answer;
    }

    private static Page<ClaimRecord> paged(Supplier<Page<ClaimRecord>> query) {
        try {
            return query.get();
        } catch (IllegalArgumentException e) {
            // Only the page token is validated by the store: a bad one is the client's mistake.
            throw ApiException.badRequest("INVALID_PARAMETER", e.getMessage());
        }
    }

    private static void addPage(ObjectNode answer, String field, Page<ClaimRecord> page) {
        ArrayNode list = answer.putArray(field);
        for (ClaimRecord claim : page.items()) {
            ObjectNode item = list.addObject();
            item.put("fileId", claim.fileId());
            item.put("seq", claim.seq());
            item.put("scrubbedAt", claim.scrubbedAt());
            if (claim.result().isObject()) {
                item.setAll((ObjectNode) claim.result());
            }
        }
        if (page.nextToken() != null) {
            answer.put("nextToken", page.nextToken());
        }
    }

    private static int limit(String text) {
        if (text == null || text.isBlank()) {
            return DEFAULT_LIMIT;
        }
        try {
            int value = Integer.parseInt(text.trim());
            if (value >= 1 && value <= MAX_LIMIT) {
                return value;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw ApiException.badRequest("INVALID_PARAMETER", "limit must be a whole number from 1 to " + MAX_LIMIT);
    }
}
