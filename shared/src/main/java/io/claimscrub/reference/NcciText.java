package io.claimscrub.reference;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/**
 * Cell handling shared by the PTP and MUE readers. A CMS file repeats a few thousand codes, a few
 * dozen dates and a handful of rationale texts over millions of rows, so equal values are shared
 * (one String or LocalDate per distinct value) to keep a full quarterly table small in memory.
 */
final class NcciText {
    private static final char BYTE_ORDER_MARK = '\uFEFF';

    private final Map<String, String> strings = new HashMap<>();
    private final Map<String, LocalDate> dates = new HashMap<>();

    static String stripByteOrderMark(String line) {
        return !line.isEmpty() && line.charAt(0) == BYTE_ORDER_MARK ? line.substring(1) : line;
    }

    String shared(String value) {
        return strings.computeIfAbsent(value, v -> v);
    }

    /** A CMS YYYYMMDD date; null when the text is not one. */
    LocalDate date(String yyyymmdd) {
        return dates.computeIfAbsent(yyyymmdd, NcciText::parseDate);
    }

    /**
     * The dates {@code DateTimeFormatter.BASIC_ISO_DATE} reads from 8 characters (eight ASCII
     * digits, a real date), read by hand: the formatter's first use cost ~15 ms of start-up.
     */
    private static LocalDate parseDate(String text) {
        if (text.length() != 8) {
            return null;
        }
        int yyyymmdd = 0;
        for (int i = 0; i < 8; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return null;
            }
            yyyymmdd = yyyymmdd * 10 + (c - '0');
        }
        try {
            return LocalDate.of(yyyymmdd / 10_000, yyyymmdd / 100 % 100, yyyymmdd % 100);
        } catch (DateTimeException e) {
            return null;
        }
    }
}
