package io.claimscrub.local.api;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent.ProxyRequestContext;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent.RequestIdentity;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** Converts between HTTP exchanges and API Gateway REST API proxy events (payload format 1.0). */
public final class ProxyEvents {
    static final String STAGE = "local";
    /** template.yaml's ClaimsApi BinaryMediaTypes: bodies of these types arrive base64-encoded, whatever their bytes. */
    public static final Set<String> BINARY_MEDIA_TYPES = Set.of("application/edi-x12");

    private ProxyEvents() {
    }

    static APIGatewayProxyRequestEvent request(HttpExchange exchange, ApiRoute route, Map<String, String> pathParameters,
                                               byte[] body) {
        // A REST API's proxy event carries the path still percent-encoded, its path parameters decoded.
        String path = exchange.getRequestURI().getRawPath();
        APIGatewayProxyRequestEvent event = new APIGatewayProxyRequestEvent()
                .withHttpMethod(exchange.getRequestMethod())
                .withResource(route.resource())
                .withPath(path)
                .withPathParameters(pathParameters.isEmpty() ? null : pathParameters)
                .withStageVariables(null);
        headers(exchange, event);
        query(exchange.getRequestURI().getRawQuery(), event);
        String text = body.length == 0 || binary(exchange) ? null : utf8(body);
        if (body.length == 0) {
            event.withBody(null).withIsBase64Encoded(false);
        } else if (text != null) {
            event.withBody(text).withIsBase64Encoded(false);
        } else {
            // A binary media type, or bytes that are not text: base64, as API Gateway sends binary media types.
            event.withBody(Base64.getEncoder().encodeToString(body)).withIsBase64Encoded(true);
        }
        long now = System.currentTimeMillis();
        event.withRequestContext(new ProxyRequestContext()
                .withAccountId("000000000000")
                .withApiId("local")
                .withStage(STAGE)
                .withRequestId(UUID.randomUUID().toString())
                .withResourcePath(route.resource())
                .withHttpMethod(exchange.getRequestMethod())
                .withPath("/" + STAGE + path)
                .withProtocol(exchange.getProtocol())
                .withRequestTimeEpoch(now)
                .withIdentity(new RequestIdentity()
                        .withSourceIp(exchange.getRemoteAddress().getAddress().getHostAddress())
                        .withUserAgent(exchange.getRequestHeaders().getFirst("User-Agent"))));
        return event;
    }

    /**
     * Header names in lower case: the JDK server rewrites them ("Content-type") and HTTP/2 clients
     * send them lower-cased anyway, so a function must look headers up without regard to case.
     */
    private static void headers(HttpExchange exchange, APIGatewayProxyRequestEvent event) {
        Map<String, String> single = new LinkedHashMap<>();
        Map<String, List<String>> multi = new LinkedHashMap<>();
        exchange.getRequestHeaders().forEach((name, values) -> {
            String key = name.toLowerCase(Locale.ROOT);
            multi.computeIfAbsent(key, k -> new ArrayList<>()).addAll(values);
            single.put(key, values.get(values.size() - 1));
        });
        event.withHeaders(single).withMultiValueHeaders(multi);
    }

    /** Query parameters decoded; the single-value map keeps the last value, as API Gateway does. */
    private static void query(String rawQuery, APIGatewayProxyRequestEvent event) {
        if (rawQuery == null || rawQuery.isEmpty()) {
            return;
        }
        Map<String, String> single = new LinkedHashMap<>();
        Map<String, List<String>> multi = new LinkedHashMap<>();
        for (String pair : rawQuery.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name = decode(eq < 0 ? pair : pair.substring(0, eq));
            String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
            single.put(name, value);
            multi.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
        }
        event.withQueryStringParameters(single).withMultiValueQueryStringParameters(multi);
    }

    private static String decode(String raw) {
        try {
            return URLDecoder.decode(raw, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return raw; // a stray '%': API Gateway passes such a value through as is
        }
    }

    /** The body as text when it is valid UTF-8, else null. */
    private static boolean binary(HttpExchange exchange) {
        String type = exchange.getRequestHeaders().getFirst("Content-Type");
        return type != null && BINARY_MEDIA_TYPES.contains(type.split(";", 2)[0].strip().toLowerCase(Locale.ROOT));
    }

    private static String utf8(byte[] body) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(body))
                    .toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    /** Writes a response event that has a status code. */
    static void respond(HttpExchange exchange, APIGatewayProxyResponseEvent response) throws IOException {
        if (response.getHeaders() != null) {
            response.getHeaders().forEach((name, value) -> exchange.getResponseHeaders().set(name, value));
        }
        if (response.getMultiValueHeaders() != null) {
            response.getMultiValueHeaders().forEach((name, values) -> exchange.getResponseHeaders().put(name,
                    new ArrayList<>(values)));
        }
        String body = response.getBody();
        byte[] bytes;
        if (body == null) {
            bytes = new byte[0];
        } else if (Boolean.TRUE.equals(response.getIsBase64Encoded())) {
            bytes = Base64.getDecoder().decode(body);
        } else {
            bytes = body.getBytes(StandardCharsets.UTF_8);
        }
        exchange.sendResponseHeaders(response.getStatusCode(), bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) {
            exchange.getResponseBody().write(bytes);
        }
    }
}
