package io.claimscrub.local.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ApiRouteTest {
    private final ApiRoute files = new ApiRoute("GET", "/v1/files/{fileId}");

    @Test
    void aTemplateSegmentCapturesOneNonEmptySegment() {
        assertEquals(Optional.of(Map.of("fileId", "abc")), files.match("/v1/files/abc"));
        assertEquals(Optional.empty(), files.match("/v1/files/"));
        assertEquals(Optional.empty(), files.match("/v1/files/abc/claims"));
        assertEquals(Optional.empty(), files.match("/v1/files"));
    }

    @Test
    void literalSegmentsMustMatchExactly() {
        ApiRoute check = new ApiRoute("POST", "/v1/claims/check");
        assertEquals(Optional.of(Map.of()), check.match("/v1/claims/check"));
        assertEquals(Optional.empty(), check.match("/v1/claims/checks"));
        assertEquals(Optional.empty(), check.match("/v2/claims/check"));
    }
}
