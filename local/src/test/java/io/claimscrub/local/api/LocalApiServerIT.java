package io.claimscrub.local.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The API Gateway stand-in: what the function sees of a request, and what the client sees back. */
class LocalApiServerIT {
    private static final List<ApiRoute> ROUTES = List.of(
            new ApiRoute("POST", "/v1/claims/check"),
            new ApiRoute("GET", "/v1/files"),
            new ApiRoute("GET", "/v1/files/{fileId}"),
            new ApiRoute("GET", "/v1/claims/{claimId}"));
    private static final ObjectMapper JSON = new ObjectMapper();

    private final AtomicReference<APIGatewayProxyRequestEvent> seen = new AtomicReference<>();
    private final AtomicReference<RuntimeException> toThrow = new AtomicReference<>();
    private final HttpClient http = HttpClient.newHttpClient();
    private LocalApiServer api;

    @BeforeEach
    void start() throws Exception {
        api = LocalApiServer.start(0, ROUTES, "CheckClaim", (event, context) -> {
            seen.set(event);
            if (toThrow.get() != null) {
                throw toThrow.get();
            }
            return new APIGatewayProxyResponseEvent().withStatusCode(201)
                    .withHeaders(Map.of("Content-Type", "application/json", "X-Seen", event.getResource()))
                    .withBody("{\"ok\":true}");
        }, new PrintStream(OutputStream.nullOutputStream()));
    }

    @AfterEach
    void stop() {
        api.close();
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.build(), BodyHandlers.ofString());
    }

    private URI uri(String pathAndQuery) {
        return URI.create(api.endpoint() + pathAndQuery);
    }

    @Test
    void aRequestBecomesAProxyEventWithResourcePathParametersQueryAndLowerCaseHeaders() throws Exception {
        HttpResponse<String> response = send(HttpRequest.newBuilder(uri("/v1/files/f%20123?page=1&page=2&x=a%2Bb"))
                .header("X-Custom", "v").GET());

        assertEquals(201, response.statusCode());
        assertEquals("{\"ok\":true}", response.body());
        assertEquals("/v1/files/{fileId}", response.headers().firstValue("X-Seen").orElseThrow());
        APIGatewayProxyRequestEvent event = seen.get();
        assertEquals("GET", event.getHttpMethod());
        assertEquals("/v1/files/{fileId}", event.getResource());
        assertEquals("/v1/files/f%20123", event.getPath(), "still encoded, as a REST API sends it");
        assertEquals(Map.of("fileId", "f 123"), event.getPathParameters());
        assertEquals(Map.of("page", "2", "x", "a+b"), event.getQueryStringParameters());
        assertEquals(List.of("1", "2"), event.getMultiValueQueryStringParameters().get("page"));
        assertEquals("v", event.getHeaders().get("x-custom"));
        assertEquals("/v1/files/{fileId}", event.getRequestContext().getResourcePath());
        assertEquals(null, event.getBody());
    }

    @Test
    void aTextBodyArrivesAsTextAndABinaryMediaTypeOrBinaryBytesAsBase64() throws Exception {
        send(HttpRequest.newBuilder(uri("/v1/claims/check")).header("Content-Type", "application/json")
                .POST(BodyPublishers.ofString("{\"lines\":[]}")));
        assertEquals("{\"lines\":[]}", seen.get().getBody());
        assertFalse(seen.get().getIsBase64Encoded());

        // template.yaml's BinaryMediaTypes: an 837 arrives base64-encoded even when its bytes are text
        send(HttpRequest.newBuilder(uri("/v1/claims/check")).header("Content-Type", "application/EDI-X12; charset=latin1")
                .POST(BodyPublishers.ofString("ISA*00*~")));
        assertTrue(seen.get().getIsBase64Encoded());
        assertEquals(Base64.getEncoder().encodeToString("ISA*00*~".getBytes(StandardCharsets.UTF_8)), seen.get().getBody());
        assertEquals("application/EDI-X12; charset=latin1", seen.get().getHeaders().get("content-type"));

        byte[] binary = {(byte) 0xff, (byte) 0xfe, 0, 1};
        send(HttpRequest.newBuilder(uri("/v1/claims/check")).header("Content-Type", "application/octet-stream")
                .POST(BodyPublishers.ofByteArray(binary)));
        assertTrue(seen.get().getIsBase64Encoded());
        assertEquals(Base64.getEncoder().encodeToString(binary), seen.get().getBody());
    }

    @Test
    void unknownRoutesWrongMethodsAndHugeBodiesAreAnsweredWithoutTheFunction() throws Exception {
        HttpResponse<String> unknown = send(HttpRequest.newBuilder(uri("/v1/nothing")).GET());
        assertEquals(404, unknown.statusCode());
        assertEquals("NOT_FOUND", JSON.readTree(unknown.body()).path("error").path("code").asText());

        HttpResponse<String> wrongMethod = send(HttpRequest.newBuilder(uri("/v1/claims/check")).GET());
        assertEquals(405, wrongMethod.statusCode());

        byte[] huge = new byte[LocalApiServer.MAX_BODY_BYTES + 1];
        HttpResponse<String> tooLarge = send(HttpRequest.newBuilder(uri("/v1/claims/check"))
                .POST(BodyPublishers.ofByteArray(huge)));
        assertEquals(413, tooLarge.statusCode());
        JsonNode error = JSON.readTree(tooLarge.body()).path("error");
        assertEquals("PAYLOAD_TOO_LARGE", error.path("code").asText());
        assertEquals(null, seen.get(), "the function never ran");
    }

    @Test
    void aFunctionThatThrowsGivesA502AsApiGatewayDoes() throws Exception {
        toThrow.set(new IllegalStateException("boom"));
        HttpResponse<String> response = send(HttpRequest.newBuilder(uri("/v1/claims/abc")).GET());
        assertEquals(502, response.statusCode());
        assertEquals("Internal server error", JSON.readTree(response.body()).path("message").asText());
        assertEquals(Map.of("claimId", "abc"), seen.get().getPathParameters());
    }
}
