package io.claimscrub.local.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.claimscrub.local.LocalPipeline;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The API's routes and its answers to bad input, over HTTP through the API Gateway stand-in. */
class ApiIT {
    /** The SPEC §4 example request. */
    static final String CLAIM = """
            {"claimId": "PCN-1001",
             "payer": {"id": "MEDICARE", "profile": "medicare"},
             "discipline": "PT",
             "dateOfService": "2026-11-02",
             "diagnoses": ["M62.81"],
             "ytdTherapyAmount": 1200.00,
             "planOfCare": {"goals": [{"id": "G1", "text": "Independent sit-to-stand transfer from standard chair within 4 weeks"}]},
             "lines": [
               {"code": "97530", "modifiers": ["GP"], "units": 2, "minutes": 24, "charge": 120.00,
                "documentation": {"note": "Sit-to-stand training with moderate assist and verbal cueing; patient required 3 rest breaks.", "goalIds": ["G1"]}},
               {"code": "97110", "modifiers": ["GP"], "units": 2, "minutes": 23, "charge": 80.00}
             ]}
            """;

    private static LocalPipeline pipeline;
    private static Api api;

    @BeforeAll
    static void start() throws Exception {
        pipeline = LocalPipeline.builder().start();
        api = new Api(pipeline.apiEndpoint());
    }

    @AfterAll
    static void stop() {
        pipeline.close();
    }

    private static void assertError(Api.Response response, int status) {
        assertEquals(status, response.status(), response.body());
        assertTrue(response.contentType().startsWith("application/json"), response.contentType());
        JsonNode error = response.json().path("error");
        assertFalse(error.path("code").asText("").isEmpty(), "an error code: " + response.body());
        assertFalse(error.path("message").asText("").isEmpty(), "a message: " + response.body());
    }

    @Test
    void aJsonClaimIsCheckedSynchronously() {
        Api.Response response = api.postJson(CLAIM);

        assertEquals(200, response.status(), response.body());
        JsonNode result = response.json();
        assertEquals("PCN-1001", result.path("claimId").asText());
        assertTrue(result.path("riskScore").isInt(), response.body());
        assertTrue(Arrays.asList("LOW", "MEDIUM", "HIGH").contains(result.path("riskLevel").asText()), response.body());
        assertTrue(result.path("findings").isArray(), response.body());
        assertEquals("CMS", result.path("units").path("method").asText(), response.body());
    }

    @Test
    void anX12BodyGetsOneResponsePerClaim() {
        byte[] file = Fixtures.bytes("claims-60.837");
        Api.Response response = api.post("/v1/claims/check", "application/edi-x12", file);

        assertEquals(200, response.status(), response.body());
        JsonNode results = response.json().path("results");
        assertEquals(Fixtures.claimCount(file), results.size());
        assertEquals(Fixtures.claimIds(file).get(0), results.get(0).path("claimId").asText());
    }

    @Test
    void malformedJsonIsA400() {
        assertError(api.postJson("{\"claimId\": \"X\", \"lines\": [ {\"code\": \"97110\", "), 400);
        assertError(api.postJson("not json at all"), 400);
        assertError(api.postJson(""), 400);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "{\"lines\": [{\"code\": \"97110\", \"units\": \"two\"}]}",
            "{\"lines\": [{\"code\": 97110, \"units\": 1, \"minutes\": [15]}]}",
            "{\"lines\": {\"code\": \"97110\", \"units\": 1}}",
            "{\"lines\": [{\"code\": \"97110\", \"units\": 1}], \"dateOfService\": \"yesterday\"}",
            "{\"lines\": []}",
            "{\"claimId\": \"no lines\"}",
            "[1, 2, 3]"})
    void wrongTypesAndMissingFieldsAreA400(String body) {
        assertError(api.postJson(body), 400);
    }

    @Test
    void aBodyOverOneMebibyteIsA413() {
        byte[] big = new byte[1024 * 1024 + 10];
        Arrays.fill(big, (byte) ' ');
        assertError(api.post("/v1/claims/check", "application/json", big), 413);
        assertError(api.post("/v1/claims/check", "application/edi-x12", big), 413);
    }

    @Test
    void aBodyOverApiGatewaysTenMegabytesIsA413BeforeTheFunction() {
        byte[] huge = new byte[10 * 1024 * 1024 + 1];
        assertError(api.post("/v1/claims/check", "application/json", huge), 413);
    }

    @ParameterizedTest
    @ValueSource(strings = {"text/csv", "application/xml", "text/plain", "application/x-www-form-urlencoded"})
    void anUnknownContentTypeIsA415(String contentType) {
        assertError(api.post("/v1/claims/check", contentType, CLAIM.getBytes(StandardCharsets.UTF_8)), 415);
    }

    @Test
    void unknownFilesAndClaimsAreA404() {
        assertError(api.get("/v1/files/0123456789abcdef01234567"), 404);
        assertError(api.get("/v1/files/not-a-file-id"), 404);
        assertError(api.get("/v1/claims/NO-SUCH-CLAIM"), 404);
    }

    @Test
    void filesByKeyNeedsAKeyAndFindsNothingForAnUnknownOne() {
        assertError(api.get("/v1/files"), 400);
        Api.Response none = api.get("/v1/files?key=inbound/never-uploaded.837");
        assertEquals(200, none.status(), none.body());
        assertEquals(0, none.json().path("files").size());
    }

    @Test
    void badPagingParametersAreA400() {
        String fileId = "0123456789abcdef01234567";
        assertError(api.get("/v1/files/" + fileId + "?limit=zero"), 400);
        assertError(api.get("/v1/files/" + fileId + "?limit=100000"), 400);
        assertError(api.get("/v1/claims/PCN-1?nextToken=bm90LWEtdG9rZW4"), 400);
    }

    @Test
    void unknownRoutesAndMethodsAreAnsweredAsErrors() {
        assertError(api.get("/v1/nothing-here"), 404);
        assertError(api.get("/"), 404);
        assertError(api.send(HttpRequest.newBuilder(pipeline.apiEndpoint().resolve("/v1/files/x"))
                .DELETE()), 405);
        assertError(api.get("/v1/claims/check"), 405);
    }
}
