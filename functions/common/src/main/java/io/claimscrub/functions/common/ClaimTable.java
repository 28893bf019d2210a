package io.claimscrub.functions.common;

import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.Projection;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

/**
 * The one results table: its keys, indexes and attribute names, in one place. template.yaml declares
 * the same table (a template test compares them) and the local stack creates it from
 * {@link #createTableRequest(String)}.
 *
 * <p>Items:
 * <ul>
 *   <li>File record: {@code pk = FILE#<fileId>}, {@code sk = SUMMARY}. Status, counters, the set of
 *       scrubbed batch ids. Carries {@code objectKey}/{@code createdAt}, so it is in {@link #BY_OBJECT_KEY}.</li>
 *   <li>Claim result: {@code pk = FILE#<fileId>#B<batch>}, {@code sk = CLAIM#<seq>} (seq: 1-based position
 *       in the file). One partition per work batch rather than one per file, so that the batches of a
 *       large file, scrubbed in parallel, write to many partitions instead of one hot one. Carries
 *       {@code claimId}/{@code scrubbedAt}, so it is in {@link #BY_CLAIM_ID} (claim ids repeat across
 *       files, and even within one).</li>
 * </ul>
 * Both indexes are sparse: each holds only the items that carry its key attributes.
 */
public final class ClaimTable {
    public static final String PK = "pk";
    public static final String SK = "sk";
    public static final String BY_CLAIM_ID = "claimId-index";
    public static final String BY_OBJECT_KEY = "objectKey-index";
    /** Epoch seconds after which DynamoDB's TTL deletes the item. */
    public static final String EXPIRES_AT = "expiresAt";

    // Attributes of both kinds of item.
    public static final String FILE_ID = "fileId";
    public static final String STATUS = "status";

    // File record attributes.
    public static final String BUCKET = "bucket";
    public static final String OBJECT_KEY = "objectKey";
    public static final String ETAG = "etag";
    public static final String CREATED_AT = "createdAt";
    public static final String UPDATED_AT = "updatedAt";
    public static final String COMPLETED_AT = "completedAt";
    public static final String CLAIMS_TOTAL = "claimsTotal";
    public static final String BATCHES_TOTAL = "batchesTotal";
    /** claimsScrubbed + claimsRejected, kept as its own counter because a condition cannot add. */
    public static final String CLAIMS_DONE = "claimsDone";
    public static final String CLAIMS_SCRUBBED = "claimsScrubbed";
    public static final String CLAIMS_REJECTED = "claimsRejected";
    public static final String RISK_PREFIX = "risk";
    public static final String BATCHES_SCRUBBED = "batchesScrubbed";
    public static final String REASONS = "reasons";
    public static final String REJECTED_KEY = "rejectedKey";

    // Claim result attributes.
    public static final String BATCH = "batch";
    public static final String SEQ = "seq";
    public static final String CLAIM_ID = "claimId";
    public static final String SCRUBBED_AT = "scrubbedAt";
    public static final String PAYER_ID = "payerId";
    public static final String PAYER_PROFILE = "payerProfile";
    public static final String DATE_OF_SERVICE = "dateOfService";
    public static final String CODES = "codes";
    public static final String BILLED_UNITS = "billedUnits";
    public static final String RISK_SCORE = "riskScore";
    public static final String RISK_LEVEL = "riskLevel";
    public static final String RESULT = "result";

    private static final String FILE_PREFIX = "FILE#";
    private static final String SUMMARY = "SUMMARY";
    static final String CLAIM_PREFIX = "CLAIM#";

    private ClaimTable() {
    }

    public static Map<String, AttributeValue> fileKey(String fileId) {
        return Map.of(PK, s(FILE_PREFIX + fileId), SK, s(SUMMARY));
    }

    /** The partition of one batch's claim results. */
    public static String claimPartition(String fileId, int batch) {
        return FILE_PREFIX + fileId + "#B" + batch;
    }

    /** A claim's key: its batch's partition, and its number in the file zero-padded to 9 digits (file order). */
    public static Map<String, AttributeValue> claimKey(String fileId, int batch, long seq) {
        return Map.of(PK, s(claimPartition(fileId, batch)), SK, s(CLAIM_PREFIX + zeroPadded(seq)));
    }

    /** {@code String.format("%09d", seq)} for the non-negative numbers claims get, without a Formatter per claim. */
    private static String zeroPadded(long seq) {
        String digits = Long.toString(seq);
        return digits.length() >= 9 ? digits : "0".repeat(9 - digits.length()) + digits;
    }

    /** The table as template.yaml declares it (keys, indexes, on-demand billing). */
    public static CreateTableRequest createTableRequest(String tableName) {
        return CreateTableRequest.builder()
                .tableName(tableName)
                .billingMode(BillingMode.PAY_PER_REQUEST)
                .attributeDefinitions(stringAttribute(PK), stringAttribute(SK), stringAttribute(CLAIM_ID),
                        stringAttribute(SCRUBBED_AT), stringAttribute(OBJECT_KEY), stringAttribute(CREATED_AT))
                .keySchema(hash(PK), range(SK))
                .globalSecondaryIndexes(index(BY_CLAIM_ID, CLAIM_ID, SCRUBBED_AT), index(BY_OBJECT_KEY, OBJECT_KEY, CREATED_AT))
                .build();
    }

    static AttributeValue s(String value) {
        return AttributeValue.fromS(value);
    }

    static AttributeValue n(long value) {
        return AttributeValue.fromN(Long.toString(value));
    }

    private static GlobalSecondaryIndex index(String name, String hash, String range) {
        return GlobalSecondaryIndex.builder()
                .indexName(name)
                .keySchema(hash(hash), range(range))
                .projection(Projection.builder().projectionType(ProjectionType.ALL).build())
                .build();
    }

    private static AttributeDefinition stringAttribute(String name) {
        return AttributeDefinition.builder().attributeName(name).attributeType(ScalarAttributeType.S).build();
    }

    private static KeySchemaElement hash(String name) {
        return KeySchemaElement.builder().attributeName(name).keyType(KeyType.HASH).build();
    }

    private static KeySchemaElement range(String name) {
        return KeySchemaElement.builder().attributeName(name).keyType(KeyType.RANGE).build();
    }
}
