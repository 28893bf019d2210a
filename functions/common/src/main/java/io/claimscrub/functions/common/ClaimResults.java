package io.claimscrub.functions.common;

import static io.claimscrub.functions.common.ClaimTable.*;

import io.claimscrub.engine.ClaimResult;
import io.claimscrub.json.ClaimJson;
import io.claimscrub.model.Claim;
import io.claimscrub.model.ServiceLine;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.ToLongFunction;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.PutRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/**
 * One item per claim result. Keys are deterministic (file, batch, position in the file), so writing
 * a batch again overwrites the same items: re-deliveries and retries cannot duplicate a claim.
 */
public final class ClaimResults {
    /** BatchWriteItem's own limit. */
    private static final int WRITE_CHUNK = 25;
    /** DynamoDB refuses an item over 400 KB; {@link #fits} keeps a margin below it. */
    static final int MAX_ITEM_BYTES = 380 * 1024;
    /**
     * A page stops once its results reach this many characters, whatever its limit: Lambda returns at
     * most 6 MB, and a page of 1000 claims of 50 faulty lines each would be about 64 MB (the API's 502).
     * Escaping and the page's other fields stay well within the rest.
     */
    static final int MAX_PAGE_CHARS = 4_000_000;

    private final DynamoDbClient dynamo;
    private final String table;
    private final int ttlDays;
    private final Backoff backoff;

    public ClaimResults(DynamoDbClient dynamo, FunctionConfig config) {
        this(dynamo, config, Backoff.standard());
    }

    public ClaimResults(DynamoDbClient dynamo, FunctionConfig config, Backoff backoff) {
        this.dynamo = dynamo;
        this.table = config.tableName();
        this.ttlDays = config.resultTtlDays();
        this.backoff = backoff;
    }

    /**
     * The item for one result.
     *
     * @param claim the claim as read, or null for a claim the reader rejected
     */
    public Map<String, AttributeValue> item(BatchRef ref, long seq, Claim claim, ClaimResult result, Instant now) {
        Map<String, AttributeValue> item = new HashMap<>(claimKey(ref.fileId(), ref.batch(), seq));
        item.put(FILE_ID, s(ref.fileId()));
        item.put(BATCH, n(ref.batch()));
        item.put(SEQ, n(seq));
        item.put(STATUS, s(result.status().name()));
        item.put(SCRUBBED_AT, s(now.toString()));
        item.put(EXPIRES_AT, n(now.plus(ttlDays, ChronoUnit.DAYS).getEpochSecond()));
        item.put(RISK_SCORE, n(result.riskScore()));
        item.put(RISK_LEVEL, s(result.riskLevel().name()));
        item.put(RESULT, s(ClaimJson.write(result)));
        // An id too long for the index stays in the result, out of the index: DynamoDB would refuse the
        // whole write (and GET /v1/claims/{claimId} could not carry it anyway).
        if (result.claimId() != null && indexable(result.claimId())) {
            item.put(CLAIM_ID, s(result.claimId()));
        }
        if (result.payerProfile() != null) {
            item.put(PAYER_PROFILE, s(result.payerProfile()));
        }
        if (claim != null) {
            if (claim.payer().id() != null) {
                item.put(PAYER_ID, s(claim.payer().id()));
            }
            firstDate(claim).ifPresent(date -> item.put(DATE_OF_SERVICE, s(date.toString())));
            if (!claim.lines().isEmpty()) {
                item.put(CODES, AttributeValue.fromL(claim.lines().stream().map(l -> s(l.code())).toList()));
            }
            item.put(BILLED_UNITS, n(claim.lines().stream().mapToInt(ServiceLine::billedUnits).sum()));
        }
        return item;
    }

    /** Whether a claim id fits the claimId index's partition key. */
    public static boolean indexable(String claimId) {
        return KeyLimits.fits(claimId, KeyLimits.DYNAMODB_PARTITION_KEY_BYTES);
    }

