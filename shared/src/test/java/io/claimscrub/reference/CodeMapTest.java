package io.claimscrub.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CodeMapTest {
    @Test
    void findsEveryCodeItWasGivenAndNothingElse() {
        Map<String, Integer> given = new HashMap<>();
        for (int i = 0; i < 1000; i++) {
            given.put(String.valueOf(97000 + i), i);
        }
        given.put("G0283", -1);
        given.put("0552T", -2);
        given.put("ZZZZZ", -3);
        CodeMap<Integer> map = new CodeMap<>(given);
        given.forEach((code, value) -> assertEquals(value, map.get(code), code));
        assertEquals(given.size(), map.size());
        assertNull(map.get("96999"));
        assertNull(map.get("G0284"));
        assertNull(map.get("00000"));
    }

    @Test
    void keysThatAreNotFiveLettersOrDigitsAreKeptToo() {
        Map<String, String> given = new HashMap<>();
        given.put("97110", "timed");
        given.put("9711", "short");
        given.put("97110-GP", "long");
        given.put("97l10", "lower case");
        given.put("", "empty");
        CodeMap<String> map = new CodeMap<>(given);
        given.forEach((code, value) -> assertEquals(value, map.get(code), code));
        assertNull(map.get("971100"));
        assertNull(map.get("97 10"));
        assertNull(map.get(null));
    }

    @Test
    void anEmptyMapHasNothing() {
        CodeMap<String> map = new CodeMap<>(Map.of());
        assertTrue(map.isEmpty());
        assertNull(map.get("97110"));
        assertNull(map.get("x"));
    }

    @Test
    void keysAreDistinctBase36Numbers() {
        assertEquals(0, CodeMap.key("00000"));
        assertEquals(36 * 36 * 36 * 36 * 36 - 1, CodeMap.key("ZZZZZ"));
        assertEquals(-1, CodeMap.key("9711a"));
        assertEquals(-1, CodeMap.key(null));
    }
}
