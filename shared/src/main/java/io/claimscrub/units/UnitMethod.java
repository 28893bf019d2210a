package io.claimscrub.units;

/** How timed minutes turn into billable units. */
public enum UnitMethod {
    /** CMS 8-minute rule: total timed minutes of the date decide total units (Pub 100-04 ch. 5 §20.2). */
    CMS,
    /** AMA/CPT "rule of eights": each code on its own, a unit once more than 7 minutes are done. */
    AMA
}
