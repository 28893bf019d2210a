package io.claimscrub.functions.check;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The API's routes, matched on method and path segments. */
enum Route {
    CHECK("POST", "/v1/claims/check"),
    FILES("GET", "/v1/files"),
    FILE("GET", "/v1/files/{fileId}"),
    CLAIM("GET", "/v1/claims/{claimId}");

    private final String method;
    private final String template;

    Route(String method, String template) {
        this.method = method;
        this.template = template;
    }

    String template() {
        return template;
    }

    /** The route for a request; 404 for an unknown path, 405 (with Allow) for a known path and another method. */
    static Route match(String method, List<String> path) {
        List<Route> candidates = candidates(path);
        if (candidates.isEmpty()) {
            throw ApiException.notFound("no such route: see openapi.yaml for the API");
        }
        for (Route route : candidates) {
            if (route.method.equals(method)) {
                return route;
            }
        }
        String allow = candidates.stream().map(r -> r.method).distinct().collect(Collectors.joining(", "));
        throw new ApiException(405, "METHOD_NOT_ALLOWED", candidates.get(0).template + " takes " + allow,
                Map.of("Allow", allow), null);
    }

    private static List<Route> candidates(List<String> path) {
        if (path.size() < 2 || path.size() > 3 || !path.get(0).equals("v1")) {
            return List.of();
        }
        boolean item = path.size() == 3;
        return switch (path.get(1)) {
            case "files" -> List.of(item ? FILE : FILES);
            // GET /v1/claims/check still finds a claim whose id happens to be "check".
            case "claims" -> !item ? List.of() : path.get(2).equals("check") ? List.of(CHECK, CLAIM) : List.of(CLAIM);
            default -> List.of();
        };
    }
}
