package io.claimscrub.codes;

import io.claimscrub.reference.CodeMap;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * Which procedure codes are outpatient therapy services, and which of them are timed (15-minute)
 * codes. Data lives in {@code therapy-codes.csv} beside this class.
 */
public final class TherapyCodes {
    public enum Kind { TIMED, UNTIMED }

    /** A claim line is looked up about three times. */
    private static final CodeMap<Kind> KINDS = load();

    private TherapyCodes() {
    }

    /** Whether the code is a therapy service (and so needs a discipline modifier where the payer asks). */
    public static boolean isTherapy(String code) {
        return KINDS.get(code) != null;
    }

    /** Whether the code is billed in 15-minute units under the time rules. */
    public static boolean isTimed(String code) {
        return KINDS.get(code) == Kind.TIMED;
    }

    private static CodeMap<Kind> load() {
        Map<String, Kind> kinds = new HashMap<>();
        try (InputStream in = TherapyCodes.class.getResourceAsStream("therapy-codes.csv");
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.US_ASCII))) {
            reader.lines()
                    .filter(l -> !l.isBlank() && !l.startsWith("#") && !l.startsWith("code,"))
                    .forEach(l -> {
                        String[] cells = l.split(",", -1);
                        kinds.put(cells[0].trim(), Kind.valueOf(cells[1].trim().toUpperCase(java.util.Locale.ROOT)));
                    });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new CodeMap<>(kinds);
    }
}
