package io.claimscrub.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.claimscrub.engine.ClaimResult;
import io.claimscrub.model.Claim;
import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** JSON in and out for the SPEC §4 contracts: the claim request and the claim response. */
public final class ClaimJson {
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            // Money keeps its cents exactly as sent.
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
            .build();

    private ClaimJson() {
    }

    public static ObjectMapper mapper() {
        return MAPPER;
    }

    /** Reads one claim request. Malformed JSON and wrong field types are an {@link InvalidClaimException}. */
    public static Claim readRequest(InputStream json) {
        BufferedInputStream in = new BufferedInputStream(json);
        try {
            boolean x12 = startsWithIsa(in);
            try {
                return ClaimRequestReader.read(MAPPER.readTree(in));
            } catch (JsonProcessingException e) {
                if (x12) {
                    // Jackson would say "Unrecognized token 'ISA'": say what was sent and where it goes instead.
                    throw new InvalidClaimException("the request is an X12 837 (it starts with ISA), not a JSON claim"
                            + " request: scrub an 837 with 'claimscrub scrub FILE', or send it to the API as"
                            + " Content-Type application/edi-x12");
                }
                throw e;
            }
        } catch (JsonProcessingException e) {
            // Jackson's stream limits (nesting deeper than 1000, a number longer than 1000 digits) throw
            // without a location: the message alone then (the location had been a NullPointerException).
            JsonLocation at = e.getLocation();
            throw new InvalidClaimException("malformed JSON: " + e.getOriginalMessage()
                    + (at == null ? "" : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether the stream, past a UTF-8 byte-order mark and blanks, starts with ISA; the stream is left unread. */
    private static boolean startsWithIsa(BufferedInputStream in) throws IOException {
        in.mark(128);
        try {
            int b = in.read();
            if (b == 0xEF && in.read() == 0xBB && in.read() == 0xBF) {
                b = in.read();
            }
            for (int blanks = 0; b != -1 && Character.isWhitespace(b) && blanks < 60; blanks++) {
                b = in.read();
            }
            return b == 'I' && in.read() == 'S' && in.read() == 'A';
        } finally {
            in.reset();
        }
    }

    public static Claim readRequest(String json) {
        return readRequest(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    }

    /** The response object for a result, as a tree so callers can add fields (such as {@code file}). */
    public static ObjectNode toTree(ClaimResult result) {
        return MAPPER.valueToTree(result);
    }

    public static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise " + value.getClass().getSimpleName(), e);
        }
    }

    public static JsonNode tree(Object value) {
        return MAPPER.valueToTree(value);
    }
}
