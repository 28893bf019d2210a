package io.claimscrub.rules;

import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * "on 2026-11-02": the date phrase most findings carry. A claim's findings name the same date again
 * and again, and formatting a {@link LocalDate} is a measurable share of scrubbing, so the last
 * phrase made is kept (one shared entry; a race only costs a second formatting). Claims come back to
 * the dates of earlier claims, so the phrases of recent dates are kept too, a bounded number.
 */
public final class DateText {
    private record Phrase(LocalDate date, String spaced, String text) {
        static Phrase of(LocalDate date) {
            String spaced = " on " + date;
            return new Phrase(date, spaced, spaced.substring(1));
        }
    }

    /** About eleven years of dates, some 600 KB of phrases at most; past it the kept ones are dropped. */
    private static final int MOST_KEPT = 4096;
    private static final Map<LocalDate, Phrase> KEPT = new ConcurrentHashMap<>();
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
            phrase = KEPT.get(date);
            if (phrase == null) {
                phrase = Phrase.of(date);
                if (KEPT.size() >= MOST_KEPT) {
                    KEPT.clear();
                }
                KEPT.put(date, phrase);
            }
            last = phrase;
        }
        return phrase;
    }
}
