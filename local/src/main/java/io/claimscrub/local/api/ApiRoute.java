package io.claimscrub.local.api;

import io.claimscrub.functions.common.PathEncoding;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * One API Gateway resource and method, e.g. {@code GET /v1/files/{fileId}}: matches request paths
 * and pulls out the path parameters, as API Gateway does for a REST API proxy integration.
 */
public record ApiRoute(String method, String resource) {

    /**
     * The path parameters, percent-decoded, when the raw (still encoded) path matches this resource
     * (one segment per {@code {name}}). Matching the raw path keeps an encoded slash inside its segment:
     * {@code /v1/claims/A%2FB} is claim {@code A/B}, as in API Gateway, not a path of four segments.
     */
    public Optional<Map<String, String>> match(String path) {
        String[] want = segments(resource);
        String[] got = segments(path);
        if (want.length != got.length) {
            return Optional.empty();
        }
        Map<String, String> parameters = new LinkedHashMap<>();
        for (int i = 0; i < want.length; i++) {
            if (want[i].startsWith("{") && want[i].endsWith("}")) {
                if (got[i].isEmpty()) {
                    return Optional.empty();
                }
                parameters.put(want[i].substring(1, want[i].length() - 1), PathEncoding.decode(got[i]));
            } else if (!want[i].equals(got[i])) {
                return Optional.empty();
            }
        }
        return Optional.of(parameters);
    }

    /** How many literal segments the resource has: API Gateway prefers {@code /v1/claims/check} to {@code /v1/claims/{claimId}}. */
    public int literalSegments() {
        int count = 0;
        for (String segment : segments(resource)) {
            if (!segment.startsWith("{")) {
                count++;
            }
        }
        return count;
    }

    private static String[] segments(String path) {
        String trimmed = path.startsWith("/") ? path.substring(1) : path;
        return trimmed.split("/", -1);
    }
}
