package io.claimscrub.functions.common;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A stored claim result as read back.
 *
 * @param seq    the claim's 1-based position in its file
 * @param result the SPEC §4 claim response, as CheckClaim would have answered it
 */
public record ClaimRecord(String fileId, long seq, String claimId, String scrubbedAt, JsonNode result) {
}
