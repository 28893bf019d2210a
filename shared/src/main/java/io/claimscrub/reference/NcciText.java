package io.claimscrub.reference;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
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

    private static LocalDate parseDate(String text) {
        if (text.length() != 8) {
            return null;
        }
        try {
            return LocalDate.parse(text, DateTimeFormatter.BASIC_ISO_DATE);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
