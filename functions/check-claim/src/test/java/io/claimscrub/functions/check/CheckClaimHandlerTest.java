package io.claimscrub.functions.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import com.amazonaws.services.lambda.runtime.tests.annotations.Event;
import com.fasterxml.jackson.databind.JsonNode;
import io.claimscrub.json.ClaimJson;
import io.claimscrub.functions.common.FunctionConfig;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;

/** The check route and every error answer, from API Gateway events; no storage needed. */
class CheckClaimHandlerTest {
    static final FunctionConfig CONFIG = FunctionConfig.fromEnvironment(Map.of("BUCKET_NAME", "claimscrub-local", "TABLE_NAME", "t"));

    private final CheckClaimHandler handler = new CheckClaimHandler(new FakeResultStore(), CONFIG);

    static JsonNode body(APIGatewayProxyResponseEvent response) {
        assertEquals("application/json", response.getHeaders().get("Content-Type"));
        try {
            return ClaimJson.mapper().readTree(response.getBody());
        } catch (Exception e) {
            throw new AssertionError("not JSON: " + response.getBody(), e);
        }
    }

    static void assertError(APIGatewayProxyResponseEvent response, int status, String code) {
        assertEquals(status, response.getStatusCode(), response.getBody());
        JsonNode error = body(response).get("error");
        assertEquals(code, error.get("code").textValue());
        assertFalse(error.get("message").textValue().isBlank());
    }

    @ParameterizedTest
    @Event(value = "events/api-check-json.json", type = APIGatewayProxyRequestEvent.class)
    void aJsonClaimGetsTheClaimResponse(APIGatewayProxyRequestEvent event) {
        APIGatewayProxyResponseEvent response = handler.handleRequest(event, null);
        assertEquals(200, response.getStatusCode(), response.getBody());
        JsonNode claim = body(response);
        assertEquals("PCN-1001", claim.get("claimId").textValue());
        int score = claim.get("riskScore").intValue();
        assertTrue(score >= 0 && score <= 100);
        assertTrue(claim.get("riskLevel").isTextual());
        assertTrue(claim.get("findings").isArray());
        assertEquals(2, claim.get("units").get("lines").size(), "one units line per request line");
    }

    @Test
    void snapStartPrimingAnswersItsSampleChecksWithoutTouchingStorage() {
        FakeResultStore store = new FakeResultStore();
        store.failure = new IllegalStateException("priming must not reach the store");
        CheckClaimHandler primed = new CheckClaimHandler(store, CONFIG);

        primed.beforeCheckpoint(null); // throws if a sample is answered with anything but 200

        assertEquals(List.of(), store.keysAsked);
        assertEquals(List.of(ClaimCheck.JSON, ClaimCheck.JSON, ClaimCheck.X12),
                PrimingRequests.all().stream().map(ApiRequest::mediaType).toList(),
                "both JSON samples (clean, many findings) and the 837 are primed");
    }

    @ParameterizedTest
    @Event(value = "events/check-base64.json", type = APIGatewayProxyRequestEvent.class)
    void aBase64EncodedBodyIsDecoded(APIGatewayProxyRequestEvent event) {
        APIGatewayProxyResponseEvent response = handler.handleRequest(event, null);
        assertEquals(200, response.getStatusCode(), response.getBody());
        assertEquals("PCN-1001", body(response).get("claimId").textValue());
    }

    @ParameterizedTest
    @Event(value = "events/api-check-837.json", type = APIGatewayProxyRequestEvent.class)
    void an837GetsOneResponsePerClaimInFileOrder(APIGatewayProxyRequestEvent event) {
        APIGatewayProxyResponseEvent response = handler.handleRequest(event, null);
        assertEquals(200, response.getStatusCode(), response.getBody());
        JsonNode results = body(response).get("results");
        assertEquals(2, results.size());
        assertEquals("PCN0000000001", results.get(0).get("claimId").textValue());
        assertEquals("PCN0000000002", results.get(1).get("claimId").textValue());
        for (JsonNode result : results) {
            assertTrue(result.has("riskScore") && result.has("findings"));
        }
        assertFalse(response.getBody().contains("JOHNSON"), "no patient identity in the answer: the model has none");
    }

    @ParameterizedTest
    @Event(value = "events/check-not-x12.json", type = APIGatewayProxyRequestEvent.class)
    void an837WithNothingReadableIsA400WithTheFindings(APIGatewayProxyRequestEvent event) {
        APIGatewayProxyResponseEvent response = handler.handleRequest(event, null);
        assertError(response, 400, "INVALID_X12");
        JsonNode findings = body(response).get("error").get("findings");
        assertTrue(findings.size() >= 1);
        assertEquals("X12_SYNTAX", findings.get(0).get("ruleId").textValue());
    }