    /**
     * Whether DynamoDB takes the item: a value far longer than the 837 allows (a 500 KB CLM01,
     * procedure code or payer id: the reader takes segments up to 1 MiB) makes it larger than 400 KB,
     * and then BatchWriteItem fails on every retry and holds up every claim of the batch.
     */
    public static boolean fits(Map<String, AttributeValue> item) {
        // At most 3 UTF-8 bytes a char: the usual item needs no exact count.
        return size(item, text -> 3L * text.length()) <= MAX_ITEM_BYTES
                || size(item, KeyLimits::utf8Bytes) <= MAX_ITEM_BYTES;
    }

    /** An item's size as DynamoDB counts it, its texts measured by {@code bytes}. */
    private static long size(Map<String, AttributeValue> item, ToLongFunction<String> bytes) {
        long size = 0;
        for (Map.Entry<String, AttributeValue> attribute : item.entrySet()) {
            size += bytes.applyAsLong(attribute.getKey()) + size(attribute.getValue(), bytes);
        }
        return size;
    }

    private static long size(AttributeValue value, ToLongFunction<String> bytes) {
        if (value.s() != null) {
            return bytes.applyAsLong(value.s());
        }
        if (value.n() != null) {
            return value.n().length();
        }
        return value.hasL() ? value.l().stream().mapToLong(v -> size(v, bytes) + 1).sum() + 3 : 1;
    }

    /** Writes items with BatchWriteItem, 25 at a time, re-sending unprocessed items with backoff. */
    public void putAll(List<Map<String, AttributeValue>> items) {
        for (int from = 0; from < items.size(); from += WRITE_CHUNK) {
            List<WriteRequest> chunk = items.subList(from, Math.min(items.size(), from + WRITE_CHUNK)).stream()
                    .map(item -> WriteRequest.builder().putRequest(PutRequest.builder().item(item).build()).build())
                    .toList();
            UnprocessedRetry.run(Map.of(table, chunk),
                    pending -> dynamo.batchWriteItem(b -> b.requestItems(pending)).unprocessedItems(),
                    backoff);
        }
    }

    /**
     * A page of a file's claims in file order. They live in one partition per batch, so the listing
     * walks batches 1..{@link FileSummary#lastBatch()}; the token says where it stopped.
     */
    public Page<ClaimRecord> ofFile(FileSummary file, int limit, String nextToken) {
        PageToken token = nextToken == null ? new PageToken(1, null) : PageToken.decode(nextToken);
        int batch = token.batch() == null ? 1 : token.batch();
        Map<String, AttributeValue> start = startKey(token, Set.of(PK, SK));
        if (start != null && !s(claimPartition(file.fileId(), batch)).equals(start.get(PK))) {
            throw new IllegalArgumentException("nextToken belongs to another listing");
        }
        List<ClaimRecord> claims = new ArrayList<>();
        long[] chars = {0};
        int lastBatch = file.lastBatch();
        while (batch <= lastBatch && claims.size() < limit && chars[0] < MAX_PAGE_CHARS) {
            int partition = batch;
            Map<String, AttributeValue> from = start;
            int want = limit - claims.size();
            QueryResponse page = dynamo.query(b -> {
                b.tableName(table).consistentRead(true)
                        .keyConditionExpression("#pk = :pk")
                        .expressionAttributeNames(Map.of("#pk", PK))
                        .expressionAttributeValues(Map.of(":pk", s(claimPartition(file.fileId(), partition))))
                        .limit(want);
                if (from != null) {
                    b.exclusiveStartKey(from);
                }
            });
            Map<String, AttributeValue> last = take(page.items(), claims, chars);
            if (last != null) {
                start = Map.of(PK, last.get(PK), SK, last.get(SK));
            } else if (page.hasLastEvaluatedKey() && !page.lastEvaluatedKey().isEmpty()) {
                start = page.lastEvaluatedKey();
            } else {
                start = null;
                batch++;
            }
        }
        boolean more = start != null || batch <= lastBatch;
        return new Page<>(claims, more ? new PageToken(batch, start).encode() : null);
    }

