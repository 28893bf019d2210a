package io.claimscrub.functions.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;

class ClaimTableTest {
    private static List<String> keys(List<KeySchemaElement> schema) {
        return schema.stream().map(k -> k.attributeName() + ":" + k.keyTypeAsString()).toList();
    }

    @Test
    void theTableHasItsKeysAndTwoSparseIndexes() {
        CreateTableRequest request = ClaimTable.createTableRequest("results");
        assertEquals("results", request.tableName());
        assertEquals(BillingMode.PAY_PER_REQUEST, request.billingMode());
        assertEquals(List.of("pk:HASH", "sk:RANGE"), keys(request.keySchema()));
        Map<String, GlobalSecondaryIndex> indexes = request.globalSecondaryIndexes().stream()
                .collect(Collectors.toMap(GlobalSecondaryIndex::indexName, i -> i));
        assertEquals(List.of("claimId:HASH", "scrubbedAt:RANGE"), keys(indexes.get(ClaimTable.BY_CLAIM_ID).keySchema()));
        assertEquals(List.of("objectKey:HASH", "createdAt:RANGE"), keys(indexes.get(ClaimTable.BY_OBJECT_KEY).keySchema()));
        indexes.values().forEach(i -> assertEquals(ProjectionType.ALL, i.projection().projectionType()));
        // Every key attribute, and only those, is defined (DynamoDB refuses any other).
        assertEquals(6, request.attributeDefinitions().size());
    }

    @Test
    void claimKeysSortInFileOrderWithinTheirBatchPartition() {
        String fileId = FileId.of("b", "k", "e");
        var first = ClaimTable.claimKey(fileId, 3, 1001);
        var second = ClaimTable.claimKey(fileId, 3, 1002);
        assertEquals("FILE#" + fileId + "#B3", first.get("pk").s());
        assertTrue(first.get("sk").s().compareTo(second.get("sk").s()) < 0);
        assertTrue(ClaimTable.claimKey(fileId, 3, 99).get("sk").s().compareTo(first.get("sk").s()) < 0,
                "zero-padded, so 99 sorts before 1001");
        assertEquals("FILE#" + fileId, ClaimTable.fileKey(fileId).get("pk").s());
        for (long seq : new long[] {0, 7, 1001, 123_456_789, 1_234_567_890}) {
            assertEquals("CLAIM#" + String.format("%09d", seq), ClaimTable.claimKey(fileId, 1, seq).get("sk").s());
        }
    }
}
