package io.claimscrub.functions.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class FileIdTest {
    @Test
    void sameObjectSameIdWhetherOrNotTheEtagIsQuoted() {
        String fromEvent = FileId.of("drops", "inbound/a.837", "9b2cf535f27731c974343645a3985328");
        String fromHeader = FileId.of("drops", "inbound/a.837", "\"9b2cf535f27731c974343645a3985328\"");
        assertEquals(fromEvent, fromHeader);
        assertTrue(FileId.looksValid(fromEvent));
    }

    @Test
    void otherContentKeyOrBucketGivesAnotherId() {
        String id = FileId.of("drops", "inbound/a.837", "etag1");
        assertNotEquals(id, FileId.of("drops", "inbound/a.837", "etag2"));
        assertNotEquals(id, FileId.of("drops", "inbound/b.837", "etag1"));
        assertNotEquals(id, FileId.of("other", "inbound/a.837", "etag1"));
        // The separator keeps shifted boundaries apart.
        assertNotEquals(FileId.of("ab", "c", "e"), FileId.of("a", "bc", "e"));
    }

    @Test
    void onlyLowerCaseHexOfTheRightLengthLooksLikeAnId() {
        assertFalse(FileId.looksValid("ABCDEFABCDEFABCDEFABCDEF"));
        assertFalse(FileId.looksValid("abc"));
        assertFalse(FileId.looksValid("ghijklmnopqrstuvwxyzabcd"));
        assertFalse(FileId.looksValid(null));
    }
}
