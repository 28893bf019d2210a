package io.claimscrub.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.junit.jupiter.api.Test;

class NcciTextTest {
    @Test
    void datesAreReadAsBasicIsoDateReadsThem() {
        NcciText text = new NcciText();
        for (LocalDate day = LocalDate.of(1995, 1, 1); day.getYear() < 2031; day = day.plusDays(1)) {
            String yyyymmdd = day.format(DateTimeFormatter.BASIC_ISO_DATE);
            assertEquals(day, text.date(yyyymmdd), yyyymmdd);
        }
        for (String odd : List.of("20240230", "20231301", "20230001", "20230100", "20230132", "00000101", "99991231",
                "2024-1-1", "2024011", "202401011", "", "2024010a", "+2024010", " 2024010", "２０２４０１０１", "20240229")) {
            assertEquals(formatter(odd), text.date(odd), odd);
        }
    }

    private static LocalDate formatter(String text) {
        try {
            return text.length() == 8 ? LocalDate.parse(text, DateTimeFormatter.BASIC_ISO_DATE) : null;
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
