package io.claimscrub.functions.common;

import static io.claimscrub.functions.common.ClaimTable.*;

import io.claimscrub.engine.RiskLevel;
import io.claimscrub.finding.Finding;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;

/**
 * The file records and every state change they go through. Each change is one conditional write,
 * so repeated or concurrent deliveries cannot double anything (no transactions: the local stand-in
 * has none, and none are needed):
 * <ul>
 *   <li>{@link #begin}: put-if-absent, so the second delivery of an object finds the first one's record;</li>
 *   <li>{@link #recordBatch}: one update adds a batch's counts and its id to a set, only if the set does
 *       not hold the id yet, so a batch counts once however often it is delivered;</li>
 *   <li>{@link #markParsed} and {@link #recordBatch} both return the record as it is after them, and both
 *       sides then call {@link #completeIfDone}: whichever of "parsing ended" and "last batch counted"
 *       happens second sees both, so the file turns COMPLETE exactly once, in either order.</li>
 * </ul>
 */
public final class FileRecords {
    /** What {@link #begin} found. */
    public enum Start {
        /** First delivery: parse it. */
        NEW,
        /** A record left in PARSING by an earlier attempt (a crash, or a duplicate still running): parse again, deterministically. */
        RESUME,
        /** The file was parsed (or rejected) already: nothing to do. */
        DUPLICATE
    }

    public record Begin(Start start, FileSummary file) {
    }

    private final DynamoDbClient dynamo;
    private final String table;
    private final int ttlDays;

    public FileRecords(DynamoDbClient dynamo, FunctionConfig config) {
        this.dynamo = dynamo;
        this.table = config.tableName();
        this.ttlDays = config.resultTtlDays();
    }

    /** Creates the record in PARSING unless the file has one already. */
    public Begin begin(String fileId, String bucket, String key, String etag) {
        Instant now = Instant.now();
        Map<String, AttributeValue> item = new HashMap<>(fileKey(fileId));
        item.put(FILE_ID, s(fileId));
        item.put(STATUS, s(FileStatus.PARSING.name()));
        item.put(BUCKET, s(bucket));
        item.put(OBJECT_KEY, s(key));
        item.put(ETAG, s(FileId.unquote(etag)));
        item.put(CREATED_AT, s(now.toString()));
        item.put(UPDATED_AT, s(now.toString()));
        item.put(EXPIRES_AT, n(now.plus(ttlDays, ChronoUnit.DAYS).getEpochSecond()));
        item.put(CLAIMS_SCRUBBED, n(0));
        item.put(CLAIMS_REJECTED, n(0));
        item.put(CLAIMS_DONE, n(0));
        for (RiskLevel level : RiskLevel.values()) {
            item.put(riskAttribute(level), n(0));
        }
        try {
            dynamo.putItem(b -> b.tableName(table).item(item)
                    .conditionExpression("attribute_not_exists(#pk)")
                    .expressionAttributeNames(Map.of("#pk", PK)));
            return new Begin(Start.NEW, fromItem(item));
        } catch (ConditionalCheckFailedException e) {
            FileSummary existing = get(fileId).orElseThrow(() -> new IllegalStateException("file record " + fileId + " vanished"));
            return new Begin(existing.status() == FileStatus.PARSING ? Start.RESUME : Start.DUPLICATE, existing);
        }
    }

    /** Strongly consistent read of one record. */
    public Optional<FileSummary> get(String fileId) {
        Map<String, AttributeValue> item = dynamo.getItem(b -> b.tableName(table).key(fileKey(fileId)).consistentRead(true)).item();
        return item == null || item.isEmpty() ? Optional.empty() : Optional.of(fromItem(item));
    }

