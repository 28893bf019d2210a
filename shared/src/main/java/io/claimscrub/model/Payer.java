package io.claimscrub.model;

/**
 * The payer a claim goes to.
 *
 * @param id              payer id (837: 2010BB NM109); may be null
 * @param name            payer name (837: 2010BB NM103); may be null
 * @param profile         payer profile named explicitly by the request; null to choose one
 * @param filingIndicator claim filing indicator (837: SBR09, e.g. MB, CI); may be null
 */
public record Payer(String id, String name, String profile, String filingIndicator) {
    public static final Payer UNKNOWN = new Payer(null, null, null, null);
}
