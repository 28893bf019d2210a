package io.claimscrub.rules;

import java.time.LocalDate;

/**
 * "on 2026-11-02": the date phrase most findings carry. A claim's findings name the same date again
 * and again, and formatting a {@link LocalDate} is a measurable share of scrubbing, so the last
 * phrase made is kept (one shared entry; a race only costs a second formatting).
 */
public final class DateText {
    private record Phrase(LocalDate date, String spaced, String text) {
        static Phrase of(LocalDate date) {
            String spaced = " on " + date;
            return new Phrase(date, spaced, spaced.substring(1));
        }
    }

    private static volatile Phrase last = Phrase.of(LocalDate.EPOCH);

    private DateText() {
    }

    /** "on " and the ISO date; the date must not be null. */
    public static String on(LocalDate date) {
        return phrase(date).text;
    }

    /** " on " and the ISO date, to follow a word; the date must not be null. */
    public static String spacedOn(LocalDate date) {
        return phrase(date).spaced;
    }

    private static Phrase phrase(LocalDate date) {
        Phrase phrase = last;
        if (!phrase.date.equals(date)) {
            phrase = Phrase.of(date);
            last = phrase;
        }
        return phrase;
    }
}
