package io.claimscrub.functions.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

class PageTokenTest {
    @Test
    void roundTripsTheBatchAndTheLastKey() {
        var key = Map.of("pk", AttributeValue.fromS("FILE#abc#B2"), "sk", AttributeValue.fromS("CLAIM#000000101"));
        String token = new PageToken(2, key).encode();
        assertFalse(token.contains("FILE"), "opaque: not the key in clear text");
        PageToken back = PageToken.decode(token);
        assertEquals(2, back.batch());
        assertEquals(key, back.lastKey());
    }

    @Test
    void aTokenWithoutBatchRoundTrips() {
        var key = Map.of("claimId", AttributeValue.fromS("PCN-1"), "scrubbedAt", AttributeValue.fromS("2026-11-02T10:00:00Z"),
                "pk", AttributeValue.fromS("p"), "sk", AttributeValue.fromS("s"));
        PageToken back = PageToken.decode(new PageToken(null, key).encode());
        assertNull(back.batch());
        assertEquals(key, back.lastKey());
    }

    @Test
    void anythingElseIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> PageToken.decode("%%%"));
        assertThrows(IllegalArgumentException.class, () -> PageToken.decode(encode("[1,2]")));
        assertThrows(IllegalArgumentException.class, () -> PageToken.decode(encode("{\"k\":{\"password\":\"x\"}}")));
        assertThrows(IllegalArgumentException.class, () -> PageToken.decode(encode("{\"b\":0,\"k\":{}}")));
        assertThrows(IllegalArgumentException.class, () -> PageToken.decode(encode("{\"k\":{\"pk\":7}}")));
    }

    private static String encode(String json) {
        return Base64.getUrlEncoder().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }
}
