package io.claimscrub.functions.check;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import io.claimscrub.functions.common.PathEncoding;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The parts of an API Gateway proxy event the routes use, read defensively (every field may be null). */
final class ApiRequest {
    /** Largest body accepted, decoded: 1 MiB. */
    static final int MAX_BODY_BYTES = 1024 * 1024;

    private final APIGatewayProxyRequestEvent event;
    private final List<String> segments;

    ApiRequest(APIGatewayProxyRequestEvent event) {
        this.event = event;
        this.segments = segments(event.getPath());
    }

    String method() {
        return event.getHttpMethod() == null ? "" : event.getHttpMethod().toUpperCase(Locale.ROOT);
    }

    /** Path segments, percent-decoded: {@code /v1/claims/A%2FB} is {@code [v1, claims, A/B]}. */
    List<String> segments() {
        return segments;
    }

    /** A header by name in any case (HTTP header names are case-insensitive, events keep whatever came). */
    String header(String name) {
        Map<String, String> headers = event.getHeaders();
        if (headers != null) {
            for (Map.Entry<String, String> h : headers.entrySet()) {
                if (h.getKey() != null && h.getKey().equalsIgnoreCase(name)) {
                    return h.getValue();
                }
            }
        }
        Map<String, List<String>> multi = event.getMultiValueHeaders();
        if (multi != null) {
            for (Map.Entry<String, List<String>> h : multi.entrySet()) {
                if (h.getKey() != null && h.getKey().equalsIgnoreCase(name) && h.getValue() != null && !h.getValue().isEmpty()) {
                    return h.getValue().get(0);
                }
            }
        }
        return null;
    }

    /** The media type of the body, lower case without parameters; null when not given. */
    String mediaType() {
        String contentType = header("Content-Type");
        if (contentType == null || contentType.isBlank()) {
            return null;
        }
        int semicolon = contentType.indexOf(';');
        return (semicolon < 0 ? contentType : contentType.substring(0, semicolon)).trim().toLowerCase(Locale.ROOT);
    }

    /**
     * A path parameter: API Gateway's decoded value when the event has it, else the path segment at
     * {@code index} (so "A%2FB" and an event built by hand both work).
     */
    String pathParameter(String name, int index) {
        Map<String, String> parameters = event.getPathParameters();
        if (parameters != null && parameters.get(name) != null) {
            return parameters.get(name);
        }
        return segments.get(index);
    }

    String query(String name) {
        Map<String, String> query = event.getQueryStringParameters();
        return query == null ? null : query.get(name);
    }

    /** The body's bytes, base64-decoded when API Gateway encoded it; 413 past {@link #MAX_BODY_BYTES}. */
    byte[] body() {
        String body = event.getBody();
        if (body == null) {
            return new byte[0];
        }
        byte[] bytes;
        if (Boolean.TRUE.equals(event.getIsBase64Encoded())) {
            // Base64 is 4 characters per 3 bytes: reject what is surely too large before decoding it.
            if (body.length() / 4L * 3 > MAX_BODY_BYTES + 3L) {
                throw tooLarge();
            }
            try {
                bytes = Base64.getMimeDecoder().decode(body);
            } catch (IllegalArgumentException e) {
                throw ApiException.badRequest("INVALID_REQUEST", "the body is marked base64-encoded but is not valid base64");
            }
        } else {
            if (body.length() > MAX_BODY_BYTES) {
                throw tooLarge();
            }
            bytes = body.getBytes(StandardCharsets.UTF_8);
        }
        if (bytes.length > MAX_BODY_BYTES) {
            throw tooLarge();
        }
        return bytes;
    }

    private static ApiException tooLarge() {
        return new ApiException(413, "PAYLOAD_TOO_LARGE", "the body is larger than " + MAX_BODY_BYTES + " bytes (1 MiB)");
    }

    private static List<String> segments(String path) {
        List<String> out = new ArrayList<>();
        if (path == null) {
            return out;
        }
        for (String part : path.split("/")) {
            if (!part.isEmpty()) {
                out.add(PathEncoding.decode(part));
            }
        }
        return out;
    }
}