    /** Every record of a key (one per distinct content dropped under it), newest first. */
    public List<FileSummary> findByKey(String key) {
        List<FileSummary> files = new ArrayList<>();
        dynamo.queryPaginator(b -> b.tableName(table).indexName(BY_OBJECT_KEY)
                        .keyConditionExpression("#k = :k")
                        .expressionAttributeNames(Map.of("#k", OBJECT_KEY))
                        .expressionAttributeValues(Map.of(":k", s(key)))
                        .scanIndexForward(false))
                .items().forEach(item -> files.add(fromItem(item)));
        return files;
    }

    /** PARSING → PARSED with the totals; returns the record after, or empty if it was not PARSING any more. */
    public Optional<FileSummary> markParsed(String fileId, int claimsTotal, int batchesTotal) {
        try {
            var after = dynamo.updateItem(b -> b.tableName(table).key(fileKey(fileId))
                    .updateExpression("SET #status = :parsed, #total = :total, #batches = :batches, #updated = :now")
                    .conditionExpression("#status = :parsing")
                    .expressionAttributeNames(Map.of("#status", STATUS, "#total", CLAIMS_TOTAL,
                            "#batches", BATCHES_TOTAL, "#updated", UPDATED_AT))
                    .expressionAttributeValues(Map.of(":parsed", s(FileStatus.PARSED.name()),
                            ":parsing", s(FileStatus.PARSING.name()), ":total", n(claimsTotal),
                            ":batches", n(batchesTotal), ":now", s(Instant.now().toString())))
                    .returnValues(ReturnValue.ALL_NEW));
            return Optional.of(fromItem(after.attributes()));
        } catch (ConditionalCheckFailedException e) {
            return Optional.empty();
        }
    }

    /** PARSING → REJECTED with the reasons; false if it was not PARSING any more. */
    public boolean markRejected(String fileId, List<Finding> reasons, String rejectedKey) {
        try {
            dynamo.updateItem(b -> b.tableName(table).key(fileKey(fileId))
                    .updateExpression("SET #status = :rejected, #total = :zero, #batches = :zero, #reasons = :reasons,"
                            + " #rejectedKey = :rejectedKey, #updated = :now, #completed = :now")
                    .conditionExpression("#status = :parsing")
                    .expressionAttributeNames(Map.of("#status", STATUS, "#total", CLAIMS_TOTAL,
                            "#batches", BATCHES_TOTAL, "#reasons", REASONS, "#rejectedKey", REJECTED_KEY,
                            "#updated", UPDATED_AT, "#completed", COMPLETED_AT))
                    .expressionAttributeValues(Map.of(":rejected", s(FileStatus.REJECTED.name()),
                            ":parsing", s(FileStatus.PARSING.name()), ":zero", n(0),
                            ":reasons", s(StorageJson.write(reasons)), ":rejectedKey", s(rejectedKey),
                            ":now", s(Instant.now().toString()))));
            return true;
        } catch (ConditionalCheckFailedException e) {
            return false;
        }
    }

    /**
     * Adds one batch's counts, once: returns the record after the update, or empty when the batch was
     * counted before (or the file has no record).
     */
    public Optional<FileSummary> recordBatch(BatchRef ref, BatchCounts counts) {
        Map<String, String> names = new HashMap<>(Map.of("#pk", PK, "#done", CLAIMS_DONE, "#scrubbed", CLAIMS_SCRUBBED,
                "#rejected", CLAIMS_REJECTED, "#batchSet", BATCHES_SCRUBBED, "#updated", UPDATED_AT));
        Map<String, AttributeValue> values = new HashMap<>(Map.of(":done", n(counts.total()),
                ":scrubbed", n(counts.scrubbed()), ":rejected", n(counts.rejected()),
                ":batchSet", AttributeValue.fromSs(List.of(ref.batchId())), ":batchId", s(ref.batchId()),
                ":now", s(Instant.now().toString())));
        StringBuilder add = new StringBuilder("ADD #done :done, #scrubbed :scrubbed, #rejected :rejected, #batchSet :batchSet");
        for (RiskLevel level : RiskLevel.values()) {
            String name = "#" + riskAttribute(level);
            String value = ":" + riskAttribute(level);
            names.put(name, riskAttribute(level));
            values.put(value, n(counts.risk(level)));
            add.append(", ").append(name).append(' ').append(value);
        }
        try {
            var after = dynamo.updateItem(b -> b.tableName(table).key(fileKey(ref.fileId()))
                    .updateExpression(add + " SET #updated = :now")
                    .conditionExpression("attribute_exists(#pk) AND NOT contains(#batchSet, :batchId)")
                    .expressionAttributeNames(names)
                    .expressionAttributeValues(values)
                    .returnValues(ReturnValue.ALL_NEW));
            return Optional.of(fromItem(after.attributes()));
        } catch (ConditionalCheckFailedException e) {
            return Optional.empty();
        }
    }

