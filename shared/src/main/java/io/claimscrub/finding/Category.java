package io.claimscrub.finding;

/** The area of billing a finding belongs to (SPEC §3). */
public enum Category {
    TIME_UNITS, MODIFIER, CODE_PAIRING, PAYER_POLICY, DOCUMENTATION, MEDICAL_NECESSITY, GOAL_MISMATCH, FORMAT
}
