package io.claimscrub.functions.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FunctionConfigTest {
    private static Map<String, String> env(String... pairs) {
        Map<String, String> env = new HashMap<>(Map.of("BUCKET_NAME", "drops", "TABLE_NAME", "results"));
        for (int i = 0; i < pairs.length; i += 2) {
            env.put(pairs[i], pairs[i + 1]);
        }
        return env;
    }

    @Test
    void defaultsApplyWhenOnlyBucketAndTableAreSet() {
        FunctionConfig config = FunctionConfig.fromEnvironment(env());
        assertEquals("drops", config.bucketName());
        assertEquals("results", config.tableName());
        assertEquals("inbound/", config.inboundPrefix());
        assertEquals("work/", config.workPrefix());
        assertEquals("rejected/", config.rejectedPrefix());
        assertEquals("medicare", config.defaultPayerProfile());
        assertNull(config.payerProfilesDir());
        assertEquals(List.of(), config.ncciPtpFiles());
        assertNull(config.ncciMueFile());
        assertEquals(90, config.resultTtlDays());
        assertEquals(500, config.batchSize());
    }

    @Test
    void readsEveryVariable() {
        FunctionConfig config = FunctionConfig.fromEnvironment(env("INBOUND_PREFIX", "drop", "WORK_PREFIX", "tmp/batches/",
                "REJECTED_PREFIX", "bad/", "DEFAULT_PAYER_PROFILE", "commercial-ama", "PAYER_PROFILES_DIR", "/opt/payers",
                "NCCI_PTP_FILES", "/opt/ncci/ccipra-v321r0-f1.txt, /opt/ncci/ccipra-v321r0-f2.txt,",
                "NCCI_MUE_FILE", " /opt/ncci/MCR_MUE_PractitionerServices.csv ", "RESULT_TTL_DAYS", "7", "BATCH_SIZE", " 25 "));
        assertEquals("drop/", config.inboundPrefix(), "a prefix always ends in a slash");
        assertEquals("tmp/batches/", config.workPrefix());
        assertEquals("bad/", config.rejectedPrefix());
        assertEquals("commercial-ama", config.defaultPayerProfile());
        assertEquals("/opt/payers", config.payerProfilesDir());
        assertEquals(List.of("/opt/ncci/ccipra-v321r0-f1.txt", "/opt/ncci/ccipra-v321r0-f2.txt"), config.ncciPtpFiles(),
                "comma-separated, trimmed, empty entries dropped");
        assertEquals("/opt/ncci/MCR_MUE_PractitionerServices.csv", config.ncciMueFile());
        assertEquals(7, config.resultTtlDays());
        assertEquals(25, config.batchSize());
    }

    @Test
    void missingBucketOrTableIsNamed() {
        Map<String, String> noBucket = env();
        noBucket.remove("BUCKET_NAME");
        assertTrue(assertThrows(IllegalArgumentException.class, () -> FunctionConfig.fromEnvironment(noBucket))
                .getMessage().contains("BUCKET_NAME"));
        Map<String, String> noTable = env();
        noTable.put("TABLE_NAME", " ");
        assertTrue(assertThrows(IllegalArgumentException.class, () -> FunctionConfig.fromEnvironment(noTable))
                .getMessage().contains("TABLE_NAME"));
    }

    @Test
    void prefixesThatNestAreRefusedSoNoFunctionCanTriggerItself() {
        assertThrows(IllegalArgumentException.class, () -> FunctionConfig.fromEnvironment(env("WORK_PREFIX", "inbound/work/")));
        assertThrows(IllegalArgumentException.class, () -> FunctionConfig.fromEnvironment(env("INBOUND_PREFIX", "work/in")));
        assertThrows(IllegalArgumentException.class, () -> FunctionConfig.fromEnvironment(env("REJECTED_PREFIX", "work")));
        // "work/" and "workshop/" do not nest: the trailing slash keeps them apart.
        assertEquals("workshop/", FunctionConfig.fromEnvironment(env("REJECTED_PREFIX", "workshop")).rejectedPrefix());
    }

    @Test
    void badNumbersAndPrefixesAreNamed() {
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> FunctionConfig.fromEnvironment(env("BATCH_SIZE", "many"))).getMessage().contains("BATCH_SIZE"));
        assertThrows(IllegalArgumentException.class, () -> FunctionConfig.fromEnvironment(env("BATCH_SIZE", "0")));
        assertThrows(IllegalArgumentException.class, () -> FunctionConfig.fromEnvironment(env("RESULT_TTL_DAYS", "-1")));
        assertThrows(IllegalArgumentException.class, () -> FunctionConfig.fromEnvironment(env("INBOUND_PREFIX", "/inbound/")));
    }
}
