package io.claimscrub.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.claimscrub.finding.Finding;
import io.claimscrub.finding.RuleId;
import io.claimscrub.json.ClaimJson;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The whole engine, built in, on request JSON: every rule family reached through one call. */
class ScrubEngineTest {
    private static final ScrubEngine ENGINE = ScrubEngine.builtIn();

    private static ClaimResult scrub(String json) {
        return ENGINE.scrub(ClaimJson.readRequest(json));
    }

    private static List<String> ruleIds(ClaimResult result) {
        return result.findings().stream().map(Finding::ruleId).toList();
    }

    @Test
    void cleanMedicareClaimHasNoFindingsAndLowRisk() {
        ClaimResult result = scrub("""
                {"claimId":"C1","payer":{"profile":"medicare"},"discipline":"PT","dateOfService":"2026-11-02",
                 "lines":[{"code":"97112","modifiers":["GP"],"units":2,"minutes":24},
                          {"code":"97110","modifiers":["GP"],"units":1,"minutes":23}]}""");
        assertEquals(List.of(), ruleIds(result));
        assertEquals(0, result.riskScore());
        assertEquals(RiskLevel.LOW, result.riskLevel());
        assertEquals("medicare", result.payerProfile());
        assertEquals(47, result.units().totalTimedMinutes());
        assertEquals(3, result.units().allowedUnits());
        assertEquals(3, result.units().billedUnits());
    }

    @Test
    void overbilledClaimWithoutModifiersIsHighRisk() {
        ClaimResult result = scrub("""
                {"claimId":"C2","payer":{"profile":"medicare"},"dateOfService":"2026-11-02",
                 "lines":[{"code":"97112","units":2,"minutes":24},
                          {"code":"97110","units":2,"minutes":23}]}""");
        List<String> ids = ruleIds(result);
        assertTrue(ids.contains(RuleId.UNITS_EXCEED_TIME.name()), ids.toString());
        assertTrue(ids.contains(RuleId.DISCIPLINE_MODIFIER_MISSING.name()), ids.toString());
        assertEquals(RiskLevel.HIGH, result.riskLevel());
        assertEquals(new RiskScorer().score(result.findings()), result.riskScore());
    }

    @Test
    void responseJsonUsesTheContractFieldNames() {
        JsonNode json = ClaimJson.toTree(scrub("""
                {"claimId":"C3","lines":[{"code":"97530","modifiers":["GP"],"units":3,"minutes":30}]}"""));
        assertEquals("C3", json.get("claimId").asText());
        assertTrue(json.get("riskScore").isInt());
        assertEquals("CMS", json.at("/units/method").asText());
        assertEquals(3, json.at("/units/billedUnits").asInt());
        assertEquals(1, json.at("/units/lines/0/line").asInt());
        assertEquals(2, json.at("/units/lines/0/expectedUnits").asInt());
        JsonNode finding = json.get("findings").get(0);
        assertEquals("UNITS_EXCEED_TIME", finding.get("ruleId").asText());
        assertEquals("ERROR", finding.get("severity").asText());
        assertEquals("TIME_UNITS", finding.get("category").asText());
        assertEquals("151", finding.get("carc").asText());
        assertEquals(1, finding.get("line").asInt());
    }

    @Test
    void commercialPayerUsesTheAmaMethod() {
        ClaimResult result = scrub("""
                {"claimId":"C4","payer":{"profile":"commercial-ama"},
                 "lines":[{"code":"97110","modifiers":["GP"],"units":1,"minutes":10},
                          {"code":"97140","modifiers":["GP"],"units":1,"minutes":10}]}""");
        assertEquals("AMA", result.units().method().name());
        assertEquals(2, result.units().allowedUnits());
        assertEquals(List.of(), ruleIds(result));
    }

    @Test
    void unknownProfileIsAnIllegalArgument() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> scrub("{\"payer\":{\"profile\":\"nope\"},\"lines\":[{\"code\":\"97110\",\"units\":1}]}"));
        assertTrue(e.getMessage().contains("nope"), e.getMessage());
    }

    @Test
    void rejectionHasNoUnitsAndCarriesItsFindings() {
        ClaimResult rejected = ENGINE.reject(null, List.of(RuleId.X12_SYNTAX.onClaim("ISA: not an X12 file", null)));
        assertTrue(rejected.rejected());
        assertNull(rejected.claimId());
        assertNull(rejected.units());
        assertEquals(RiskLevel.HIGH, rejected.riskLevel());
        assertTrue(ClaimJson.toTree(rejected).has("claimId"), "claimId is written even when null");
    }
}
