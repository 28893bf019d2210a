package io.claimscrub.reference;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * NCCI PTP edits indexed by code pair. Immutable once built, so one table serves every thread.
 *
 * <p>CMS keeps deleted rows, so one pair may have several, and some sources (the shipped subset)
 * carry no effective dates, which makes several rows look "active" on one date. A pair's rows form
 * a chain in time (a row takes over when the previous one is deleted), so the row in force is the
 * active one deleted soonest; the rows are kept in that order and the first active one wins.
 */
public final class PtpTable {
    private static final Comparator<PtpEdit> DELETED_SOONEST_FIRST =
            Comparator.comparing(PtpEdit::deletionDate, Comparator.nullsLast(Comparator.naturalOrder()));

    private final Map<String, Map<String, List<PtpEdit>>> byColumn1 = new HashMap<>();
    private final int size;

    public PtpTable(Collection<PtpEdit> edits) {
        for (PtpEdit e : edits) {
            byColumn1.computeIfAbsent(e.column1(), k -> new HashMap<>())
                    .merge(e.column2(), List.of(e), PtpTable::inTimeOrder);
        }
        this.size = edits.size();
    }

    /** The edit with {@code column1} as column 1 and {@code column2} as column 2 in force on the date, if any. */
    public Optional<PtpEdit> activeEdit(String column1, String column2, LocalDate dateOfService) {
        Map<String, List<PtpEdit>> byColumn2 = byColumn1.get(column1);
        List<PtpEdit> rows = byColumn2 == null ? null : byColumn2.get(column2);
        if (rows == null) {
            return Optional.empty();
        }
        for (int i = 0; i < rows.size(); i++) {
            PtpEdit row = rows.get(i);
            if (row.activeOn(dateOfService)) {
                return Optional.of(row);
            }
        }
        return Optional.empty();
    }

    /** Most pairs have one row and never get here; the few with several stay short. */
    private static List<PtpEdit> inTimeOrder(List<PtpEdit> rows, List<PtpEdit> more) {
        List<PtpEdit> all = new ArrayList<>(rows);
        all.addAll(more);
        all.sort(DELETED_SOONEST_FIRST);
        return List.copyOf(all);
    }

    /** Number of rows loaded, deleted ones included. */
    public int size() {
        return size;
    }
}
