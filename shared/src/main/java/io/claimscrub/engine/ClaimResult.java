package io.claimscrub.engine;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.claimscrub.finding.Finding;
import io.claimscrub.units.UnitsSummary;
import java.util.List;

/**
 * The engine's answer for one claim (SPEC §4 claim response).
 *
 * @param claimId      the claim's id; null only for a file that could not be read at all
 * @param status       SCRUBBED, or REJECTED when the claim could not be read
 * @param payerProfile the payer profile the claim was checked against; null for a rejection
 * @param units        the time-and-units view; null for a rejection
 */
@JsonPropertyOrder({"claimId", "status", "riskScore", "riskLevel", "payerProfile", "units", "findings"})
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ClaimResult(@JsonInclude(JsonInclude.Include.ALWAYS) String claimId, Status status, int riskScore,
                          RiskLevel riskLevel, String payerProfile, UnitsSummary units, List<Finding> findings) {
    public enum Status { SCRUBBED, REJECTED }

    public ClaimResult {
        findings = List.copyOf(findings);
    }

    public boolean rejected() {
        return status == Status.REJECTED;
    }
}
