package io.claimscrub.local.lambda;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class S3EventsTest {

    @Test
    void keysAreEncodedPerSegmentLikeS3EventKeys() {
        assertEquals("inbound/claims.837", S3Events.encodeKey("inbound/claims.837"));
        assertEquals("inbound/my+file+%281%29.837", S3Events.encodeKey("inbound/my file (1).837"));
        assertEquals("inbound/a%2Bb%3D%C3%A9.837", S3Events.encodeKey("inbound/a+b=é.837"));
        assertEquals("inbound//x", S3Events.encodeKey("inbound//x"));
    }
}
