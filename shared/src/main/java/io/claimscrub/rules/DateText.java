package io.claimscrub.rules;

import java.time.LocalDate;

/**
 * "on 2026-11-02": the date phrase most findings carry. A claim's findings name the same date again
 * and again, and formatting a {@link LocalDate} is a measurable share of scrubbing, so the last
 * phrase made is kept (one shared entry; a race only costs a second formatting).
 */
public final class DateText {
    private record Phrase(LocalDate date, String text) {
    }

    private static volatile Phrase last = new Phrase(LocalDate.EPOCH, "on " + LocalDate.EPOCH);

    private DateText() {
    }

    /** "on " and the ISO date; the date must not be null. */
    public static String on(LocalDate date) {
        Phrase phrase = last;
        if (!phrase.date.equals(date)) {
            phrase = new Phrase(date, "on " + date);
            last = phrase;
        }
        return phrase.text;
    }
}
