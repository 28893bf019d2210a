package io.claimscrub.json;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Strings and numbers must come out as the bytes of Jackson's UTF-8 generator (what databind writes). */
class JsonByteWriterTest {
    @Test
    void everyCharIsEscapedOrEncodedAsJacksonDoes() throws JsonProcessingException {
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            String text = "a" + (char) c + "b";
            assertArrayEquals(jackson(text), written(text), () -> "char U+" + Integer.toHexString(text.charAt(1)));
        }
    }

    @Test
    void surrogatePairsLongAndEmptyStringsAsJacksonDoes() throws JsonProcessingException {
        StringBuilder longText = new StringBuilder();
        for (int i = 0; i < 5000; i++) {
            longText.append("\u00e9\"\n\uD83D\uDE00x\u20ac");
        }
        for (String text : new String[] {"", "\uD83D\uDE00", "\uDBFF\uDFFF\uD800", longText.toString(), "plain ascii"}) {
            assertArrayEquals(jackson(text), written(text), text.length() > 20 ? "long text" : text);
        }
    }

    @Test
    void numbersAsJacksonWritesThem() throws JsonProcessingException {
        for (int n : new int[] {0, 7, -1, 10, 99, 100, -12345, Integer.MAX_VALUE, Integer.MIN_VALUE, Integer.MIN_VALUE + 1}) {
            JsonByteWriter out = new JsonByteWriter(1);
            out.number(n);
            assertArrayEquals(ClaimJson.mapper().writeValueAsBytes(n), out.toByteArray(), Integer.toString(n));
        }
    }

    @Test
    void commasGoBetweenValuesAndFieldsButNotAfterRawSeparators() {
        JsonByteWriter out = new JsonByteWriter(1);
        out.startObject();
        out.field(JsonByteWriter.name("a"));
        out.startArray();
        out.number(1);
        out.bool(true);
        out.nullValue();
        out.startObject();
        out.endObject();
        out.startArray();
        out.endArray();
        out.endArray();
        out.field(JsonByteWriter.name("b\"c"));
        out.bool(false);
        out.endObject();
        out.raw(new byte[] {'\n'});
        out.string(null);
        assertEquals("{\"a\":[1,true,null,{},[]],\"b\\\"c\":false}\nnull",
                new String(out.toByteArray(), StandardCharsets.UTF_8));
        assertEquals(out.toByteArray().length, out.size());
    }

    private static byte[] jackson(String text) throws JsonProcessingException {
        return ClaimJson.mapper().writeValueAsBytes(text);
    }

    private static byte[] written(String text) {
        JsonByteWriter out = new JsonByteWriter(1);
        out.string(text);
        return out.toByteArray();
    }
}