    @ParameterizedTest
    @Event(value = "events/check-malformed-json.json", type = APIGatewayProxyRequestEvent.class)
    void malformedJsonIsA400NeverA500(APIGatewayProxyRequestEvent event) {
        APIGatewayProxyResponseEvent response = handler.handleRequest(event, null);
        assertError(response, 400, "INVALID_REQUEST");
        assertTrue(body(response).get("error").get("message").textValue().startsWith("malformed JSON"));
    }

    @ParameterizedTest
    @Event(value = "events/check-wrong-type.json", type = APIGatewayProxyRequestEvent.class)
    void aWrongTypeIsA400NamingTheField(APIGatewayProxyRequestEvent event) {
        APIGatewayProxyResponseEvent response = handler.handleRequest(event, null);
        assertError(response, 400, "INVALID_REQUEST");
        assertTrue(body(response).get("error").get("message").textValue().startsWith("lines[0].units"));
    }

    @ParameterizedTest
    @Event(value = "events/check-empty-body.json", type = APIGatewayProxyRequestEvent.class)
    void anEmptyBodyIsA400(APIGatewayProxyRequestEvent event) {
        assertError(handler.handleRequest(event, null), 400, "INVALID_REQUEST");
    }

    @ParameterizedTest
    @Event(value = "events/check-unknown-profile.json", type = APIGatewayProxyRequestEvent.class)
    void anUnknownPayerProfileIsA400(APIGatewayProxyRequestEvent event) {
        APIGatewayProxyResponseEvent response = handler.handleRequest(event, null);
        assertError(response, 400, "UNKNOWN_PAYER_PROFILE");
        assertTrue(body(response).get("error").get("message").textValue().contains("no-such-payer"));
    }

    @ParameterizedTest
    @Event(value = "events/check-bad-base64.json", type = APIGatewayProxyRequestEvent.class)
    void badBase64IsA400(APIGatewayProxyRequestEvent event) {
        assertError(handler.handleRequest(event, null), 400, "INVALID_REQUEST");
    }

    @ParameterizedTest
    @Event(value = "events/check-text-plain.json", type = APIGatewayProxyRequestEvent.class)
    void anotherContentTypeIsA415(APIGatewayProxyRequestEvent event) {
        assertError(handler.handleRequest(event, null), 415, "UNSUPPORTED_MEDIA_TYPE");
    }

    @ParameterizedTest
    @Event(value = "events/check-wrong-method.json", type = APIGatewayProxyRequestEvent.class)
    void anotherMethodIsA405SayingWhichIsAllowed(APIGatewayProxyRequestEvent event) {
        APIGatewayProxyResponseEvent response = handler.handleRequest(event, null);
        assertError(response, 405, "METHOD_NOT_ALLOWED");
        assertEquals("POST, GET", response.getHeaders().get("Allow"), "POST checks; GET finds a claim whose id is 'check'");
    }

    @ParameterizedTest
    @Event(value = "events/unknown-route.json", type = APIGatewayProxyRequestEvent.class)
    void anUnknownRouteIsA404(APIGatewayProxyRequestEvent event) {
        assertError(handler.handleRequest(event, null), 404, "NOT_FOUND");
    }

