package io.claimscrub.functions.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.claimscrub.functions.common.FunctionConfig;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RejectedFilesTest {
    @Test
    void aRejectedFileKeepsItsPathUnderTheRejectedPrefix() {
        FunctionConfig config = FunctionConfig.fromEnvironment(Map.of("BUCKET_NAME", "b", "TABLE_NAME", "t"));
        RejectedFiles rejected = new RejectedFiles(null, config);
        assertEquals("rejected/acme/2026-11/claims.837", rejected.rejectedKey("inbound/acme/2026-11/claims.837"));
    }
}
