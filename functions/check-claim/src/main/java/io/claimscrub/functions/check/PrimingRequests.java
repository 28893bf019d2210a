package io.claimscrub.functions.check;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import io.claimscrub.functions.common.SnapStartPriming;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * The checks CheckClaim answers before SnapStart snapshots it: the made-up sample claims of
 * {@code events/} (packaged under {@code priming/}), one clean, one with many findings, and a
 * 25-claim 837, so that the JSON and the X12 paths and most rules have run.
 */
final class PrimingRequests {
    private static final String PATH = "/v1/claims/check";

    private PrimingRequests() {
    }

    static List<ApiRequest> all() {
        return List.of(
                check(ClaimCheck.JSON, "claims/clean-claim.json"),
                check(ClaimCheck.JSON, "claims/claim-with-findings.json"),
                check(ClaimCheck.X12, "sample-837p.edi"));
    }

    private static ApiRequest check(String mediaType, String sample) {
        return new ApiRequest(new APIGatewayProxyRequestEvent()
                .withHttpMethod("POST")
                .withResource(PATH)
                .withPath(PATH)
                .withHeaders(Map.of("Content-Type", mediaType))
                .withBody(new String(SnapStartPriming.sample(sample), StandardCharsets.UTF_8))
                .withIsBase64Encoded(false));
    }
}
