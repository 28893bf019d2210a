package io.claimscrub.functions.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.claimscrub.engine.ClaimResult;
import io.claimscrub.engine.RiskLevel;
import io.claimscrub.finding.RuleId;
import io.claimscrub.json.ClaimJson;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** The item mappings, both ways, without a table. */
class StoredItemsTest {
    private static final FunctionConfig CONFIG = FunctionConfig.fromEnvironment(
            Map.of("BUCKET_NAME", "drops", "TABLE_NAME", "results", "RESULT_TTL_DAYS", "10"));
    private static final String FILE_ID = FileId.of("drops", "inbound/a.837", "e1");

    @Test
    void aClaimItemHoldsTheQueryableFieldsAndTheWholeResponse() {
        ClaimResult result = new ClaimResult("PCN-1001", ClaimResult.Status.SCRUBBED, 40, RiskLevel.HIGH, "medicare", null,
                List.of(RuleId.DISCIPLINE_MODIFIER_MISSING.onLine(1, "97530", "no GP", "add GP")));
        Instant now = Instant.parse("2026-11-02T10:00:00Z");
        // The item is built without touching the table, so no client is needed here.
        Map<String, AttributeValue> item = new ClaimResults(null, CONFIG)
                .item(new BatchRef(FILE_ID, 2), 501, WorkBatchCodecTest.fullClaim(), result, now);
        assertEquals("FILE#" + FILE_ID + "#B2", item.get("pk").s());
        assertEquals("PCN-1001", item.get("claimId").s());
        assertEquals("MEDICARE", item.get("payerId").s());
        assertEquals("2026-11-02", item.get("dateOfService").s());
        assertEquals(List.of("97530", "97110"), item.get("codes").l().stream().map(AttributeValue::s).toList());
        assertEquals("2", item.get("billedUnits").n(), "the minutes-billed line counts zero units");
        assertEquals("HIGH", item.get("riskLevel").s());
        assertEquals(Long.toString(now.getEpochSecond() + 10 * 86400), item.get("expiresAt").n());
        JsonNode response = StorageJson.tree(item.get("result").s());
        assertEquals(ClaimJson.toTree(result), response);

        ClaimRecord back = ClaimResults.fromItem(item);
        assertEquals(501, back.seq());
        assertEquals("PCN-1001", back.claimId());
        assertEquals(response, back.result());
    }

    @Test
    void aRejectionWithoutClaimIdStaysOutOfTheClaimIdIndex() {
        ClaimResult rejection = new ClaimResult(null, ClaimResult.Status.REJECTED, 40, RiskLevel.HIGH, null, null,
                List.of(RuleId.X12_SYNTAX.onClaim("bad GS", null)));
        Map<String, AttributeValue> item = new ClaimResults(null, CONFIG)
                .item(new BatchRef(FILE_ID, 1), 1, null, rejection, Instant.now());
        assertFalse(item.containsKey("claimId"));
        assertEquals("REJECTED", item.get("status").s());
        assertNull(ClaimResults.fromItem(item).claimId());
    }

    @Test
    void aFileRecordReadsBackWithItsCountersAndBatchSet() {
        Map<String, AttributeValue> item = new HashMap<>(ClaimTable.fileKey(FILE_ID));
        item.put("fileId", AttributeValue.fromS(FILE_ID));
        item.put("status", AttributeValue.fromS("PARSED"));
        item.put("objectKey", AttributeValue.fromS("inbound/a.837"));
        item.put("claimsTotal", AttributeValue.fromN("5"));
        item.put("batchesTotal", AttributeValue.fromN("3"));
        item.put("claimsScrubbed", AttributeValue.fromN("3"));
        item.put("claimsRejected", AttributeValue.fromN("2"));
        item.put("riskHigh", AttributeValue.fromN("1"));
        item.put("riskLow", AttributeValue.fromN("2"));
        item.put("batchesScrubbed", AttributeValue.fromSs(List.of("1", "3")));
        FileSummary file = FileRecords.fromItem(item);
        assertEquals(FileStatus.PARSED, file.status());
        assertEquals(Map.of(RiskLevel.LOW, 2, RiskLevel.MEDIUM, 0, RiskLevel.HIGH, 1), file.riskLevels());
        assertTrue(file.allClaimsDone());
        assertEquals(3, file.lastBatch());

        JsonNode json = ClaimJson.tree(file);
        assertEquals(2, json.get("batchesScrubbed").intValue(), "the API shows the count, not the set");
        assertEquals("inbound/a.837", json.get("key").textValue());
        assertEquals(1, json.get("riskLevels").get("HIGH").intValue());
        assertFalse(json.has("scrubbedBatches"));
        assertFalse(json.has("reasons"), "no empty reasons on a good file");
    }

    @Test
    void whileParsingTheLastBatchIsTheHighestScrubbedOne() {
        Map<String, AttributeValue> item = new HashMap<>(ClaimTable.fileKey(FILE_ID));
        item.put("status", AttributeValue.fromS("PARSING"));
        item.put("batchesScrubbed", AttributeValue.fromSs(List.of("2", "4")));
        FileSummary file = FileRecords.fromItem(item);
        assertEquals(4, file.lastBatch());
        assertFalse(file.allClaimsDone(), "not done before the total is known");
    }

    @Test
    void riskCountersHaveReadableNames() {
        assertEquals("riskMedium", FileRecords.riskAttribute(RiskLevel.MEDIUM));
    }
    @Test
    void anItemPastDynamoDbsLimitsIsToldApart() {
        ClaimResults results = new ClaimResults(null, CONFIG);
        BatchRef ref = new BatchRef(FILE_ID, 1);
        Instant now = Instant.parse("2026-11-02T10:00:00Z");
        ClaimResult usual = new ClaimResult("PCN-1001", ClaimResult.Status.SCRUBBED, 0, RiskLevel.LOW, "medicare", null, List.of());
        assertTrue(ClaimResults.fits(results.item(ref, 1, WorkBatchCodecTest.fullClaim(), usual, now)));
        // a 500 KB CLM01 (the reader takes segments up to 1 MiB): DynamoDB refuses the item
        ClaimResult huge = new ClaimResult("C".repeat(500_000), ClaimResult.Status.SCRUBBED, 0, RiskLevel.LOW, "medicare", null, List.of());
        Map<String, AttributeValue> item = results.item(ref, 1, null, huge, now);
        assertFalse(ClaimResults.fits(item));
        assertNull(item.get("claimId"), "too long for the claimId index");
        // 3000 characters fit the item but not the index's 2048-byte partition key: scrubbed, not indexed
        ClaimResult longId = new ClaimResult("C".repeat(3000), ClaimResult.Status.SCRUBBED, 0, RiskLevel.LOW, "medicare", null, List.of());
        Map<String, AttributeValue> indexless = results.item(ref, 1, null, longId, now);
        assertTrue(ClaimResults.fits(indexless));
        assertNull(indexless.get("claimId"));
        assertTrue(ClaimResults.indexable("C".repeat(2048)));
        assertFalse(ClaimResults.indexable("é".repeat(1025)), "bytes, not characters");
    }
}
