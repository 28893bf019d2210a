package io.claimscrub.reference;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** NCCI PTP edits indexed by code pair. CMS keeps deleted rows, so one pair may have several. */
public final class PtpTable {
    private final Map<String, List<PtpEdit>> byPair = new HashMap<>();
    private final int size;

    public PtpTable(Collection<PtpEdit> edits) {
        for (PtpEdit e : edits) {
            byPair.computeIfAbsent(key(e.column1(), e.column2()), k -> new ArrayList<>(1)).add(e);
        }
        this.size = edits.size();
    }

    /** The edit with {@code column1} as column 1 and {@code column2} as column 2 in force on the date, if any. */
    public Optional<PtpEdit> activeEdit(String column1, String column2, LocalDate dateOfService) {
        List<PtpEdit> rows = byPair.get(key(column1, column2));
        if (rows == null) {
            return Optional.empty();
        }
        return rows.stream().filter(e -> e.activeOn(dateOfService)).findFirst();
    }

    public int size() {
        return size;
    }

    private static String key(String column1, String column2) {
        return column1 + '|' + column2;
    }
}