    @Test
    void aBodyOverOneMebibyteIsA413() {
        String big = "{\"lines\":[{\"code\":\"97110\",\"units\":1}],\"pad\":\"" + "x".repeat(ApiRequest.MAX_BODY_BYTES) + "\"}";
        APIGatewayProxyRequestEvent event = new APIGatewayProxyRequestEvent().withHttpMethod("POST")
                .withPath("/v1/claims/check").withHeaders(Map.of("Content-Type", "application/json")).withBody(big);
        assertError(handler.handleRequest(event, null), 413, "PAYLOAD_TOO_LARGE");
        String encoded = java.util.Base64.getEncoder().encodeToString(big.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertError(handler.handleRequest(event.withBody(encoded).withIsBase64Encoded(true), null), 413, "PAYLOAD_TOO_LARGE");
    }

    @Test
    void bodiesPastTheParsersLimitsAndAmountsPastEighteenDigitsAre400s() {
        // each had been a 500: no location on Jackson's limit errors, an overflow in the KX check
        for (String body : List.of(
                "{\"x\":" + "[".repeat(2000) + "]".repeat(2000) + ",\"lines\":[{\"code\":\"97110\",\"units\":1}]}",
                "{\"lines\":[{\"code\":\"97110\",\"units\":" + "1".repeat(5000) + "}]}",
                "{\"dateOfService\":\"2026-11-02\",\"ytdTherapyAmount\":1e999999999,"
                        + "\"lines\":[{\"code\":\"97110\",\"units\":1,\"charge\":50}]}")) {
            APIGatewayProxyRequestEvent event = new APIGatewayProxyRequestEvent().withHttpMethod("POST")
                    .withPath("/v1/claims/check").withHeaders(Map.of("Content-Type", "application/json")).withBody(body);
            assertError(handler.handleRequest(event, null), 400, "INVALID_REQUEST");
        }
    }

    @Test
    void an837SentAsJsonIsA400ThatNamesTheContentTypeToUse() {
        APIGatewayProxyRequestEvent event = new APIGatewayProxyRequestEvent().withHttpMethod("POST")
                .withPath("/v1/claims/check").withHeaders(Map.of("Content-Type", "application/json"))
                .withBody("ISA*00*          *00*          *ZZ*SUBMITTER01    *ZZ*RECEIVER01     ~");
        APIGatewayProxyResponseEvent response = handler.handleRequest(event, null);
        assertError(response, 400, "INVALID_REQUEST");
        assertTrue(body(response).get("error").get("message").textValue().contains("Content-Type application/edi-x12"),
                response.getBody());
    }

    @Test
    void an837WhoseAnswerLambdaCouldNotReturnIsA413NotA502() {
        // Under 1 MiB in, 17 MB out: 50 lines a claim, each drawing several findings. Lambda returns
        // at most 6 MB; API Gateway would have answered this with a 502.
        StringBuilder x12 = new StringBuilder("ISA*00*          *00*          *ZZ*SUBMITTER01    *ZZ*RECEIVER01     "
                + "*240102*1200*^*00501*000000837*0*P*:~GS*HC*SUBMITTER01*RECEIVER01*20240102*1200*1*X*005010X222A1~"
                + "ST*837*0001*005010X222A1~BHT*0019*00*B1*20240102*1200*CH~NM1*41*2*BILLING*****46*S1~"
                + "NM1*40*2*CLEARINGHOUSE*****46*R1~HL*1**20*1~NM1*85*2*CLINIC*****XX*2719492367~N3*1 MAIN ST~"
                + "N4*SPRINGFIELD*IL*627010000~REF*EI*371234567~");
        int segments = 11;
        String[] codes = {"97530", "97150", "97110", "97140", "97010"};
        for (int claim = 1; x12.length() < 1_000_000; claim++) {
            x12.append("HL*").append(claim + 1).append("*1*22*0~SBR*P*18*G******MB~NM1*IL*1*DOE*JANE****MI*1A~"
                    + "NM1*PR*2*MEDICARE*****PI*00431~CLM*P").append(claim).append("*5000***11:B:1*Y*A*Y*Y~HI*ABK:G8190~");
            segments += 6;
            for (int line = 1; line <= 50; line++) {
                x12.append("LX*").append(line).append("~SV1*HC:").append(codes[line % 5])
                        .append(":59:GO:GP*100*UN*9***1~DTP*472*D8*20240502~NTE*ADD*MIN=3~");
                segments += 4;
            }
        }
        x12.append("SE*").append(segments + 1).append("*0001~GE*1*1~IEA*1*000000837~");
        assertTrue(x12.length() < ApiRequest.MAX_BODY_BYTES);
        APIGatewayProxyRequestEvent event = new APIGatewayProxyRequestEvent().withHttpMethod("POST")
                .withPath("/v1/claims/check").withHeaders(Map.of("Content-Type", "application/edi-x12")).withBody(x12.toString());
        APIGatewayProxyResponseEvent response = handler.handleRequest(event, null);
        assertError(response, 413, "PAYLOAD_TOO_LARGE");
        assertTrue(body(response).get("error").get("message").textValue().contains("send fewer claims per request"));
    }

    @Test
    void aJsonBodyThatIsNotUtf8IsA400AsCheckSaysNotAClaimIdWithAReplacementCharacter() {
        byte[] latin1 = "{\"claimId\":\"caf\u00e9\",\"lines\":[{\"code\":\"97110\",\"units\":1}]}"
                .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        APIGatewayProxyRequestEvent event = new APIGatewayProxyRequestEvent().withHttpMethod("POST")
                .withPath("/v1/claims/check").withHeaders(Map.of("Content-Type", "application/json"))
                .withBody(java.util.Base64.getEncoder().encodeToString(latin1)).withIsBase64Encoded(true);
        APIGatewayProxyResponseEvent response = handler.handleRequest(event, null);
        assertError(response, 400, "INVALID_REQUEST");
        assertTrue(body(response).get("error").get("message").textValue().startsWith("malformed JSON: Invalid UTF-8"));
    }

    @Test
    void theResponseSizeCountsWhatLambdaWrites() {
        assertEquals(2 + 2 + 1 + 6 + 2 + 3 + 4, CheckClaimHandler.responseBytes("\"\\a\n\u00e9\u20ac\ud83d\ude00"));
    }

    @Test
    void anEventWithNothingInItIsA404NotACrash() {
        assertError(handler.handleRequest(new APIGatewayProxyRequestEvent(), null), 404, "NOT_FOUND");
    }
}
