package io.claimscrub.payer;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.claimscrub.json.YamlTree;
import io.claimscrub.reference.ProcedureCodes;
import io.claimscrub.units.UnitMethod;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads payer profile files and the payer-id map. Strict on purpose: an unknown key or a bad value
 * is an IllegalArgumentException naming the file and the key, so a typo never silently falls back
 * to a default policy.
 */
final class ProfileYaml {
    static final String ID = "id";
    static final String UNIT_METHOD = "unitMethod";
    static final String REQUIRE_DISCIPLINE_MODIFIER = "requireDisciplineModifier";
    static final String PREFER_X_MODIFIERS = "preferXModifiers";
    static final String UNIT_CAPS = "unitCaps";
    static final String KX_THRESHOLDS = "kxThresholds";
    private static final List<String> KEYS =
            List.of(ID, UNIT_METHOD, REQUIRE_DISCIPLINE_MODIFIER, PREFER_X_MODIFIERS, UNIT_CAPS, KX_THRESHOLDS);

    private static final Pattern PROFILE_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");

    private ProfileYaml() {
    }

    static ProfileOverlay readProfile(InputStream in, String source) throws IOException {
        JsonNode root = mapping(in, source);
        root.fieldNames().forEachRemaining(key -> {
            if (!KEYS.contains(key)) {
                throw new IllegalArgumentException(source + ": unknown key '" + key + "' (known: "
                        + String.join(", ", KEYS) + ")");
            }
        });
        JsonNode id = root.get(ID);
        if (id == null) {
            throw new IllegalArgumentException(source + ": key 'id' is required");
        }
        return new ProfileOverlay(source, profileId(id, source, ID),
                root.has(UNIT_METHOD) ? unitMethod(root.get(UNIT_METHOD), source) : null,
                bool(root, REQUIRE_DISCIPLINE_MODIFIER, source),
                bool(root, PREFER_X_MODIFIERS, source),
                root.has(UNIT_CAPS) ? unitCaps(root.get(UNIT_CAPS), source) : null,
                root.has(KX_THRESHOLDS) ? kxThresholds(root.get(KX_THRESHOLDS), source) : null);
    }

    /** The payer-id map: payer id (837 2010BB NM109) to profile id. */
    static Map<String, String> readPayerMap(InputStream in, String source) throws IOException {
        JsonNode root = mapping(in, source);
        Map<String, String> map = new LinkedHashMap<>();
        root.properties().forEach(e -> map.put(e.getKey().trim(), profileId(e.getValue(), source, e.getKey())));
        return map;
    }

    private static JsonNode mapping(InputStream in, String source) throws IOException {
        JsonNode root;
        try {
            root = YamlTree.read(in);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(source + ": not valid YAML: " + e.getOriginalMessage());
        }
        if (root == null || !root.isObject()) {
            throw new IllegalArgumentException(source + ": expected a mapping of keys to values");
        }
        return root;
    }

    private static String profileId(JsonNode node, String source, String key) {
        if (!node.isTextual() || !PROFILE_ID.matcher(node.textValue().trim()).matches()) {
            throw badValue(source, key, "a profile id (letters, digits, '.', '_' or '-')", node);
        }
        return node.textValue().trim();
    }

    private static UnitMethod unitMethod(JsonNode node, String source) {
        if (node.isTextual()) {
            String text = node.textValue().trim().toUpperCase(Locale.ROOT);
            for (UnitMethod method : UnitMethod.values()) {
                if (method.name().equals(text)) {
                    return method;
                }
            }
        }
        throw badValue(source, UNIT_METHOD, "CMS or AMA", node);
    }

    /** The key's value, or null when the file does not give the key. */
    private static Boolean bool(JsonNode root, String key, String source) {
        JsonNode node = root.get(key);
        if (node == null) {
            return null;
        }
        if (!node.isBoolean()) {
            throw badValue(source, key, "true or false", node);
        }
        return node.booleanValue();
    }

    private static Map<String, Integer> unitCaps(JsonNode node, String source) {
        Map<String, Integer> caps = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> e : entries(node, source, UNIT_CAPS)) {
            String code = e.getKey().trim().toUpperCase(Locale.ROOT);
            String key = UNIT_CAPS + "." + e.getKey();
            if (!ProcedureCodes.isWellFormed(code)) {
                throw new IllegalArgumentException(source + ": key '" + key + "': not a procedure code");
            }
            JsonNode cap = e.getValue();
            if (!cap.isIntegralNumber() || !cap.canConvertToInt() || cap.intValue() < 0) {
                throw badValue(source, key, "a whole number of units >= 0", cap);
            }
            caps.put(code, cap.intValue());
        }
        return caps;
    }

    private static Map<Integer, BigDecimal> kxThresholds(JsonNode node, String source) {
        Map<Integer, BigDecimal> thresholds = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> e : entries(node, source, KX_THRESHOLDS)) {
            String key = KX_THRESHOLDS + "." + e.getKey();
            int year;
            try {
                year = Integer.parseInt(e.getKey().trim());
            } catch (NumberFormatException ex) {
                year = 0;
            }
            if (year < 1900 || year > 2999) {
                throw new IllegalArgumentException(source + ": key '" + key + "': expected a calendar year");
            }
            JsonNode amount = e.getValue();
            if (!amount.isNumber() || amount.decimalValue().signum() <= 0
                    || amount.decimalValue().stripTrailingZeros().scale() > 2) {
                throw badValue(source, key, "an amount > 0 in dollars and cents", amount);
            }
            thresholds.put(year, amount.decimalValue().setScale(2, RoundingMode.UNNECESSARY));
        }
        return thresholds;
    }

    /** A map's entries; YAML's empty value ({@code unitCaps:} with nothing after it) counts as an empty map. */
    private static Iterable<Map.Entry<String, JsonNode>> entries(JsonNode node, String source, String key) {
        if (node.isNull()) {
            return List.of();
        }
        if (!node.isObject()) {
            throw badValue(source, key, "a mapping", node);
        }
        return node.properties();
    }

    private static IllegalArgumentException badValue(String source, String key, String expected, JsonNode got) {
        return new IllegalArgumentException(source + ": key '" + key + "': expected " + expected + ", got "
                + (got.isTextual() ? "'" + got.textValue() + "'" : got.toString()));
    }
}
