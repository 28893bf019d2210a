package io.claimscrub.functions.check;

import static io.claimscrub.functions.check.CheckClaimHandlerTest.CONFIG;
import static io.claimscrub.functions.check.CheckClaimHandlerTest.assertError;
import static io.claimscrub.functions.check.CheckClaimHandlerTest.body;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import com.amazonaws.services.lambda.runtime.tests.annotations.Event;
import com.fasterxml.jackson.databind.JsonNode;
import io.claimscrub.engine.RiskLevel;
import io.claimscrub.functions.common.ClaimRecord;
import io.claimscrub.functions.common.FileStatus;
import io.claimscrub.functions.common.FileSummary;
import io.claimscrub.json.ClaimJson;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.api.Test;

/** The read routes over a fake of our own store (the store itself is proven on dynalite by the ITs). */
class StoredResultRoutesTest {
    private static final String FILE_ID = "0123456789abcdef01234567";

    private final FakeResultStore store = new FakeResultStore();
    private final CheckClaimHandler handler = new CheckClaimHandler(store, CONFIG);

    StoredResultRoutesTest() {
        store.files.put(FILE_ID, new FileSummary(FILE_ID, FileStatus.COMPLETE, "claimscrub-local", "inbound/acme/claims.837",
                "9b2cf535f27731c974343645a3985328", "2026-11-02T10:00:00Z", "2026-11-02T10:00:09Z", "2026-11-02T10:00:09Z",
                120, 1, 119, 1, Map.of(RiskLevel.LOW, 100, RiskLevel.MEDIUM, 15, RiskLevel.HIGH, 4), Set.of(1), List.of(), null));
        List<ClaimRecord> claims = new ArrayList<>();
        for (int seq = 1; seq <= 120; seq++) {
            String claimId = seq == 7 ? "PCN-1001" : "PCN-" + (5000 + seq);
            JsonNode result = ClaimJson.mapper().createObjectNode().put("claimId", claimId).put("riskScore", 0)
                    .put("riskLevel", "LOW").set("findings", ClaimJson.mapper().createArrayNode());
            claims.add(new ClaimRecord(FILE_ID, seq, claimId, "2026-11-02T10:00:05Z", result));
        }
        store.claimsByFile.put(FILE_ID, claims);
    }

    private APIGatewayProxyResponseEvent get(String path, Map<String, String> query) {
        return handler.handleRequest(new APIGatewayProxyRequestEvent().withHttpMethod("GET").withPath(path)
                .withQueryStringParameters(query), null);
    }

    @ParameterizedTest
    @Event(value = "events/api-get-file.json", type = APIGatewayProxyRequestEvent.class)
    void aFileShowsItsTotalsAndPagesThroughItsClaims(APIGatewayProxyRequestEvent event) {
        APIGatewayProxyResponseEvent response = handler.handleRequest(event, null);
        assertEquals(200, response.getStatusCode(), response.getBody());
        JsonNode file = body(response);
        assertEquals("COMPLETE", file.get("status").textValue());
        assertEquals(120, file.get("claimsTotal").intValue());
        assertEquals(119, file.get("claimsScrubbed").intValue());
        assertEquals(1, file.get("claimsRejected").intValue());
        assertEquals(4, file.get("riskLevels").get("HIGH").intValue());
        assertEquals(50, file.get("claims").size(), "the event asks for limit=50");
        assertEquals(1, file.get("claims").get(0).get("seq").intValue());
        assertEquals(FILE_ID, file.get("claims").get(0).get("fileId").textValue());

        // Follow the tokens to the end: every claim once, in file order.
        List<Integer> seen = new ArrayList<>();
        file.get("claims").forEach(c -> seen.add(c.get("seq").intValue()));
        String token = file.get("nextToken").textValue();
        while (token != null) {
            Map<String, String> query = new HashMap<>(Map.of("limit", "50", "nextToken", token));
            JsonNode page = body(get("/v1/files/" + FILE_ID, query));
            page.get("claims").forEach(c -> seen.add(c.get("seq").intValue()));
            token = page.has("nextToken") ? page.get("nextToken").textValue() : null;
        }
        assertEquals(120, seen.size());
        for (int i = 0; i < seen.size(); i++) {
            assertEquals(i + 1, seen.get(i));
        }
    }