    /** A page of the results stored for a claim id, newest first (ids repeat across files). */
    public Page<ClaimRecord> byClaimId(String claimId, int limit, String nextToken) {
        Map<String, AttributeValue> start = nextToken == null ? null
                : startKey(PageToken.decode(nextToken), Set.of(CLAIM_ID, SCRUBBED_AT, PK, SK));
        if (start != null && !s(claimId).equals(start.get(CLAIM_ID))) {
            throw new IllegalArgumentException("nextToken belongs to another listing");
        }
        QueryResponse page = dynamo.query(b -> {
            b.tableName(table).indexName(BY_CLAIM_ID)
                    .keyConditionExpression("#c = :c")
                    .expressionAttributeNames(Map.of("#c", CLAIM_ID))
                    .expressionAttributeValues(Map.of(":c", s(claimId)))
                    .scanIndexForward(false)
                    .limit(limit);
            if (start != null) {
                b.exclusiveStartKey(start);
            }
        });
        List<ClaimRecord> claims = new ArrayList<>();
        Map<String, AttributeValue> last = take(page.items(), claims, new long[] {0});
        Map<String, AttributeValue> next = last != null
                ? Map.of(CLAIM_ID, last.get(CLAIM_ID), SCRUBBED_AT, last.get(SCRUBBED_AT), PK, last.get(PK), SK, last.get(SK))
                : page.hasLastEvaluatedKey() && !page.lastEvaluatedKey().isEmpty() ? page.lastEvaluatedKey() : null;
        return new Page<>(claims, next != null ? new PageToken(null, next).encode() : null);
    }

    /**
     * Adds items to a page until their results reach {@link #MAX_PAGE_CHARS} (always one at least).
     * Returns the last item taken when that cut the query's items short, else null.
     */
    private static Map<String, AttributeValue> take(List<Map<String, AttributeValue>> items, List<ClaimRecord> claims,
                                                    long[] chars) {
        for (int i = 0; i < items.size(); i++) {
            Map<String, AttributeValue> item = items.get(i);
            claims.add(fromItem(item));
            chars[0] += item.get(RESULT).s().length();
            if (chars[0] >= MAX_PAGE_CHARS && i < items.size() - 1) {
                return item;
            }
        }
        return null;
    }

    /**
     * The token's key to start after, or null for the first page. It must be a key DynamoDB takes for
     * this listing: exactly its key attributes, each within the key-size limits. Anything else is a
     * mangled or forged token, refused here; DynamoDB's ValidationException had been the API's 500.
     */
    private static Map<String, AttributeValue> startKey(PageToken token, Set<String> names) {
        Map<String, AttributeValue> key = token.lastKey();
        if (key.isEmpty()) {
            return null;
        }
        boolean valid = key.keySet().equals(names) && key.entrySet().stream().allMatch(e -> e.getKey().equals(CLAIM_ID)
                ? indexable(e.getValue().s()) : KeyLimits.fits(e.getValue().s(), KeyLimits.DYNAMODB_SORT_KEY_BYTES));
        if (!valid) {
            throw new IllegalArgumentException("nextToken is not a token this API issued");
        }
        return key;
    }

    static ClaimRecord fromItem(Map<String, AttributeValue> item) {
        AttributeValue claimId = item.get(CLAIM_ID);
        return new ClaimRecord(item.get(FILE_ID).s(), Long.parseLong(item.get(SEQ).n()),
                claimId == null ? null : claimId.s(), item.get(SCRUBBED_AT).s(), StorageJson.tree(item.get(RESULT).s()));
    }

    private static Optional<LocalDate> firstDate(Claim claim) {
        if (claim.dateOfService() != null) {
            return Optional.of(claim.dateOfService());
        }
        return claim.lines().stream().map(ServiceLine::dateOfService).filter(Objects::nonNull).min(LocalDate::compareTo);
    }
}
