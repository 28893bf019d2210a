package io.claimscrub.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.claimscrub.model.Claim;
import io.claimscrub.model.Discipline;
import io.claimscrub.model.ServiceLine;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ClaimJsonTest {
    private static final String SPEC_REQUEST = """
            {"claimId": "PCN-1001",
             "payer": {"id": "MEDICARE", "profile": "medicare"},
             "discipline": "PT",
             "dateOfService": "2026-11-02",
             "diagnoses": ["M62.81"],
             "ytdTherapyAmount": 1200.00,
             "planOfCare": {"goals": [{"id": "G1", "text": "Independent sit-to-stand transfer within 4 weeks"}]},
             "lines": [
               {"code": "97530", "modifiers": ["gp"], "units": 2, "minutes": 24, "charge": 120.00,
                "dateOfService": "2026-11-03", "documentation": {"note": "n", "goalIds": ["G1"]}},
               {"code": "97110", "units": 1}
             ]}
            """;

    @Test
    void readsTheSpecRequest() {
        Claim claim = ClaimJson.readRequest(SPEC_REQUEST);
        assertEquals("PCN-1001", claim.claimId());
        assertEquals("medicare", claim.payer().profile());
        assertEquals(Discipline.PT, claim.discipline());
        assertEquals(new BigDecimal("1200.00"), claim.ytdTherapyAmount());
        assertEquals("G1", claim.planOfCare().goals().get(0).id());
        ServiceLine first = claim.lines().get(0);
        assertEquals(1, first.line());
        assertEquals(List.of("GP"), first.modifiers());
        assertEquals(24, first.minutes());
        assertEquals(LocalDate.of(2026, 11, 3), first.dateOfService());
        assertEquals(List.of("G1"), first.documentation().goalIds());
    }

    @Test
    void linesWithoutDateTakeTheClaimsAndOptionalFieldsStayEmpty() {
        ServiceLine second = ClaimJson.readRequest(SPEC_REQUEST).lines().get(1);
        assertEquals(2, second.line());
        assertEquals(LocalDate.of(2026, 11, 2), second.dateOfService());
        assertNull(second.minutes());
        assertNull(second.documentation());
        assertTrue(second.modifiers().isEmpty());
    }

    @Test
    void onlyCodeAndUnitsAreRequired() {
        Claim claim = ClaimJson.readRequest("{\"lines\":[{\"code\":\"97110\",\"units\":1}]}");
        assertNull(claim.claimId());
        assertEquals(1, claim.lines().size());
    }

    @Test
    void errorsNameTheField() {
        assertMessage("{\"lines\":[{\"code\":\"97110\"}]}", "lines[0].units: required");
        assertMessage("{\"lines\":[{\"code\":\"97110\",\"units\":\"two\"}]}", "lines[0].units: expected a whole number");
        assertMessage("{\"lines\":[{\"code\":\"97110\",\"units\":1.5}]}", "lines[0].units: expected a whole number");
        assertMessage("{\"lines\":[{\"units\":1}]}", "lines[0].code: required");
        assertMessage("{\"lines\":[]}", "lines: expected a non-empty array");
        assertMessage("{\"lines\":[" + ",{\"code\":\"97110\",\"units\":1}".repeat(51).substring(1) + "]}",
                "lines: at most 50 service lines per claim (the 837P's limit), got 51");
        assertMessage("{}", "lines: required");
        assertMessage("[]", "request: expected a JSON object");
        assertMessage("{\"dateOfService\":\"11/02/2026\",\"lines\":[{\"code\":\"97110\",\"units\":1}]}",
                "dateOfService: expected a date as YYYY-MM-DD");
        assertMessage("{\"discipline\":\"XX\",\"lines\":[{\"code\":\"97110\",\"units\":1}]}",
                "discipline: expected PT, OT or SLP");
        assertMessage("{\"lines\":[{\"code\":\"97110\",\"units\":1,\"modifiers\":\"GP\"}]}",
                "lines[0].modifiers: expected an array of strings");
    }

    @Test
    void unitsAndMinutesHaveACeilingSoTheDailySumsCannotOverflow() {
        // two lines of 2147483647 units once added up to -2 billed units (UNITS_BELOW_TIME, no MUE finding)
        assertMessage("{\"lines\":[{\"code\":\"97530\",\"units\":2147483647}]}",
                "lines[0].units: must be at most 100000, got 2147483647");
        assertMessage("{\"lines\":[{\"code\":\"97530\",\"units\":1},{\"code\":\"97110\",\"units\":1,\"minutes\":100001}]}",
                "lines[1].minutes: must be at most 100000, got 100001");
        Claim claim = ClaimJson.readRequest("{\"lines\":[{\"code\":\"97530\",\"units\":100000,\"minutes\":100000}]}");
        assertEquals(100000, claim.lines().get(0).minutes());
    }

    @Test
    void notesAndGoalsHaveCeilingsSoOneRequestCannotTieUpTheDocumentationRules() {
        // 50 lines of 19,000-character notes had cost a check request 15-26 s of CPU (past API Gateway's 29 s)
        String longest = "x".repeat(10_000);
        Claim claim = ClaimJson.readRequest("{\"lines\":[{\"code\":\"97530\",\"units\":1,\"documentation\":{\"note\":\""
                + longest + "\"}}]}");
        assertEquals(longest, claim.lines().get(0).documentation().note());
        assertMessage("{\"lines\":[{\"code\":\"97530\",\"units\":1},{\"code\":\"97110\",\"units\":1,"
                + "\"documentation\":{\"note\":\"" + longest + "x\"}}]}",
                "lines[1].documentation.note: at most 10000 characters, got 10001");
        assertMessage("{\"planOfCare\":{\"goals\":[" + ",{\"id\":\"G\",\"text\":\"walk\"}".repeat(101).substring(1)
                + "]},\"lines\":[{\"code\":\"97530\",\"units\":1}]}", "planOfCare.goals: at most 100 goals, got 101");
        assertMessage("{\"planOfCare\":{\"goals\":[{\"id\":\"G1\",\"text\":\"" + "w".repeat(1_001)
                + "\"}]},\"lines\":[{\"code\":\"97530\",\"units\":1}]}",
                "planOfCare.goals[0].text: at most 1000 characters, got 1001");
        assertMessage("{\"lines\":[{\"code\":\"97530\",\"units\":1,\"documentation\":{\"goalIds\":["
                + ",\"G1\"".repeat(101).substring(1) + "]}}]}", "lines[0].documentation.goalIds: at most 100 goal ids, got 101");
    }

    @Test
    void anX12FileSentAsARequestIsNamedAsOne() {
        for (String start : List.of("ISA*00*          *00*", "\uFEFF\r\n  ISA|00|")) {
            assertMessage(start + "          *ZZ*SUBMITTER~GS*HC~",
                    "the request is an X12 837 (it starts with ISA), not a JSON claim request: scrub an 837 with"
                            + " 'claimscrub scrub FILE', or send it to the API as Content-Type application/edi-x12");
        }
        assertMessage("IS", "malformed JSON: Unrecognized token 'IS'");
        assertMessage("{\"ISA\": 1}", "lines: required");
    }

    @Test
    void amountsHaveAtMostTheDigitsOfAnX12Decimal() {
        // 1e1000000 had cost the KX check a minute of CPU; 1e999999999 and 1e-999999999 overflowed (a 500)
        for (String amount : List.of("1e1000000", "1e999999999", "1e-999999999", "1234567890123456789")) {
            assertMessage("{\"ytdTherapyAmount\":" + amount + ",\"lines\":[{\"code\":\"97530\",\"units\":1}]}",
                    "ytdTherapyAmount: expected an amount of at most 18 digits (as in an 837), got ");
            assertMessage("{\"lines\":[{\"code\":\"97530\",\"units\":1},{\"code\":\"97110\",\"units\":1,\"charge\":" + amount + "}]}",
                    "lines[1].charge: expected an amount of at most 18 digits (as in an 837), got ");
        }
        Claim claim = ClaimJson.readRequest("{\"ytdTherapyAmount\":1E+3,\"lines\":[{\"code\":\"97530\",\"units\":1,"
                + "\"charge\":0.30000000000000004},{\"code\":\"97110\",\"units\":1,\"charge\":-123456789012345.678}]}");
        assertEquals(0, new BigDecimal("1000").compareTo(claim.ytdTherapyAmount()));
        assertEquals(new BigDecimal("0.30000000000000004"), claim.lines().get(0).charge());
        assertEquals(new BigDecimal("-123456789012345.678"), claim.lines().get(1).charge());
    }

    @Test
    void codesAndModifiersMustHaveTheirX12Shape() {
        assertMessage("{\"lines\":[{\"code\":\"9753\",\"units\":1}]}",
                "lines[0].code: expected a 5-character CPT/HCPCS code, got \"9753\"");
        assertMessage("{\"lines\":[{\"code\":\"97530\",\"units\":1,\"modifiers\":[\"GP\",\"GPX\"]}]}",
                "lines[0].modifiers[1]: expected a 2-character modifier, got \"GPX\"");
        Claim claim = ClaimJson.readRequest("{\"lines\":[{\"code\":\" g0283 \",\"units\":1,\"modifiers\":[\" gp\"]}]}");
        assertEquals("G0283", claim.lines().get(0).code());
        assertEquals(List.of("GP"), claim.lines().get(0).modifiers());
    }

    @Test
    void malformedJsonIsAnInvalidClaimNotAParserException() {
        assertMessage("{\"lines\": [", "malformed JSON");
        assertMessage("{\"lines\":[{\"code\":\"97110\",\"units\":1}]} trailing", "malformed JSON");
    }

    @Test
    void jacksonsStreamLimitsAreMalformedJsonToo() {
        // These carry no location; reading it had been a NullPointerException (the API's 500).
        assertMessage("{\"x\":" + "[".repeat(2000) + "]".repeat(2000) + ",\"lines\":[{\"code\":\"97110\",\"units\":1}]}",
                "malformed JSON: Document nesting depth (1001) exceeds the maximum allowed");
        assertMessage("{\"lines\":[{\"code\":\"97110\",\"units\":" + "1".repeat(5000) + "}]}",
                "malformed JSON: Number value length");
    }

    private static void assertMessage(String json, String expectedStart) {
        InvalidClaimException e = assertThrows(InvalidClaimException.class, () -> ClaimJson.readRequest(json));
        assertTrue(e.getMessage().startsWith(expectedStart), e.getMessage());
    }
}
