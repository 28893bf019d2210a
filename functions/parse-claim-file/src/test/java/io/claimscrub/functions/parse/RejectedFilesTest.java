package io.claimscrub.functions.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.claimscrub.functions.common.FunctionConfig;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RejectedFilesTest {
    private static final String FILE_ID = "0123456789abcdef01234567";
    private final RejectedFiles rejected = new RejectedFiles(null,
            FunctionConfig.fromEnvironment(Map.of("BUCKET_NAME", "b", "TABLE_NAME", "t")));

    @Test
    void aRejectedFileKeepsItsPathUnderTheRejectedPrefixAndItsFileId() {
        assertEquals("rejected/" + FILE_ID + "/acme/2026-11/claims.837",
                rejected.rejectedKey("inbound/acme/2026-11/claims.837", FILE_ID));
    }

    @Test
    void twoVersionsDroppedUnderOneKeyGetTwoCopies() {
        assertNotEquals(rejected.rejectedKey("inbound/claims.837", FILE_ID),
                rejected.rejectedKey("inbound/claims.837", "76543210fedcba9876543210"));
    }

    @Test
    void aPathThatWouldPassTheKeyLimitIsLeftOut() {
        String key = rejected.rejectedKey("inbound/" + "é".repeat(500), FILE_ID);
        assertEquals("rejected/" + FILE_ID + "/file", key);
        assertTrue((key + RejectedFiles.REASONS_SUFFIX).getBytes(StandardCharsets.UTF_8).length <= 1024);
        String longest = "a".repeat(1024 - "rejected/".length() - FILE_ID.length() - 1 - RejectedFiles.REASONS_SUFFIX.length());
        assertEquals("rejected/" + FILE_ID + "/" + longest, rejected.rejectedKey("inbound/" + longest, FILE_ID));
    }
}
