package io.claimscrub.payer;

import io.claimscrub.units.UnitMethod;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;

/**
 * A payer's billing policy, loaded from YAML (SPEC §3).
 *
 * @param id                        profile id, e.g. {@code medicare}
 * @param unitMethod                CMS 8-minute rule or AMA per-code rule
 * @param requireDisciplineModifier whether therapy lines need GP/GO/GN
 * @param preferXModifiers          whether XE/XS/XP/XU are wanted instead of 59
 * @param unitCaps                  units per code per date of service
 * @param kxThresholds              therapy KX threshold by calendar year (PT+SLP together, OT apart)
 */
public record PayerProfile(String id, UnitMethod unitMethod, boolean requireDisciplineModifier,
                           boolean preferXModifiers, Map<String, Integer> unitCaps,
                           Map<Integer, BigDecimal> kxThresholds) {
    public PayerProfile {
        unitCaps = unitCaps == null ? Map.of() : Map.copyOf(unitCaps);
        kxThresholds = kxThresholds == null ? Map.of() : Map.copyOf(kxThresholds);
    }

    public Optional<Integer> unitCap(String code) {
        return Optional.ofNullable(unitCaps.get(code));
    }

    public Optional<BigDecimal> kxThreshold(int year) {
        return Optional.ofNullable(kxThresholds.get(year));
    }
}
