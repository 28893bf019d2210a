package io.claimscrub.functions.check;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.claimscrub.engine.ClaimResult;
import io.claimscrub.engine.ScrubEngine;
import io.claimscrub.finding.Finding;
import io.claimscrub.json.ClaimJson;
import io.claimscrub.json.InvalidClaimException;
import io.claimscrub.model.Claim;
import io.claimscrub.x12.ClaimSink;
import io.claimscrub.x12.ReadSummary;
import io.claimscrub.x12.X12ClaimReader;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** {@code POST /v1/claims/check}: one claim as request JSON, or the claims of a small 837. */
final class ClaimCheck {
    static final String JSON = "application/json";
    static final String X12 = "application/edi-x12";

    private final ScrubEngine engine;

    ClaimCheck(ScrubEngine engine) {
        this.engine = engine;
    }

    /**
     * Answers a check. A body without a Content-Type is read as JSON (what most clients mean);
     * any other type than JSON or X12 is a 415.
     */
    JsonNode check(String mediaType, byte[] body) {
        if (mediaType == null || mediaType.equals(JSON) || mediaType.endsWith("+json")) {
            return checkJson(body);
        }
        if (mediaType.equals(X12)) {
            return check837(body);
        }
        throw new ApiException(415, "UNSUPPORTED_MEDIA_TYPE",
                "send the claim as " + JSON + " (SPEC claim request) or as " + X12 + " (an 837P file)");
    }

    private JsonNode checkJson(byte[] body) {
        Claim claim;
        try {
            // The bytes, as check reads its file: JSON is UTF-8, and Jackson refuses what is not, where a
            // String made of them had turned a Latin-1 "café" into "caf\uFFFD" without a word.
            claim = ClaimJson.readRequest(new ByteArrayInputStream(body));
        } catch (InvalidClaimException e) {
            throw ApiException.badRequest("INVALID_REQUEST", e.getMessage());
        }
        try {
            // Checked first and alone, so that only a bad profile name (never an engine fault) is a 400.
            engine.profiles().select(claim.payer());
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest("UNKNOWN_PAYER_PROFILE", e.getMessage());
        }
        return ClaimJson.toTree(engine.scrub(claim));
    }

    private JsonNode check837(byte[] body) {
        List<ClaimResult> results = new ArrayList<>();
        List<Finding> fileFindings = new ArrayList<>();
        ReadSummary summary = new X12ClaimReader().read(new ByteArrayInputStream(body), new ClaimSink() {
            @Override
            public void claim(Claim claim, List<Finding> readFindings) {
                results.add(engine.scrub(claim, readFindings));
            }

            @Override
            public void rejection(String claimId, List<Finding> findings) {
                if (claimId == null) {
                    fileFindings.addAll(findings);
                }
                results.add(engine.reject(claimId, findings));
            }
        });
        if (summary.claims() == 0 && results.stream().allMatch(r -> r.claimId() == null)) {
            ArrayNode details = JsonNodeFactory.instance.arrayNode();
            fileFindings.forEach(f -> details.add(ClaimJson.tree(f)));
            throw new ApiException(400, "INVALID_X12", fileFindings.isEmpty() ? "the body holds no 837 claim"
                    : fileFindings.get(0).message(), Map.of(), details);
        }
        ObjectNode answer = JsonNodeFactory.instance.objectNode();
        ArrayNode list = answer.putArray("results");
        results.forEach(r -> list.add(ClaimJson.toTree(r)));
        return answer;
    }
}
