package io.claimscrub.payer;

import java.util.Map;

/**
 * Which built-in profile a claim filing indicator (837 SBR09) points to when neither the request
 * nor the payer-id map names one. Indicators not listed here (Medicaid MC, TRICARE CH, VA,
 * workers' compensation WC, auto AM, liability LM, other federal OF, Title V TV, 11, ZZ...) vary by
 * program and state, so they fall through to the configured default.
 */
final class FilingIndicators {
    static final Map<String, String> PROFILE_BY_INDICATOR = Map.ofEntries(
            Map.entry("MA", "medicare"),         // Medicare Part A
            Map.entry("MB", "medicare"),         // Medicare Part B
            Map.entry("16", "medicare"),         // HMO Medicare Risk (Medicare Advantage): follows CMS billing rules
            Map.entry("CI", "commercial-ama"),   // commercial insurance
            Map.entry("BL", "commercial-ama"),   // Blue Cross / Blue Shield
            Map.entry("HM", "commercial-ama"),   // HMO
            Map.entry("12", "commercial-ama"),   // PPO
            Map.entry("13", "commercial-ama"),   // point of service
            Map.entry("14", "commercial-ama"),   // exclusive provider organisation
            Map.entry("15", "commercial-ama"),   // indemnity insurance
            Map.entry("FI", "commercial-ama"));  // Federal Employees Program (commercial carriers)

    private FilingIndicators() {
    }
}
