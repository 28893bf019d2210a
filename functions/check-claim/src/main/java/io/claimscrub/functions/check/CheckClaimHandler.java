package io.claimscrub.functions.check;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.claimscrub.functions.common.AwsClients;
import io.claimscrub.functions.common.Engines;
import io.claimscrub.functions.common.FunctionConfig;
import io.claimscrub.functions.common.Log;
import io.claimscrub.functions.common.ResultStore;
import io.claimscrub.functions.common.SnapStartPriming;
import io.claimscrub.json.ClaimJson;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.crac.Core;
import org.crac.Resource;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * CheckClaim: the REST API behind API Gateway (proxy integration).
 * <ul>
 *   <li>{@code POST /v1/claims/check}: SPEC §4 request JSON → the claim response; or an 837
 *       ({@code Content-Type: application/edi-x12}, up to 1 MiB) → {@code {"results": [...]}}.</li>
 *   <li>{@code GET /v1/files?key=KEY}, {@code GET /v1/files/{fileId}?limit=&nextToken=},
 *       {@code GET /v1/claims/{claimId}?limit=&nextToken=}: stored results.</li>
 * </ul>
 * Errors are {@code {"error": {"code", "message"}}} with 400, 404, 405, 413, 415, or 500 with a generic
 * message (details only in the log, and never a request's content). openapi.yaml describes it all.
 *
 * <p>It needs no S3 client: its constructor for tests and the local stack is
 * {@link #CheckClaimHandler(DynamoDbClient, FunctionConfig)}.
 */
public final class CheckClaimHandler
        implements RequestHandler<APIGatewayProxyRequestEvent, APIGatewayProxyResponseEvent>, Resource {
    /**
     * Lambda returns at most 6 MB (6,291,456 bytes) from a synchronous invocation, the response event
     * whole: the escaped body, with room kept for its status, headers and field names.
     */
    static final long MAX_RESPONSE_BYTES = 6_291_456 - 16_384;

    private final ClaimCheck check;
    private final StoredResults stored;

    /**
     * Lambda's constructor: configuration, the DynamoDB client and the engine, once per container,
     * and the SnapStart hook that primes it ({@link #beforeCheckpoint}).
     */
    public CheckClaimHandler() {
        this(System.getenv());
        // Only Lambda's own instance primes SnapStart's snapshot; the runtime holds it, so the weak
        // reference a CRaC context keeps stays valid.
        Core.getGlobalContext().register(this);
    }

    private CheckClaimHandler(Map<String, String> env) {
        this(AwsClients.dynamoDb(env), FunctionConfig.fromEnvironment(env));
    }

    /** For tests and the local stack: the caller's DynamoDB client and configuration. */
    public CheckClaimHandler(DynamoDbClient dynamo, FunctionConfig config) {
        this(ResultStore.dynamo(dynamo, config), config);
    }

    /** With any store of results, e.g. a test's own. */
    public CheckClaimHandler(ResultStore store, FunctionConfig config) {
        this.check = new ClaimCheck(Engines.create(config));
        this.stored = new StoredResults(store, config.inboundPrefix());
    }

    @Override
    public APIGatewayProxyResponseEvent handleRequest(APIGatewayProxyRequestEvent event, Context context) {
        long started = System.nanoTime();
        Log log = Log.of(context);
        ApiRequest request = new ApiRequest(event == null ? new APIGatewayProxyRequestEvent() : event);
        Answer answer = answer(request, log);
        log.info("api.request", "method", request.method(), "route", answer.route(),
                "status", answer.response().getStatusCode(), "ms", (System.nanoTime() - started) / 1_000_000);
        return answer.response();
    }

    /**
     * SnapStart calls this once, before it snapshots the initialised container: the sample checks
     * answered here ({@link SnapStartPriming}) leave their classes and compiled code in the snapshot,
     * so the first request after a restore does not pay for them (docs/serverless.md has the
     * figures). Only {@code POST /v1/claims/check} is primed: it touches no storage. A sample answered
     * with anything but 200 fails the snapshot.
     */
    @Override
    public void beforeCheckpoint(org.crac.Context<? extends Resource> context) {
        Log log = Log.of(null);
        List<ApiRequest> samples = PrimingRequests.all();
        SnapStartPriming.prime("CheckClaim", () -> {
            for (ApiRequest sample : samples) {
                int status = answer(sample, log).response().getStatusCode();
                if (status != 200) {
                    throw new IllegalStateException("SnapStart priming: a sample check was answered with " + status);
                }
            }
        });
    }

    @Override
    public void afterRestore(org.crac.Context<? extends Resource> context) {
        // Nothing to renew: the engine holds no connection, and the SDK client opens its own on use.
    }

    /** A response and the route template it was answered on (for the log). */
    private record Answer(String route, APIGatewayProxyResponseEvent response) {
    }

    private Answer answer(ApiRequest request, Log log) {
        String route = "unmatched";
        try {
            Route matched = Route.match(request.method(), request.segments());
            route = matched.template();
            APIGatewayProxyResponseEvent response = json(200, handle(matched, request), Map.of());
            requireReturnable(response.getBody());
            return new Answer(route, response);
        } catch (ApiException e) {
            return new Answer(route, error(e));
        } catch (RuntimeException e) {
            // The class and where, never the message: messages can quote the request.
            log.info("api.failure", "route", route, "exception", e.getClass().getName(),
                    "at", Arrays.toString(Arrays.copyOf(e.getStackTrace(), Math.min(5, e.getStackTrace().length))));
            return new Answer(route, error(new ApiException(500, "INTERNAL_ERROR",
                    "the request could not be completed; try again later")));
        }
    }

    /**
     * Lambda would refuse to return an answer past its limit, and API Gateway answer 502: an 837 within
     * the 1 MiB request limit can draw far more (17 MB for 267 claims of 50 faulty lines each).
     */
    private static void requireReturnable(String body) {
        if ((long) body.length() * 6 <= MAX_RESPONSE_BYTES) {
            return; // at most 6 bytes a char once escaped: the usual answer needs no exact count
        }
        long bytes = responseBytes(body);
        if (bytes > MAX_RESPONSE_BYTES) {
            throw new ApiException(413, "PAYLOAD_TOO_LARGE", "the answer would be " + bytes
                    + " bytes, more than the API can return (Lambda's 6 MB response limit): send fewer claims "
                    + "per request, or drop the file in the bucket and read its results page by page");
        }
    }

    /**
     * The body's size once Lambda's runtime has written the response event as JSON: UTF-8, with the
     * quotes, backslashes and control characters of the body escaped.
     */
    static long responseBytes(String body) {
        long bytes = 0;
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            bytes += c == '"' || c == '\\' ? 2 : c < 0x20 ? 6 : c < 0x80 ? 1 : c < 0x800 ? 2 : Character.isSurrogate(c) ? 2 : 3;
        }
        return bytes;
    }

    private JsonNode handle(Route route, ApiRequest request) {
        return switch (route) {
            case CHECK -> check.check(request.mediaType(), request.body());
            case FILES -> stored.filesByKey(request.query("key"));
            case FILE -> stored.file(request.pathParameter("fileId", 2), request.query("limit"), request.query("nextToken"));
            case CLAIM -> stored.claim(request.pathParameter("claimId", 2), request.query("limit"), request.query("nextToken"));
        };
    }

    private static APIGatewayProxyResponseEvent error(ApiException e) {
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        ObjectNode error = body.putObject("error");
        error.put("code", e.code());
        error.put("message", e.getMessage());
        if (e.details() != null) {
            error.set("findings", ClaimJson.tree(e.details()));
        }
        return json(e.status(), body, e.headers());
    }

    private static APIGatewayProxyResponseEvent json(int status, JsonNode body, Map<String, String> extraHeaders) {
        Map<String, String> headers = new HashMap<>(extraHeaders);
        headers.put("Content-Type", "application/json");
        headers.put("Cache-Control", "no-store");
        return new APIGatewayProxyResponseEvent().withStatusCode(status).withHeaders(headers)
                .withIsBase64Encoded(false).withBody(ClaimJson.write(body));
    }
}