    @ParameterizedTest
    @Event(value = "events/api-list-files.json", type = APIGatewayProxyRequestEvent.class)
    void filesAreFoundByTheirKey(APIGatewayProxyRequestEvent event) {
        JsonNode answer = body(handler.handleRequest(event, null));
        assertEquals(1, answer.get("files").size());
        assertEquals(FILE_ID, answer.get("files").get(0).get("fileId").textValue());
    }

    @Test
    void aKeyWithoutTheInboundPrefixIsAlsoTriedUnderIt() {
        JsonNode answer = body(get("/v1/files", Map.of("key", "acme/claims.837")));
        assertEquals(1, answer.get("files").size());
        assertEquals(List.of("acme/claims.837", "inbound/acme/claims.837"), store.keysAsked);
    }

    @Test
    void anUnknownKeyIsAnEmptyListAndAMissingKeyA400() {
        APIGatewayProxyResponseEvent response = get("/v1/files", Map.of("key", "inbound/none.837"));
        assertEquals(200, response.getStatusCode());
        assertEquals(0, body(response).get("files").size());
        assertError(get("/v1/files", null), 400, "MISSING_PARAMETER");
    }

    @ParameterizedTest
    @Event(value = "events/api-get-claim.json", type = APIGatewayProxyRequestEvent.class)
    void aClaimIdFindsItsStoredResults(APIGatewayProxyRequestEvent event) {
        JsonNode answer = body(handler.handleRequest(event, null));
        assertEquals("PCN-1001", answer.get("claimId").textValue());
        assertEquals(1, answer.get("results").size());
        assertEquals(7, answer.get("results").get(0).get("seq").intValue());
        assertFalse(answer.has("nextToken"));
    }

    @Test
    void unknownFilesAndClaimsAre404() {
        assertError(get("/v1/files/ffffffffffffffffffffffff", null), 404, "NOT_FOUND");
        assertError(get("/v1/files/not-an-id", null), 404, "NOT_FOUND");
        assertError(get("/v1/claims/PCN-NONE", null), 404, "NOT_FOUND");
    }

    @Test
    void lookupsNoStoredItemCanMatchAreAnsweredWithoutAskingTheStore() {
        // DynamoDB refuses such key values with a ValidationException, which would be the API's 500
        store.failure = new IllegalStateException("the store must not be asked");
        assertError(get("/v1/claims/" + "C".repeat(2049), null), 404, "NOT_FOUND");
        JsonNode files = body(get("/v1/files", Map.of("key", "k".repeat(1025))));
        assertEquals(0, files.get("files").size());
    }

    @Test
    void aClaimIdWithEscapedCharactersIsDecoded() {
        store.claimsByFile.get(FILE_ID).set(0, new ClaimRecord(FILE_ID, 1, "A/B 1", "2026-11-02T10:00:05Z",
                ClaimJson.mapper().createObjectNode().put("claimId", "A/B 1")));
        JsonNode answer = body(get("/v1/claims/A%2FB%201", null));
        assertEquals("A/B 1", answer.get("claimId").textValue());
    }

    @Test
    void badPagingParametersAre400() {
        assertError(get("/v1/files/" + FILE_ID, Map.of("limit", "0")), 400, "INVALID_PARAMETER");
        assertError(get("/v1/files/" + FILE_ID, Map.of("limit", "ten")), 400, "INVALID_PARAMETER");
        assertError(get("/v1/files/" + FILE_ID, Map.of("limit", "1001")), 400, "INVALID_PARAMETER");
        assertError(get("/v1/files/" + FILE_ID, Map.of("nextToken", "garbage")), 400, "INVALID_PARAMETER");
    }

    @Test
    void aStoreFailureIsA500ThatTellsNothingAway() {
        store.failure = new IllegalStateException("table claimscrub-prod: item for JOHNSON RICHARD unreadable");
        APIGatewayProxyResponseEvent response = get("/v1/files/" + FILE_ID, null);
        assertError(response, 500, "INTERNAL_ERROR");
        assertFalse(response.getBody().contains("JOHNSON"));
        assertFalse(response.getBody().contains("claimscrub-prod"));
        assertFalse(response.getBody().contains("at io.claimscrub"), "no stack trace");
    }

    @Test
    void readRoutesRefuseOtherMethods() {
        APIGatewayProxyResponseEvent response = handler.handleRequest(new APIGatewayProxyRequestEvent()
                .withHttpMethod("POST").withPath("/v1/files/" + FILE_ID), null);
        assertError(response, 405, "METHOD_NOT_ALLOWED");
        assertTrue(response.getHeaders().get("Allow").contains("GET"));
    }
}
