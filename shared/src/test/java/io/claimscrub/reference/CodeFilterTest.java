package io.claimscrub.reference;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class CodeFilterTest {
    @Test
    void everyCodeGivenMayBeThere() {
        List<String> codes = List.of("97110", "97140", "97530", "G0283", "0552T", "00000", "ZZZZZ");
        CodeFilter filter = new CodeFilter(codes);
        for (String code : codes) {
            assertTrue(filter.mayContain(CodeMap.key(code)), code);
        }
    }

    @Test
    void anEmptyFilterSaysNoToEverything() {
        CodeFilter filter = new CodeFilter(List.of("9711", "97110-GP")); // codes that do not pack are left out
        for (int code = 97000; code < 98000; code++) {
            assertFalse(filter.mayContain(CodeMap.key(String.valueOf(code))));
        }
    }

    @Test
    void mostCodesNotGivenAreTurnedAway() {
        CodeFilter filter = new CodeFilter(List.of("97110", "97140", "97530"));
        int maybe = 0;
        for (int code = 10000; code < 20000; code++) {
            maybe += filter.mayContain(CodeMap.key(String.valueOf(code))) ? 1 : 0;
        }
        assertTrue(maybe < 200, maybe + " of 10000 codes not given may be there");
    }
}