    /**
     * PARSED → COMPLETE when every claim has its result. The condition re-checks on the server what
     * the caller saw, so of two callers that both see the last count only one succeeds.
     *
     * @return true when this call made the file COMPLETE
     */
    public boolean completeIfDone(FileSummary file) {
        if (file.status() != FileStatus.PARSED || !file.allClaimsDone()) {
            return false;
        }
        try {
            dynamo.updateItem(b -> b.tableName(table).key(fileKey(file.fileId()))
                    .updateExpression("SET #status = :complete, #completed = :now, #updated = :now")
                    .conditionExpression("#status = :parsed AND #done = #total")
                    .expressionAttributeNames(Map.of("#status", STATUS, "#completed", COMPLETED_AT,
                            "#updated", UPDATED_AT, "#done", CLAIMS_DONE, "#total", CLAIMS_TOTAL))
                    .expressionAttributeValues(Map.of(":complete", s(FileStatus.COMPLETE.name()),
                            ":parsed", s(FileStatus.PARSED.name()), ":now", s(Instant.now().toString()))));
            return true;
        } catch (ConditionalCheckFailedException e) {
            return false;
        }
    }

    static String riskAttribute(RiskLevel level) {
        String name = level.name();
        return RISK_PREFIX + name.charAt(0) + name.substring(1).toLowerCase(Locale.ROOT);
    }

    static FileSummary fromItem(Map<String, AttributeValue> item) {
        Map<RiskLevel, Integer> risk = new EnumMap<>(RiskLevel.class);
        for (RiskLevel level : RiskLevel.values()) {
            risk.put(level, intOr(item.get(riskAttribute(level)), 0));
        }
        Set<Integer> batches = new HashSet<>();
        AttributeValue batchSet = item.get(BATCHES_SCRUBBED);
        if (batchSet != null && batchSet.hasSs()) {
            batchSet.ss().forEach(id -> batches.add(Integer.parseInt(id)));
        }
        AttributeValue reasons = item.get(REASONS);
        return new FileSummary(text(item, FILE_ID), FileStatus.valueOf(text(item, STATUS)), text(item, BUCKET),
                text(item, OBJECT_KEY), text(item, ETAG), text(item, CREATED_AT), text(item, UPDATED_AT),
                text(item, COMPLETED_AT), integer(item.get(CLAIMS_TOTAL)), integer(item.get(BATCHES_TOTAL)),
                intOr(item.get(CLAIMS_SCRUBBED), 0), intOr(item.get(CLAIMS_REJECTED), 0), risk, batches,
                reasons == null ? List.of() : StorageJson.findings(reasons.s()), text(item, REJECTED_KEY));
    }

    private static String text(Map<String, AttributeValue> item, String name) {
        AttributeValue v = item.get(name);
        return v == null ? null : v.s();
    }

    private static Integer integer(AttributeValue v) {
        return v == null || v.n() == null ? null : Integer.valueOf(v.n());
    }

    private static int intOr(AttributeValue v, int fallback) {
        Integer value = integer(v);
        return value == null ? fallback : value;
    }
}
