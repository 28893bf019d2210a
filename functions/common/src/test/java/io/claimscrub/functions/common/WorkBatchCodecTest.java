package io.claimscrub.functions.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.claimscrub.finding.RuleId;
import io.claimscrub.model.Claim;
import io.claimscrub.model.Discipline;
import io.claimscrub.model.Documentation;
import io.claimscrub.model.Goal;
import io.claimscrub.model.Payer;
import io.claimscrub.model.PlanOfCare;
import io.claimscrub.model.ServiceLine;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class WorkBatchCodecTest {
    static Claim fullClaim() {
        LocalDate dos = LocalDate.of(2026, 11, 2);
        return new Claim("PCN-1001", new Payer("MEDICARE", "Medicare Part B", null, "MB"), Discipline.PT, dos,
                List.of("M62.81", "R26.89"), new BigDecimal("1200.00"),
                new PlanOfCare(List.of(new Goal("G1", "Independent sit-to-stand within 4 weeks"))),
                List.of(new ServiceLine(1, "97530", List.of("GP"), 2, 24, new BigDecimal("120.00"), dos,
                                new Documentation("Sit-to-stand with min assist, verbal cues.", List.of("G1"))),
                        new ServiceLine(2, "97110", List.of("GP", "59"), null, 23, null, dos.plusDays(1), null)),
                "1234567893");
    }

    @Test
    void aClaimSurvivesTheRoundTripExactly() {
        var entry = new WorkEntry.ClaimEntry(7, fullClaim(),
                List.of(RuleId.X12_SYNTAX.onClaim("SE01 says 40 segments, 41 counted", "fix SE01")));
        byte[] line = WorkBatchCodec.line(entry);
        assertEquals('\n', line[line.length - 1], "one entry, one line");
        assertEquals(1, new String(line, StandardCharsets.UTF_8).split("\n").length);
        WorkEntry back = WorkBatchCodec.parse(new String(line, StandardCharsets.UTF_8).trim());
        assertEquals(entry, back);
        // Exact decimals: 120.00 stays 120.00, not 120.0.
        assertEquals(new BigDecimal("120.00"), ((WorkEntry.ClaimEntry) back).claim().lines().get(0).charge());
    }

    @Test
    void rejectionsWithAndWithoutClaimIdRoundTrip() {
        var rejected = new WorkEntry.RejectionEntry(8, "PCN-9", List.of(RuleId.X12_SYNTAX.onClaim("CLM02 is not a number", null)));
        var wholeFile = new WorkEntry.RejectionEntry(9, null, List.of(RuleId.X12_SYNTAX.onClaim("no ISA segment", null)));
        ByteArrayOutputStream batch = new ByteArrayOutputStream();
        batch.writeBytes(WorkBatchCodec.line(rejected));
        batch.writeBytes(WorkBatchCodec.line(wholeFile));
        List<WorkEntry> read = new ArrayList<>();
        WorkBatchCodec.read(new ByteArrayInputStream(batch.toByteArray()), read::add);
        assertEquals(List.of(rejected, wholeFile), read);
    }

    @Test
    void theBatchCarriesNoFieldTheModelDoesNotHave() {
        String json = new String(WorkBatchCodec.line(new WorkEntry.ClaimEntry(1, fullClaim(), List.of())), StandardCharsets.UTF_8);
        assertTrue(json.contains("\"type\":\"claim\""));
        assertTrue(json.contains("\"dateOfService\":\"2026-11-02\""), "dates as ISO text");
        assertFalse(json.contains("billedUnits"), "derived values are not stored");
    }

    @Test
    void aLineThatIsNotAnEntryIsAnError() {
        assertThrows(IllegalArgumentException.class, () -> WorkBatchCodec.parse("{\"type\":\"unknown\"}"));
        assertThrows(IllegalArgumentException.class, () -> WorkBatchCodec.parse("not json"));
    }
}
