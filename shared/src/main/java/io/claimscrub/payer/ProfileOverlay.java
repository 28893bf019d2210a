package io.claimscrub.payer;

import io.claimscrub.units.UnitMethod;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What one profile file says: its id and the keys it gives (null = not given). A given key
 * replaces the base profile's value, except {@code unitCaps} and {@code kxThresholds}, which are
 * merged entry by entry into the base's map ({@code {}} clears it): the usual change is one more
 * year's KX threshold, and a file giving only {@code {2027: ...}} must not drop the years before.
 */
record ProfileOverlay(String source, String id, UnitMethod unitMethod, Boolean requireDisciplineModifier,
                      Boolean preferXModifiers, Map<String, Integer> unitCaps,
                      Map<Integer, BigDecimal> kxThresholds) {

    /** The base profile with this file's keys laid over it, under this file's id. */
    PayerProfile over(PayerProfile base) {
        return new PayerProfile(id,
                unitMethod != null ? unitMethod : base.unitMethod(),
                requireDisciplineModifier != null ? requireDisciplineModifier : base.requireDisciplineModifier(),
                preferXModifiers != null ? preferXModifiers : base.preferXModifiers(),
                merged(base.unitCaps(), unitCaps),
                merged(base.kxThresholds(), kxThresholds));
    }

    private static <K, V> Map<K, V> merged(Map<K, V> base, Map<K, V> given) {
        if (given == null) {
            return base;
        }
        if (given.isEmpty()) {
            return Map.of(); // {} clears: the one way to drop the base's entries
        }
        Map<K, V> map = new HashMap<>(base);
        map.putAll(given);
        return map;
    }

    /** The profile this file describes on its own; a built-in profile must give every key. */
    PayerProfile complete() {
        List<String> missing = new ArrayList<>();
        if (unitMethod == null) {
            missing.add(ProfileYaml.UNIT_METHOD);
        }
        if (requireDisciplineModifier == null) {
            missing.add(ProfileYaml.REQUIRE_DISCIPLINE_MODIFIER);
        }
        if (preferXModifiers == null) {
            missing.add(ProfileYaml.PREFER_X_MODIFIERS);
        }
        if (unitCaps == null) {
            missing.add(ProfileYaml.UNIT_CAPS);
        }
        if (kxThresholds == null) {
            missing.add(ProfileYaml.KX_THRESHOLDS);
        }
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException(source + ": missing keys " + missing);
        }
        return new PayerProfile(id, unitMethod, requireDisciplineModifier, preferXModifiers, unitCaps, kxThresholds);
    }
}
