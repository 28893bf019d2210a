package io.claimscrub.functions.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.claimscrub.engine.RiskLevel;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;

/**
 * Paging without a table: page tokens that decode but name no key DynamoDB takes for the listing are
 * refused before any query (the client is null: a query would fail there; they had reached DynamoDB,
 * whose ValidationException was the API's 500), and pages stop at the size Lambda can return.
 */
class ClaimResultsPageTest {
    private static final FunctionConfig CONFIG = FunctionConfig.fromEnvironment(Map.of("BUCKET_NAME", "b", "TABLE_NAME", "t"));
    private static final String FILE_ID = FileId.of("b", "inbound/a.837", "e1");
    private static final FileSummary FILE = new FileSummary(FILE_ID, FileStatus.COMPLETE, "b", "inbound/a.837", "e1",
            null, null, null, 600, 2, 600, 0, Map.of(RiskLevel.LOW, 600), Set.of(1, 2), List.of(), null);

    private final ClaimResults results = new ClaimResults(null, CONFIG);

    @Test
    void aFileTokenWithoutItsSortKeyOrWithAnOversizedOneIsRefused() {
        String pk = "FILE#" + FILE_ID + "#B1";
        for (String key : List.of("{\"pk\":\"" + pk + "\"}", "{\"pk\":\"" + pk + "\",\"sk\":\"" + "x".repeat(1025) + "\"}",
                "{\"pk\":\"" + pk + "\",\"sk\":\"CLAIM#000000001\",\"claimId\":\"A\"}")) {
            var e = assertThrows(IllegalArgumentException.class, () -> results.ofFile(FILE, 10, token("{\"b\":1,\"k\":" + key + "}")));
            assertEquals("nextToken is not a token this API issued", e.getMessage());
        }
    }

    @Test
    void aClaimTokenWithoutAllFourKeyAttributesOrWithAnOversizedOneIsRefused() {
        for (String key : List.of("{\"claimId\":\"A\",\"scrubbedAt\":\"z\",\"pk\":\"p\"}",
                "{\"claimId\":\"A\",\"scrubbedAt\":\"" + "x".repeat(3000) + "\",\"pk\":\"p\",\"sk\":\"s\"}")) {
            var e = assertThrows(IllegalArgumentException.class, () -> results.byClaimId("A", 10, token("{\"k\":" + key + "}")));
            assertEquals("nextToken is not a token this API issued", e.getMessage());
        }
    }

    @Test
    void aPageStopsWhenItsResultsReachTheSizeLambdaCanReturn() {
        // 5 claims of 1.5 million characters in batch 1, 1 in batch 2: limit 100 would have been 9 MB
        List<Map<String, AttributeValue>> items = new ArrayList<>();
        for (int seq = 1; seq <= 6; seq++) {
            items.add(item(seq <= 5 ? 1 : 2, seq, 1_500_000));
        }
        ClaimResults store = new ClaimResults(fakeTable(items), CONFIG);
        List<Long> seen = new ArrayList<>();
        List<Integer> pageSizes = new ArrayList<>();
        String next = null;
        do {
            Page<ClaimRecord> page = store.ofFile(FILE, 100, next);
            page.items().forEach(c -> seen.add(c.seq()));
            pageSizes.add(page.items().size());
            next = page.nextToken();
        } while (next != null);
        assertEquals(List.of(1L, 2L, 3L, 4L, 5L, 6L), seen, "every claim once, in file order");
        assertEquals(List.of(3, 3), pageSizes, "cut at 4 million characters, the claim that passed it included");

        seen.clear();
        pageSizes.clear();
        next = null;
        do {
            Page<ClaimRecord> page = store.byClaimId("A", 100, next);
            page.items().forEach(c -> seen.add(c.seq()));
            pageSizes.add(page.items().size());
            next = page.nextToken();
        } while (next != null);
        assertEquals(List.of(1L, 2L, 3L, 4L, 5L, 6L), seen);
        assertEquals(List.of(3, 3), pageSizes);
    }

    private static Map<String, AttributeValue> item(int batch, long seq, int resultChars) {
        Map<String, AttributeValue> item = new HashMap<>(ClaimTable.claimKey(FILE_ID, batch, seq));
        item.put(ClaimTable.FILE_ID, AttributeValue.fromS(FILE_ID));
        item.put(ClaimTable.SEQ, AttributeValue.fromN(Long.toString(seq)));
        item.put(ClaimTable.CLAIM_ID, AttributeValue.fromS("A"));
        item.put(ClaimTable.SCRUBBED_AT, AttributeValue.fromS("2026-11-02T10:00:0" + seq + "Z"));
        item.put(ClaimTable.RESULT, AttributeValue.fromS("{\"pad\":\"" + "x".repeat(resultChars) + "\"}"));
        return item;
    }

    /** A table that answers queries by partition (":pk") or claim id (":c"), in order, honouring Limit and ExclusiveStartKey. */
    private static DynamoDbClient fakeTable(List<Map<String, AttributeValue>> all) {
        return new DynamoDbClient() {
            @Override
            public QueryResponse query(QueryRequest q) {
                AttributeValue pk = q.expressionAttributeValues().get(":pk");
                List<Map<String, AttributeValue>> items = all.stream().filter(i -> pk == null || pk.equals(i.get(ClaimTable.PK))).toList();
                int from = 0;
                if (q.hasExclusiveStartKey()) {
                    from = items.indexOf(items.stream().filter(i -> i.get(ClaimTable.SK).equals(q.exclusiveStartKey().get(ClaimTable.SK))
                            && i.get(ClaimTable.PK).equals(q.exclusiveStartKey().get(ClaimTable.PK))).findFirst().orElseThrow()) + 1;
                }
                int to = Math.min(items.size(), from + q.limit());
                QueryResponse.Builder answer = QueryResponse.builder().items(items.subList(from, to));
                if (to < items.size()) {
                    Map<String, AttributeValue> last = items.get(to - 1);
                    answer.lastEvaluatedKey(pk != null ? Map.of(ClaimTable.PK, last.get(ClaimTable.PK), ClaimTable.SK, last.get(ClaimTable.SK))
                            : Map.of(ClaimTable.CLAIM_ID, last.get(ClaimTable.CLAIM_ID), ClaimTable.SCRUBBED_AT, last.get(ClaimTable.SCRUBBED_AT),
                                    ClaimTable.PK, last.get(ClaimTable.PK), ClaimTable.SK, last.get(ClaimTable.SK)));
                }
                return answer.build();
            }

            @Override
            public String serviceName() {
                return "dynamodb";
            }

            @Override
            public void close() {
            }
        };
    }

    private static String token(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }
}
