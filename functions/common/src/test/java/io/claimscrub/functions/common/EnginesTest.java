package io.claimscrub.functions.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.claimscrub.engine.ScrubEngine;
import io.claimscrub.finding.Finding;
import io.claimscrub.json.ClaimJson;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The functions load the current quarter's NCCI files from their configuration, and fail at start on bad ones. */
class EnginesTest {
    /** 97150 with 97110 × 5 on one 2026 date: a PTP pair in the shipped 2024 Q2 rows, and 5 units under its MUE of 6. */
    private static final String CLAIM = """
            {"claimId": "T1", "payer": {"profile": "medicare"}, "discipline": "PT", "dateOfService": "2026-11-02",
             "lines": [{"code": "97150", "modifiers": ["GP"], "units": 1},
                       {"code": "97110", "modifiers": ["GP"], "units": 5, "minutes": 75}]}
            """;

    private static Path resource(String name) {
        try {
            return Path.of(EnginesTest.class.getResource("ncci/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static FunctionConfig config(String... pairs) {
        Map<String, String> env = new HashMap<>(Map.of("BUCKET_NAME", "drops", "TABLE_NAME", "results"));
        for (int i = 0; i < pairs.length; i += 2) {
            env.put(pairs[i], pairs[i + 1]);
        }
        return FunctionConfig.fromEnvironment(env);
    }

    private static List<String> ruleIds(ScrubEngine engine) {
        return engine.scrub(ClaimJson.readRequest(CLAIM)).findings().stream().map(Finding::ruleId).toList();
    }

    @Test
    void withoutNcciVariablesTheShippedTablesApply() {
        List<String> rules = ruleIds(Engines.create(config("NCCI_PTP_FILES", " ", "NCCI_MUE_FILE", "")));
        assertTrue(rules.contains("NCCI_PTP_MODIFIER_REQUIRED"), rules.toString());
        assertFalse(rules.contains("MUE_EXCEEDED"), rules.toString());
    }

    @Test
    void theCurrentQuartersFilesReplaceTheShippedOnes() {
        String ptp = resource("ccipra-qa-f1.txt") + ", " + resource("ccipra-qa-f2.txt");
        List<String> rules = ruleIds(Engines.create(config("NCCI_PTP_FILES", ptp,
                "NCCI_MUE_FILE", resource("MCR_MUE_PractitionerServices_QA.csv").toString())));
        assertFalse(rules.contains("NCCI_PTP_MODIFIER_REQUIRED"), "97150/97110 is deleted in the new quarter: " + rules);
        assertTrue(rules.contains("MUE_EXCEEDED"), "97110's MUE is 4 in the new quarter: " + rules);
    }

    @Test
    void aBadNcciFileFailsAtStartNamingTheVariableTheFileAndTheLine() {
        FunctionConfig config = config("NCCI_PTP_FILES", resource("ccipra-bad-modifier.txt").toString());
        String message = assertThrows(IllegalArgumentException.class, () -> Engines.create(config)).getMessage();
        assertTrue(message.startsWith("NCCI_PTP_FILES/NCCI_MUE_FILE: "), message);
        assertTrue(message.contains("ccipra-bad-modifier.txt line 3: modifier indicator must be 0, 1 or 9, found '2'"), message);
    }

    @Test
    void aMissingNcciFileOrProfileDirectoryFailsAtStartNamingTheVariable() {
        String missing = assertThrows(IllegalArgumentException.class,
                () -> Engines.create(config("NCCI_MUE_FILE", "/nonexistent/MCR_MUE.csv"))).getMessage();
        assertTrue(missing.startsWith("NCCI_PTP_FILES/NCCI_MUE_FILE: cannot read NCCI MUE file /nonexistent/MCR_MUE.csv"), missing);
        assertEquals(1, missing.lines().count(), missing);
        String dir = assertThrows(IllegalArgumentException.class,
                () -> Engines.create(config("PAYER_PROFILES_DIR", "/nonexistent/payers"))).getMessage();
        assertTrue(dir.startsWith("PAYER_PROFILES_DIR: payer profile directory /nonexistent/payers"), dir);
        String profile = assertThrows(IllegalArgumentException.class,
                () -> Engines.create(config("DEFAULT_PAYER_PROFILE", "acme"))).getMessage();
        assertTrue(profile.startsWith("DEFAULT_PAYER_PROFILE: unknown payer profile 'acme'"), profile);
    }
}
