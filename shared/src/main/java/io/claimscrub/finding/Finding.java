package io.claimscrub.finding;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * One thing the engine found wrong (or worth knowing) about a claim.
 *
 * @param ruleId     stable rule id from the catalogue
 * @param severity   ERROR, WARNING or INFO
 * @param category   billing area
 * @param line       1-based service line, or null for the whole claim
 * @param code       procedure code of that line, if any
 * @param carc       the claim adjustment reason code the payer would most likely use
 * @param rarc       remittance advice remark code, if one usually comes with it
 * @param message    plain-language explanation
 * @param suggestion a concrete fix, if there is one
 * @param evidence   what fired the rule (words found in a note, words missing), for explainability
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Finding(String ruleId, Severity severity, Category category, Integer line, String code,
                      String carc, String rarc, String message, String suggestion, List<String> evidence) {
    public Finding {
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
    }
}
