package io.claimscrub.reference;

/**
 * One medically unlikely edit (CMS MUE practitioner file).
 *
 * @param code                  HCPCS/CPT code
 * @param maxUnits              the MUE value: most units of the code one provider bills one patient on one date
 * @param adjudicationIndicator the CMS MAI cell, e.g. "3 Date of Service Edit: Clinical"
 * @param rationale             the CMS rationale text
 */
public record MueEdit(String code, int maxUnits, String adjudicationIndicator, String rationale) {

    /**
     * MAI 1 is a claim-line edit: each line is compared with the MUE on its own. MAI 2 and 3 are
     * date-of-service edits: the units of all the code's lines on one date are added up.
     */
    public boolean perLine() {
        return adjudicationIndicator.startsWith("1");
    }

    /** MAI 2: the limit comes from policy, so units above it are not paid even on appeal. */
    public boolean policyLimit() {
        return adjudicationIndicator.startsWith("2");
    }
}
