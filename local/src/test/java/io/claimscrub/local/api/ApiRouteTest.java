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

    @Test
    void theRawPathIsMatchedAndTheParametersDecoded() {
        ApiRoute claim = new ApiRoute("GET", "/v1/claims/{claimId}");
        // an encoded slash stays inside its segment: claim ids may hold one (CLM01 is free text)
        assertEquals(Optional.of(Map.of("claimId", "A/B")), claim.match("/v1/claims/A%2FB"));
        assertEquals(Optional.of(Map.of("fileId", "f 123")), files.match("/v1/files/f%20123"));
        assertEquals(Optional.of(Map.of("claimId", "a+b%zz\u00e9")), claim.match("/v1/claims/a+b%zz%C3%A9"));
    }
}
