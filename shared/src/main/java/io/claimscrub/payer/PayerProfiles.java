package io.claimscrub.payer;

import io.claimscrub.model.Payer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * The payer profiles known to the engine, and the choice of one for a claim. Immutable: the
 * {@code with...} methods return a new instance, so one instance is safely shared by every thread.
 *
 * <p>Choice for a claim ({@link #select}): the profile the request names; else the payer-id map
 * ({@code payers.yaml} in the profile directory); else the claim filing indicator (SBR09, see
 * {@link FilingIndicators}); else the default ({@code medicare} unless {@link #withDefault} says otherwise).
 */
public final class PayerProfiles {
    /** The profile a new id in a profile directory starts from. */
    public static final String BASE_PROFILE = "commercial-ama";
    /** The profile directory file that maps payer ids to profiles ({@code payers.yaml} or {@code payers.yml}). */
    public static final String PAYER_MAP_NAME = "payers";
    private static final String DEFAULT_PROFILE = "medicare";
    private static final List<String> BUILT_IN = List.of("medicare.yaml", "commercial-ama.yaml");

    private final Map<String, PayerProfile> byId;
    private final Map<String, String> payerIdMap;
    /*
     * The two maps every claim is looked up in are HashMaps (never changed after construction), not
     * Map.copyOf's tables, whose probe divides (floorMod): that probe was ~2 % of the engine's samples.
     */
    private final Map<String, PayerProfile> byPayerId;
    private final Map<String, PayerProfile> byFilingIndicator;
    private final PayerProfile defaultProfile;
    private final String known;

    private PayerProfiles(Map<String, PayerProfile> byId, Map<String, String> payerIdMap, String defaultId) {
        this.byId = Map.copyOf(byId);
        this.known = String.join(", ", new TreeMap<>(byId).keySet());
        this.payerIdMap = Map.copyOf(payerIdMap);
        this.byPayerId = resolve(payerIdMap);
        this.byFilingIndicator = resolve(FilingIndicators.PROFILE_BY_INDICATOR);
        this.defaultProfile = get(defaultId);
    }

    /** The built-in profiles: {@code medicare} and {@code commercial-ama}; default {@code medicare}. */
    public static PayerProfiles builtIn() {
        return BuiltIn.PROFILES;
    }

    /**
     * These profiles plus the {@code *.yaml}/{@code *.yml} profile files in {@code dir}, and its
     * payer-id map ({@code payers.yaml}) if it has one. A file needs only the keys it changes: a
     * file whose id is already known overrides just the keys it gives; a new id starts from
     * {@value #BASE_PROFILE} (as overridden in the same directory, if it is).
     *
     * @throws IllegalArgumentException the directory is missing or holds no YAML file, a file has an unknown key or a bad
     *                                  value, two files share an id, or the map names an unknown profile
     * @throws UncheckedIOException     a file cannot be read
     */
    public PayerProfiles withDirectory(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new IllegalArgumentException("payer profile directory " + dir + " does not exist or is not a directory");
        }
        List<Path> files = yamlFiles(dir);
        if (files.isEmpty()) {
            // Most likely the wrong directory (a layer unpacked one level deeper, a file saved as .YAML
            // or .txt): without this every claim would silently get the built-in profiles.
            throw new IllegalArgumentException("payer profile directory " + dir + " has no .yaml or .yml file");
        }
        List<Path> payerMaps = files.stream().filter(PayerProfiles::isPayerMap).toList();
        if (payerMaps.size() > 1) {
            throw new IllegalArgumentException(dir + ": both " + payerMaps.get(0).getFileName() + " and "
                    + payerMaps.get(1).getFileName() + " exist; keep one payer-id map");
        }
        Map<String, PayerProfile> merged = merge(readOverlays(files.stream().filter(f -> !isPayerMap(f)).toList()));
        Map<String, String> payerIds = new HashMap<>(payerIdMap);
        payerMaps.forEach(file -> payerIds.putAll(readPayerMap(file, merged.keySet())));
        return new PayerProfiles(merged, payerIds, defaultProfile.id());
    }

    /**
     * These profiles with another default for claims that nothing else decides.
     *
     * @throws IllegalArgumentException no such profile
     */
    public PayerProfiles withDefault(String profileId) {
        return new PayerProfiles(byId, payerIdMap, profileId);
    }

    /**
     * The profile for a claim's payer.
     *
     * @throws IllegalArgumentException the payer names a profile that does not exist
     */
    public PayerProfile select(Payer payer) {
        String named = payer.profile();
        if (named != null && !named.isBlank()) {
            return get(named);
        }
        if (payer.id() != null && !byPayerId.isEmpty()) { // no payer-id map (the built-in profiles): no hashing
            PayerProfile mapped = byPayerId.get(payer.id());
            if (mapped != null) {
                return mapped;
            }
        }
        if (payer.filingIndicator() != null) {
            PayerProfile byIndicator = byFilingIndicator.get(payer.filingIndicator().trim().toUpperCase(Locale.ROOT));
            if (byIndicator != null) {
                return byIndicator;
            }
        }
        return defaultProfile;
    }

    /**
     * The profile with this id.
     *
     * @throws IllegalArgumentException no such profile
     */
    public PayerProfile get(String profileId) {
        PayerProfile profile = byId.get(profileId == null ? "" : profileId.trim());
        if (profile == null) {
            throw new IllegalArgumentException("unknown payer profile '" + profileId + "' (known: " + known + ")");
        }
        return profile;
    }

    /** The known profile ids, sorted. */
    public List<String> ids() {
        return List.copyOf(new TreeMap<>(byId).keySet());
    }

    public PayerProfile defaultProfile() {
        return defaultProfile;
    }

    private static Map<String, ProfileOverlay> readOverlays(List<Path> files) {
        Map<String, ProfileOverlay> overlays = new LinkedHashMap<>();
        for (Path file : files) {
            ProfileOverlay overlay = read(file, in -> ProfileYaml.readProfile(in, file.toString()));
            ProfileOverlay twin = overlays.putIfAbsent(overlay.id(), overlay);
            if (twin != null) {
                throw new IllegalArgumentException(file + ": profile id '" + overlay.id() + "' is also defined in "
                        + twin.source());
            }
        }
        return overlays;
    }

    /** Overrides first, so that new ids start from the directory's own commercial-ama if it has one. */
    private Map<String, PayerProfile> merge(Map<String, ProfileOverlay> overlays) {
        Map<String, PayerProfile> merged = new HashMap<>(byId);
        overlays.values().stream().filter(o -> byId.containsKey(o.id()))
                .forEach(o -> merged.put(o.id(), o.over(byId.get(o.id()))));
        PayerProfile base = merged.get(BASE_PROFILE);
        overlays.values().stream().filter(o -> !byId.containsKey(o.id()))
                .forEach(o -> merged.put(o.id(), o.over(base)));
        return merged;
    }

    private static Map<String, String> readPayerMap(Path file, Set<String> profileIds) {
        Map<String, String> map = read(file, in -> ProfileYaml.readPayerMap(in, file.toString()));
        map.forEach((payerId, profileId) -> {
            if (!profileIds.contains(profileId)) {
                throw new IllegalArgumentException(file + ": key '" + payerId + "': unknown payer profile '"
                        + profileId + "' (known: " + String.join(", ", new TreeSet<>(profileIds)) + ")");
            }
        });
        return map;
    }

    private static boolean isPayerMap(Path file) {
        String name = file.getFileName().toString();
        return name.substring(0, name.lastIndexOf('.')).equals(PAYER_MAP_NAME);
    }

    private Map<String, PayerProfile> resolve(Map<String, String> profileIds) {
        Map<String, PayerProfile> resolved = new HashMap<>();
        profileIds.forEach((key, profileId) -> resolved.put(key, get(profileId)));
        return resolved;
    }

    private static List<Path> yamlFiles(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(Files::isRegularFile)
                    .filter(f -> f.getFileName().toString().endsWith(".yaml") || f.getFileName().toString().endsWith(".yml"))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list payer profile directory " + dir, e);
        }
    }

    private interface YamlRead<T> {
        T from(InputStream in) throws IOException;
    }

    private static <T> T read(Path file, YamlRead<T> reader) {
        try (InputStream in = Files.newInputStream(file)) {
            return reader.from(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read payer profile file " + file, e);
        }
    }

    /** Holder: the built-in profiles are read on first use, once. */
    private static final class BuiltIn {
        static final PayerProfiles PROFILES = read();

        private static PayerProfiles read() {
            Map<String, PayerProfile> profiles = new HashMap<>();
            for (String name : BUILT_IN) {
                try (InputStream in = PayerProfiles.class.getResourceAsStream(name)) {
                    if (in == null) {
                        throw new IllegalStateException("built-in payer profile missing from the classpath: " + name);
                    }
                    PayerProfile profile = ProfileYaml.readProfile(in, name).complete();
                    profiles.put(profile.id(), profile);
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot read built-in payer profile " + name, e);
                }
            }
            return new PayerProfiles(profiles, Map.of(), DEFAULT_PROFILE);
        }
    }
}
