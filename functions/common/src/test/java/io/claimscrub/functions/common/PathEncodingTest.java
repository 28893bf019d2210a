package io.claimscrub.functions.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class PathEncodingTest {
    @Test
    void decodesEscapesAsUtf8AndLeavesPlusAndMalformedEscapesAlone() {
        assertEquals("A/B 1", PathEncoding.decode("A%2FB%201"));
        assertEquals("café", PathEncoding.decode("caf%C3%A9"));
        assertEquals("a+b", PathEncoding.decode("a+b"));
        assertEquals("100%", PathEncoding.decode("100%"));
        assertEquals("%zz%4", PathEncoding.decode("%zz%4"));
        assertEquals("PCN-1001", PathEncoding.decode("PCN-1001"));
    }
}
