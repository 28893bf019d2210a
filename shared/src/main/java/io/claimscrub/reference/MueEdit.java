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
}
