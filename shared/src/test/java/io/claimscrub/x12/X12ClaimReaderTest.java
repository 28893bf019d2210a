package io.claimscrub.x12;

import static io.claimscrub.x12.Edi837.claim;
import static io.claimscrub.x12.Edi837.file;
import static io.claimscrub.x12.Edi837.interchange;
import static io.claimscrub.x12.Edi837.line;
import static io.claimscrub.x12.Edi837.patient;
import static io.claimscrub.x12.Edi837.simpleClaim;
import static io.claimscrub.x12.Edi837.subscriber;
import static io.claimscrub.x12.Edi837.transactionSet;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.claimscrub.finding.Finding;
import io.claimscrub.finding.RuleId;
import io.claimscrub.model.Claim;
import io.claimscrub.model.Discipline;
import io.claimscrub.model.Payer;
import io.claimscrub.model.ServiceLine;
import io.claimscrub.x12.Recorder.Outcome;
import io.claimscrub.x12.Recorder.Result;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class X12ClaimReaderTest {
    private static final String BILLING = Edi837.BILLING_PT;

    /** Reads a file holding one transaction set: billing provider, one subscriber, then {@code claims}. */
    private static Result readClaims(String claims) {
        return Recorder.read(file(BILLING + subscriber(2) + claims));
    }

    private static Claim onlyClaim(String claims) {
        Outcome outcome = readClaims(claims).only();
        assertFalse(outcome.rejected(), () -> "rejected: " + outcome.messages());
        return outcome.claim();
    }

    private static ServiceLine onlyLine(String sv1) {
        return onlyClaim(claim("C1", "90") + line(1, sv1, "20240304")).lines().get(0);
    }

    @Nested
    class Mapping {
        @Test
        void mapsAClaimIntoTheModel() {
            Result result = readClaims(claim("PCN-1", "210") + "DTP*472*D8*20240301~REF*D9*X1~NTE*ADD*CLAIM NOTE~"
                    + "NM1*82*1*SMITH*ANN****XX*1245319599~PRV*PE*PXC*225X00000X~"
                    + line(1, "HC:97530:GO:59*120*UN*2***1:2", "20240304")
                    + line(2, "HC:97110:GO*90*UN*2***1", "20240305"));
            Outcome outcome = result.only();
            assertEquals(List.of(), outcome.findings());
            Claim claim = outcome.claim();
            assertEquals("PCN-1", claim.claimId());
            assertEquals(new Payer("00431", "MEDICARE PART B", null, "MB"), claim.payer());
            assertEquals(Discipline.OT, claim.discipline(), "from the rendering provider's taxonomy 225X...");
            assertEquals(LocalDate.of(2024, 3, 1), claim.dateOfService());
            assertEquals(List.of("M545", "R262"), claim.diagnoses());
            assertEquals("1245319599", claim.renderingProviderNpi());
            assertNull(claim.planOfCare());
            assertNull(claim.ytdTherapyAmount());
            assertEquals(List.of(
                    new ServiceLine(1, "97530", List.of("GO", "59"), 2, null, new BigDecimal("120"), LocalDate.of(2024, 3, 4), null),
                    new ServiceLine(2, "97110", List.of("GO"), 2, null, new BigDecimal("90"), LocalDate.of(2024, 3, 5), null)),
                    claim.lines());
            assertEquals(new ReadSummary(result.summary().bytes(), result.summary().segments(), 1, 1, 1, 0, 0),
                    result.summary());
        }

        @Test
        void keepsNoPatientOrSubscriberIdentity() {
            Result result = readClaims(simpleClaim("C1"));
            String everything = result.outcomes().toString();
            assertTrue(everything.contains("C1") && everything.contains("97110"), everything);
            for (String phi : List.of(Edi837.SUBSCRIBER_NAME, Edi837.MEMBER_ID, Edi837.BIRTH_DATE, "1941-03-17")) {
                assertFalse(everything.contains(phi), phi + " leaked into " + everything);
            }
        }

        @Test
        void procedureCompositeUpperCasesModifiersAndDropsEmptySlots() {
            assertEquals(List.of("GP", "59"), onlyLine("HC:97110:gp::59*90*UN*2").modifiers());
            ServiceLine withDescription = onlyLine("HC:J3490:::::SOD CHL 0.9% SEE NDC*90*UN*7");
            assertEquals("J3490", withDescription.code());
            assertEquals(List.of(), withDescription.modifiers());
            assertEquals(List.of("GP", "KX", "59", "XS"), onlyLine("HC:97110:GP:KX:59:XS*90*UN*1").modifiers());
        }

        @Test
        void lowerCaseQualifierIsUnreadable() {
            Outcome outcome = readClaims(claim("C1", "90") + line(1, "hc:97110*90*UN*2", "20240304")).only();
            assertTrue(outcome.rejected());
        }

        @Test
        void minutesBilledWithMjHaveNoUnits() {
            ServiceLine line = onlyLine("HC:00142:QK*827*MJ*61***1");
            assertNull(line.units());
            assertEquals(61, line.minutes());
        }

        @Test
        void lineNoteConventionGivesMinutes() {
            String base = claim("C1", "90") + line(1, "HC:97110:GP*90*UN*2***1", "20240304");
            assertEquals(23, onlyClaim(base + "NTE*ADD*THEREX MIN=23 TOL WELL~").lines().get(0).minutes());
            assertEquals(38, onlyClaim(base + "NTE*ADD*gait training, minutes = 38~").lines().get(0).minutes());
            assertNull(onlyClaim(base + "NTE*ADD*ADMIN=5~").lines().get(0).minutes(), "MIN must start a word");
            assertNull(onlyClaim(base + "NTE*TPO*MIN=5~").lines().get(0).minutes(), "only NTE*ADD");
            assertNull(onlyClaim(base).lines().get(0).minutes(), "never guessed");
        }

        @Test
        void malformedLineNoteMinutesAreAFinding() {
            Outcome outcome = readClaims(claim("C1", "90") + line(1, "HC:97110:GP*90*UN*2***1", "20240304")
                    + "NTE*ADD*MIN=abc~").only();
            assertNull(outcome.claim().lines().get(0).minutes());
            Finding finding = outcome.findings().get(0);
            assertEquals(1, finding.line());
            assertEquals("97110", finding.code());
            assertTrue(finding.message().startsWith("NTE at segment"), finding.message());
            for (String note : List.of("MIN=12.5", "MIN=99999999999999")) {
                Outcome wrong = readClaims(claim("C1", "90") + line(1, "HC:97110:GP*90*UN*2***1", "20240304")
                        + "NTE*ADD*" + note + "~").only();
                assertNull(wrong.claim().lines().get(0).minutes(), note);
                assertTrue(wrong.hasMessage("MIN= is not a whole number of minutes from 0 to 100000"), note);
            }
            assertEquals(12, onlyClaim(claim("C1", "90") + line(1, "HC:97110:GP*90*UN*1***1", "20240304")
                    + "NTE*ADD*THEREX MIN=12. TOL WELL~").lines().get(0).minutes(), "a full stop ends the number");
            Outcome twoNotes = readClaims(claim("C1", "90") + line(1, "HC:97110:GP*90*UN*2***1", "20240304")
                    + "NTE*ADD*MIN=23~NTE*ADD*MIN=40~").only();
            assertEquals(23, twoNotes.claim().lines().get(0).minutes());
            assertTrue(twoNotes.hasMessage("a second NTE*ADD on the line; only the first is read"),
                    twoNotes.messages().toString());
        }

        @Test
        void billedMinutesOutrankTheNote() {
            Outcome outcome = readClaims(claim("C1", "90") + line(1, "HC:97110:GP*90*MJ*30", "20240304")
                    + "NTE*ADD*MIN=45~").only();
            assertEquals(30, outcome.claim().lines().get(0).minutes());
            assertTrue(outcome.hasMessage("bills 30 minutes (SV103 MJ) but its note says MIN=45"), outcome.messages().toString());
        }

        @Test
        void nonWholeUnitsAreRoundedDownWithAFinding() {
            Outcome outcome = readClaims(claim("C1", "90") + line(1, "HC:97110:GP*90*UN*1.5***1", "20240304")).only();
            assertEquals(1, outcome.claim().lines().get(0).units());
            Finding finding = outcome.findings().get(0);
            assertEquals(RuleId.X12_SYNTAX.name(), finding.ruleId());
            assertEquals(1, finding.line());
            assertTrue(finding.message().contains("SV104 quantity 1.5 is not a whole number of units; read as 1 (rounded down)"),
                    finding.message());
            assertEquals(List.of(), readClaims(claim("C1", "90") + line(1, "HC:97110:GP*90*UN*2.00***1", "20240304"))
                    .only().findings(), "2.00 is whole");
        }

        @Test
        void otherUnitBasisIsReadAsUnitsWithAFinding() {
            Outcome outcome = readClaims(claim("C1", "90") + line(1, "HC:97110:GP*90*F2*2", "20240304")).only();
            assertEquals(2, outcome.claim().lines().get(0).units());
            assertTrue(outcome.hasMessage("SV103 unit basis 'F2' is neither UN (units) nor MJ (minutes)"));
        }

        @Test
        void rangeDatesGiveTheirStartAndLinesFallBackToTheClaimDate() {
            Claim claim = onlyClaim(claim("C1", "180") + "DTP*472*RD8*20240301-20240305~"
                    + "LX*1~SV1*HC:97110:GP*90*UN*2~DTP*472*RD8*20240303-20240303~"
                    + "LX*2~SV1*HC:97112:GP*90*UN*2~");
            assertEquals(LocalDate.of(2024, 3, 1), claim.dateOfService());
            assertEquals(LocalDate.of(2024, 3, 3), claim.lines().get(0).dateOfService());
            assertEquals(LocalDate.of(2024, 3, 1), claim.lines().get(1).dateOfService(), "the claim's date");
        }

        @Test
        void withoutAnyServiceDateTheDatesStayNull() {
            Claim claim = onlyClaim(claim("C1", "90") + "LX*1~SV1*HC:97110:GP*90*UN*2~");
            assertNull(claim.dateOfService());
            assertNull(claim.lines().get(0).dateOfService());
        }

        @Test
        void badDatesAreFindingsNotRejections() {
            Outcome outcome = readClaims(claim("C1", "90") + "DTP*472*D8*20240230~"
                    + line(1, "HC:97110:GP*90*UN*2***1", "2024030")).only();
            assertFalse(outcome.rejected());
            assertNull(outcome.claim().dateOfService());
            assertNull(outcome.claim().lines().get(0).dateOfService());
            assertTrue(outcome.hasMessage("DTP*472 '20240230' is not a valid D8 date"), outcome.messages().toString());
            assertTrue(outcome.hasMessage("DTP*472 '2024030' is not a valid D8 date"), outcome.messages().toString());
        }

        @Test
        void disciplineFallsBackToTheBillingTaxonomy() {
            String billingOt = BILLING.replace("225100000X", "225X00000X");
            String billingSlp = BILLING.replace("225100000X", "235Z00000X");
            String billingMd = BILLING.replace("225100000X", "207Q00000X");
            assertEquals(Discipline.PT, disciplineOf(BILLING, ""));
            assertEquals(Discipline.OT, disciplineOf(billingOt, ""));
            assertEquals(Discipline.SLP, disciplineOf(billingSlp, ""));
            assertNull(disciplineOf(billingMd, ""));
            String renderingPt = "NM1*82*1*SMITH*ANN****XX*1245319599~PRV*PE*PXC*225100000X~";
            assertEquals(Discipline.PT, disciplineOf(billingMd, renderingPt), "the rendering provider comes first");
        }

        private Discipline disciplineOf(String billing, String rendering) {
            Outcome outcome = Recorder.read(file(billing + subscriber(2) + claim("C1", "90") + rendering
                    + line(1, "HC:97110:GP*90*UN*2***1", "20240304"))).only();
            return outcome.claim().discipline();
        }

        @Test
        void loopsThatLookAlikeAreNotConfused() {
            Claim claim = onlyClaim(claim("C1", "90")
                    + "NM1*DN*1*REFERRER*BOB****XX*1679576722~PRV*RF*PXC*207Q00000X~"
                    + "SBR*S*01*******CI~OI***Y*P**Y~NM1*IL*1*OTHER*SUB****MI*999~"
                    + "NM1*PR*2*OTHER PAYER*****PI*77777~NM1*82*1~REF*G2*2330D~"        // 2320/2330
                    + "LX*1~SV1*HC:97110:GP*90*UN*2~DTP*472*D8*20240304~"
                    + "NM1*82*1*LINE*RENDERER****XX*1245319599~PRV*PE*PXC*225X00000X~"  // 2420A
                    + "SVD*77777*90*HC:97110**2~DTP*472*D8*20991231~NTE*ADD*MIN=99~");  // 2430
            assertEquals(new Payer("00431", "MEDICARE PART B", null, "MB"), claim.payer(), "2010BB, not 2330B");
            assertNull(claim.renderingProviderNpi(), "no 2310B: 2330D/2420A are not the claim's rendering provider");
            assertEquals(Discipline.PT, claim.discipline(), "billing taxonomy, not 2420A's PRV");
            ServiceLine line = claim.lines().get(0);
            assertEquals(LocalDate.of(2024, 3, 4), line.dateOfService(), "not the DTP after SVD (2430)");
            assertNull(line.minutes());
        }

        @Test
        void claimsUnderAPatientLevelKeepTheSubscribersPayer() {
            Result result = Recorder.read(file(BILLING + subscriber(2, "CI", "ACME HEALTH", "60054").replace("22*0", "22*1")
                    + patient(3, 2) + simpleClaim("C1") + simpleClaim("C2")));
            assertEquals(List.of("claim C1", "claim C2"), result.labels());
            for (Claim claim : result.claims()) {
                assertEquals(new Payer("60054", "ACME HEALTH", null, "CI"), claim.payer());
            }
            assertEquals(List.of(), result.get(1).findings());
        }

        @Test
        void claimTotalMustEqualTheLineCharges() {
            Outcome outcome = readClaims(claim("C1", "100") + line(1, "HC:97110:GP*90*UN*2***1", "20240304")).only();
            assertTrue(outcome.hasMessage("CLM02 total charge 100 does not equal the sum of the line charges (SV102) 90.00"),
                    outcome.messages().toString());
            assertEquals(List.of(), readClaims(claim("C1", "90.00") + line(1, "HC:97110:GP*90*UN*2***1", "20240304"))
                    .only().findings());
        }

        @Test
        void claimTotalIsQuotedAsSentWhateverItsDecimals() {
            String line = line(1, "HC:97110:GP*90*UN*2***1", "20240304");
            for (String total : List.of("-0.5", "100.5", "89.99", "90.001", "1.", "007")) {
                String expected = new java.math.BigDecimal(total.endsWith(".") ? total + "0" : total)
                        .setScale(total.endsWith(".") ? 0 : new java.math.BigDecimal(total).scale()).toPlainString();
                Outcome outcome = readClaims(claim("C1", total) + line).only();
                assertTrue(outcome.hasMessage("CLM02 total charge " + expected
                        + " does not equal the sum of the line charges (SV102) 90"), total + ": " + outcome.messages());
            }
            Outcome exact = readClaims(claim("C1", "90.000") + line).only();
            assertEquals(List.of(), exact.findings(), "90.000 equals 90 (exact arithmetic beyond cents)");
        }

        @Test
        void invalidRenderingNpiIsAFinding() {
            Outcome outcome = readClaims(claim("C1", "90") + "NM1*82*1*SMITH*ANN****XX*1245319590~"
                    + line(1, "HC:97110:GP*90*UN*2***1", "20240304")).only();
            assertEquals("1245319590", outcome.claim().renderingProviderNpi());
            assertTrue(outcome.hasMessage("the rendering provider NPI '1245319590' is not a valid NPI"));
        }

        @Test
        void everyClaimsRenderingNpiIsCheckedWhateverTheClaimBeforeHad() {
            String line = line(1, "HC:97110:GP*90*UN*2***1", "20240304");
            String valid = "NM1*82*1*SMITH*ANN****XX*1245319599~";
            Result result = readClaims(claim("C1", "90") + valid + line + claim("C2", "90") + valid + line
                    + claim("C3", "90") + "NM1*82*1*SMITH*ANN****XX~" + line
                    + claim("C4", "90") + "NM1*82*1*SMITH*ANN****XX*1245319590~" + line
                    + claim("C5", "90") + valid + line);
            List<Boolean> flagged = result.outcomes().stream()
                    .map(o -> o.hasMessage("is not a valid NPI")).toList();
            assertEquals(List.of(false, false, true, true, false), flagged, "a repeated valid NPI, none, an invalid one");
        }
    }

    /** SV107: pointers into the claim's HI diagnoses (Edi837.claim sends two: ABK:M545, ABF:R262). */
    @Nested
    class DiagnosisPointers {
        private static final String HEADER = BILLING + subscriber(2);
        /** Where the findings of a claim's first line put it: CLM, HI, LX, SV1 after the 19 segments before. */
        private static final String FIRST_SV1 = "SV1 at segment 23 (line 1): ";

        /** The findings of the one claim C1 (two diagnoses) with one line whose SV107 is {@code pointers}. */
        private Outcome lineWithPointers(String pointers) {
            Outcome outcome = readClaims(claim("C1", "90") + line(1, "HC:97110:GP*90*UN*2***" + pointers, "20240304"))
                    .only();
            assertFalse(outcome.rejected(), "a pointer problem leaves the claim readable");
            return outcome;
        }

        /** 1-based position of the first segment starting with {@code start} in a file built by {@link Edi837#file}. */
        private int segmentOf(String body, String start) {
            String text = file(body);
            return Edi837.segments(text.substring(0, text.indexOf(start))) + 1;
        }

        @Test
        void pointersWithinHiHaveNoFinding() {
            Outcome outcome = readClaims(claim("C1", "270") + line(1, "HC:97110:GP*90*UN*2***1:2", "20240304")
                    + line(2, "HC:97112:GP*90*UN*2***2", "20240304") + line(3, "HC:97140:GP*90*UN*2***2::1", "20240304"))
                    .only();
            assertEquals(List.of(), outcome.findings());
            String twelve = "HI*ABK:A00" + "*ABF:A01*ABF:A02*ABF:A03*ABF:A04*ABF:A05*ABF:A06*ABF:A07*ABF:A08*ABF:A09*ABF:A10"
                    + "*ABF:A11~";
            assertEquals(List.of(), readClaims("CLM*C2*90***11:B:1*Y*A*Y*Y~" + twelve
                    + line(1, "HC:97110:GP*90*UN*2***12:1:07:11", "20240304")).only().findings(), "12 is the last pointer");
        }

        @Test
        void pointerBeyondTheDiagnosesIsALineFinding() {
            String claims = claim("C1", "90") + line(1, "HC:97110:GP*90*UN*2***1:4", "20240304");
            Outcome outcome = readClaims(claims).only();
            assertFalse(outcome.rejected());
            Finding finding = outcome.findings().get(0);
            assertEquals(1, outcome.findings().size(), outcome.messages().toString());
            assertEquals(RuleId.X12_SYNTAX.name(), finding.ruleId());
            assertEquals(1, finding.line());
            assertEquals("97110", finding.code());
            assertEquals("SV1 at segment " + segmentOf(HEADER + claims, "SV1") + " (line 1): SV107 points at diagnosis 4 but the"
                    + " claim's HI lists 2 diagnoses", finding.message());
            assertTrue(finding.suggestion().contains("add the missing diagnosis to HI"), finding.suggestion());
            assertTrue(lineWithPointers("3").hasMessage("SV107 points at diagnosis 3 but the claim's HI lists 2 diagnoses"));
        }

        @Test
        void everyHiSegmentCountsButOnlyItsDiagnoses() {
            String twoHi = "CLM*C1*90***11:B:1*Y*A*Y*Y~HI*ABK:M545~HI*ABF:R262*ABF:M6281~";
            assertEquals(List.of(), readClaims(twoHi + line(1, "HC:97110:GP*90*UN*2***3", "20240304")).only().findings());
            String conditionCode = "CLM*C1*90***11:B:1*Y*A*Y*Y~HI*ABK:M545*BG:01*BP:0TY00Z0~";
            Outcome outcome = readClaims(conditionCode + line(1, "HC:97110:GP*90*UN*2***2", "20240304")).only();
            assertEquals(List.of(FIRST_SV1 + "SV107 points at diagnosis 2 but the claim's HI lists 1 diagnosis"),
                    outcome.messages(), "BG and BP codes are no diagnoses to point at");
        }

        @Test
        void eachLineIsCheckedOnItsOwn() {
            Outcome outcome = readClaims(claim("C1", "180") + line(1, "HC:97110:GP*90*UN*2***1:2", "20240304")
                    + line(2, "HC:97112:GP*90*UN*2***2:3", "20240304")).only();
            assertEquals(1, outcome.findings().size(), outcome.messages().toString());
            assertEquals(2, outcome.findings().get(0).line());
            assertEquals("97112", outcome.findings().get(0).code());
        }

        @Test
        void missingFirstPointerIsAFinding() {
            Outcome absent = readClaims(claim("C1", "90") + line(1, "HC:97110:GP*90*UN*2", "20240304")).only();
            assertFalse(absent.rejected());
            assertEquals(List.of(FIRST_SV1 + "SV107 (diagnosis pointer) is missing"), absent.messages());
            assertEquals(List.of(FIRST_SV1 + "SV107 (diagnosis pointer) is missing"),
                    lineWithPointers("").messages(), "present but empty");
            assertEquals(List.of(FIRST_SV1 + "SV107 ':2' has no first diagnosis pointer (SV107-1)"),
                    lineWithPointers(":2").messages());
        }

        @Test
        void pointerMustBeAWholeNumberFrom1To12() {
            for (String bad : List.of("X", "0", "13", "1.00", "-1", "99999999999")) {
                assertEquals(List.of(FIRST_SV1 + "SV107 '1:" + bad + "' has a diagnosis pointer '" + bad
                        + "' that is not a whole number from 1 to 12"), lineWithPointers("1:" + bad).messages(), bad);
            }
        }

        @Test
        void repeatedPointerIsAFinding() {
            assertEquals(List.of(FIRST_SV1 + "SV107 '1:2:1' repeats diagnosis pointer 1"),
                    lineWithPointers("1:2:1").messages());
            assertTrue(lineWithPointers("2:02").hasMessage("SV107 '2:02' repeats diagnosis pointer 2"));
        }

        @Test
        void aLineTakesAtMostFourPointers() {
            assertEquals(List.of(FIRST_SV1 + "SV107 '1:2:3:4:5' has 5 diagnosis pointers; a line takes at most 4",
                    FIRST_SV1 + "SV107 points at diagnosis 5 but the claim's HI lists 2 diagnoses"),
                    lineWithPointers("1:2:3:4:5").messages());
            assertFalse(lineWithPointers("1:2:3:4").hasMessage("a line takes at most"));
        }

        @Test
        void firstFormProblemIsReportedAndTheValidPointersAreStillChecked() {
            assertEquals(List.of(FIRST_SV1 + "SV107 'X:1:1:5' has a diagnosis pointer 'X' that is not a"
                    + " whole number from 1 to 12", FIRST_SV1 + "SV107 points at diagnosis 5 but the"
                    + " claim's HI lists 2 diagnoses"), lineWithPointers("X:1:1:5").messages());
        }

        @Test
        void withoutHiOnlyTheMissingHiIsReported() {
            Outcome outcome = readClaims("CLM*C1*180***11:B:1*Y*A*Y*Y~" + line(1, "HC:97110:GP*90*UN*2***1", "20240304")
                    + line(2, "HC:97112:GP*90*UN*2***3:4", "20240304")).only();
            assertEquals(List.of("claim C1 (CLM at segment 20): no HI segment: the claim has no diagnosis"),
                    outcome.messages());
        }

        @Test
        void anHiWithoutDiagnosisCodesIsOneClaimFindingNotOnePerLine() {
            Outcome outcome = readClaims("CLM*C1*180***11:B:1*Y*A*Y*Y~HI*BG:01~" + line(1, "HC:97110:GP*90*UN*2***1",
                    "20240304") + line(2, "HC:97112:GP*90*UN*2***2", "20240304")).only();
            assertEquals(List.of("claim C1 (CLM at segment 20): its HI segments carry no diagnosis code (ABK, ABF, BK or"
                    + " BF): the claim has no diagnosis"), outcome.messages());
        }

        @Test
        void anUnreadableHiIsReportedOnceAndItsLinesAreNotCheckedAgainstIt() {
            Outcome outcome = readClaims("CLM*C1*90***11:B:1*Y*A*Y*Y~HI*ABK~" + line(1, "HC:97110:GP*90*UN*2***1",
                    "20240304")).only();
            assertEquals(1, outcome.messages().size(), outcome.messages().toString());
            assertTrue(outcome.hasMessage("HI01 'ABK' not read"), outcome.messages().toString());
        }

        @Test
        void pointersAreSplitAtTheDeclaredComponentSeparator() {
            String body = (HEADER + claim("C1", "90") + line(1, "HC:97110:GP*90*UN*2***1>3", "20240304")).replace(':', '>');
            String text = Edi837.isa("00501", '^', '>') + Edi837.group("1", "005010X222A1", transactionSet("0001", body))
                    + "IEA*1*" + Edi837.ICN + "~";
            assertEquals(List.of(FIRST_SV1 + "SV107 points at diagnosis 3 but the claim's HI lists 2 diagnoses"),
                    Recorder.read(text).only().messages());
            assertEquals(List.of(FIRST_SV1 + "SV107 '1:2' has a diagnosis pointer '1:2' that is not a"
                    + " whole number from 1 to 12"), Recorder.read(text.replace("***1>3", "***1:2")).only().messages(),
                    "':' is data when ISA16 is '>'");
        }

        @Test
        void aLineWhoseProcedureCannotBeReadIsNotCheckedFurther() {
            Outcome outcome = readClaims(claim("C1", "90") + line(1, "XX>99999*90*UN*2***9", "20240304")).only();
            assertTrue(outcome.rejected());
            assertEquals(1, outcome.findings().size(), outcome.messages().toString());
        }
    }

    /** HL01 ids, HL02 parents and HL04 child codes (TR3 2000A/B/C): findings of the whole transaction set. */
    @Nested
    class Hierarchy {
        /** A second billing provider, HL 5, with its subscriber HL 6. */
        private static final String SECOND_BILLING = BILLING.replace("HL*1**20*1", "HL*5**20*1");

        /** The 2000B of {@link Edi837#subscriber(int)} with its HL segment replaced by {@code hl}. */
        private String subscriberWithHl(String hl) {
            String subscriber = subscriber(2);
            return hl + subscriber.substring(subscriber.indexOf('~') + 1);
        }

        /** The HL findings of a claim, in order. */
        private List<String> hlMessages(Outcome outcome) {
            return outcome.messages().stream().filter(m -> m.matches("HL at segment \\d+: .*") || m.contains("more HL problem"))
                    .toList();
        }

        /** "HL at segment N" for the HL starting at {@code index} of {@code text}. */
        private String hlAt(String text, int index) {
            return "HL at segment " + (Edi837.segments(text.substring(0, index)) + 1);
        }

        @Test
        void aGoodHierarchyHasNoFinding() {
            String text = file(BILLING + subscriber(2) + simpleClaim("C1")
                    + subscriber(3).replace("22*0", "22*1") + patient(4, 3) + simpleClaim("C2")
                    + SECOND_BILLING + subscriber(6, "CI", "ACME HEALTH", "60054").replace("HL*6*1", "HL*6*5")
                    + simpleClaim("C3"));
            Result result = Recorder.read(text);
            assertEquals(List.of("claim C1", "claim C2", "claim C3"), result.labels());
            for (Outcome outcome : result.outcomes()) {
                assertEquals(List.of(), outcome.findings(), outcome.label());
            }
            assertEquals("60054", result.get(2).claim().payer().id(), "the payer of the most recent HL*22");
        }

        @Test
        void aRepeatedIdReachesEveryClaimOfItsTransactionSetOnly() {
            String repeated = transactionSet("0002", BILLING + subscriber(2) + simpleClaim("B1") + subscriber(2)
                    + simpleClaim("B2"));
            String text = interchange(transactionSet("0001", BILLING + subscriber(2) + simpleClaim("A1")), repeated);
            Result result = Recorder.read(text);
            assertEquals(List.of("claim A1", "claim B1", "claim B2"), result.labels(), "read as before");
            assertEquals(List.of(), result.get(0).findings(), "ids restart at each ST");
            String expected = hlAt(text, text.lastIndexOf("HL*2*1*22")) + ": HL01 id '2' is not the next number:"
                    + " expected 3 (HL01 counts the HLs of a transaction set 1, 2, 3...)";
            assertEquals(List.of(expected), hlMessages(result.get(1)));
            assertEquals(List.of(expected), hlMessages(result.get(2)));
            assertEquals(RuleId.X12_SYNTAX.name(), result.get(1).findings().get(0).ruleId());
            assertEquals(new Payer("00431", "MEDICARE PART B", null, "MB"), result.get(2).claim().payer());
        }

        @Test
        void aSubscribersParentMustBeABillingProviderHl() {
            String text = file(BILLING + subscriber(2) + simpleClaim("C1")
                    + subscriberWithHl("HL*3*9*22*0~") + simpleClaim("C2")    // no such HL
                    + subscriberWithHl("HL*4*2*22*0~") + simpleClaim("C3")    // a subscriber
                    + subscriberWithHl("HL*5**22*0~") + simpleClaim("C4"));   // none
            assertEquals(List.of(
                    hlAt(text, text.indexOf("HL*3")) + ": HL02 parent '9' is not '1', the id of the billing provider HL"
                            + " (HL*20) above it",
                    hlAt(text, text.indexOf("HL*4")) + ": HL02 parent '2' is not '1', the id of the billing provider HL"
                            + " (HL*20) above it",
                    hlAt(text, text.indexOf("HL*5")) + ": HL02 parent is missing; it must be the id of the billing"
                            + " provider HL (HL*20) above it"),
                    hlMessages(Recorder.read(text).get(0)));
        }

        @Test
        void aSubscribersParentIsTheBillingProviderHlAboveItNotAnEarlierOne() {
            String text = file(BILLING + subscriber(2) + simpleClaim("C1") + BILLING.replace("HL*1**20", "HL*3**20")
                    + subscriberWithHl("HL*4*1*22*0~") + simpleClaim("C2"));
            int second = text.indexOf("HL*3**20");
            assertEquals(List.of(hlAt(text, second) + ": HL04 child code '1' says a child HL follows, but the next HL"
                            + " (segment " + (Edi837.segments(text.substring(0, text.indexOf("HL*4"))) + 1) + ") is not"
                            + " its child (its HL02 is '1')",
                    hlAt(text, text.indexOf("HL*4")) + ": HL02 parent '1' is not '3', the id of the billing provider HL"
                            + " (HL*20) above it"), hlMessages(Recorder.read(text).get(1)));
        }

        @Test
        void aSubscriberWithoutABillingProviderHlAboveItIsAFinding() {
            String text = file(subscriberWithHl("HL*1*1*22*0~") + simpleClaim("C1"));
            assertEquals(List.of(hlAt(text, text.indexOf("HL*1")) + ": HL02 names parent '1', but there is no billing"
                    + " provider HL (HL*20) above it"), hlMessages(Recorder.read(text).only()));
        }

        @Test
        void aGapInTheNumbersIsOneFinding() {
            String text = file(BILLING + subscriberWithHl("HL*3*1*22*0~") + simpleClaim("C1")
                    + subscriberWithHl("HL*4*1*22*0~") + simpleClaim("C2"));
            assertEquals(List.of(hlAt(text, text.indexOf("HL*3")) + ": HL01 id '3' is not the next number: expected 2"
                    + " (HL01 counts the HLs of a transaction set 1, 2, 3...)"), hlMessages(Recorder.read(text).get(0)));
        }

        @Test
        void aPatientsParentMustBeASubscriberHl() {
            String text = file(BILLING + subscriber(2).replace("22*0", "22*1") + patient(3, 1) + simpleClaim("C1"));
            Outcome outcome = Recorder.read(text).only();
            assertFalse(outcome.rejected());
            assertEquals(List.of(
                    hlAt(text, text.indexOf("HL*2")) + ": HL04 child code '1' says a child HL follows, but the next HL"
                            + " (segment " + (Edi837.segments(text.substring(0, text.indexOf("HL*3"))) + 1)
                            + ") is not its child (its HL02 is '1')",
                    hlAt(text, text.indexOf("HL*3")) + ": HL02 parent '1' is not '2', the id of the subscriber HL (HL*22)"
                            + " above it"),
                    hlMessages(outcome));
        }

        @Test
        void aBillingProviderHlHasNoParent() {
            String text = file(BILLING.replace("HL*1**20", "HL*1*7*20") + subscriber(2) + simpleClaim("C1"));
            assertEquals(List.of(hlAt(text, text.indexOf("HL*1")) + ": HL02 parent '7' is given, but a billing provider"
                    + " HL (HL*20) is the top level and has none"), hlMessages(Recorder.read(text).only()));
        }

        @Test
        void anIdMustBeAWholeNumber() {
            String text = file(BILLING.replace("HL*1**20", "HL*A1**20") + subscriberWithHl("HL***22*0~")
                    + simpleClaim("C1"));
            int billing = text.indexOf("HL*A1");
            int subscriber = text.indexOf("HL***22");
            assertEquals(List.of(
                    hlAt(text, billing) + ": HL01 id 'A1' is not a whole number of at most 9 digits",
                    hlAt(text, subscriber) + ": HL01 id '' is not a whole number of at most 9 digits",
                    hlAt(text, subscriber) + ": HL02 parent is missing; it must be the id of the billing provider HL"
                            + " (HL*20) above it"),
                    hlMessages(Recorder.read(text).only()), "HL04 of an HL without a usable id is not checked");
        }

        @Test
        void theChildCodeMustSayWhetherAChildHlFollows() {
            String noChild = file(BILLING + subscriber(2).replace("22*0", "22*1") + simpleClaim("C1"));
            assertEquals(List.of(hlAt(noChild, noChild.indexOf("HL*2")) + ": HL04 child code '1' says a child HL"
                    + " follows, but the transaction set ends first"), hlMessages(Recorder.read(noChild).only()));

            String child = file(BILLING + subscriber(2) + patient(3, 2) + simpleClaim("C1"));
            assertEquals(List.of(hlAt(child, child.indexOf("HL*2")) + ": HL04 child code '0' says no child HL follows,"
                    + " but the next HL (segment " + (Edi837.segments(child.substring(0, child.indexOf("HL*3"))) + 1)
                    + ") is its child"), hlMessages(Recorder.read(child).only()));

            String badCode = file(BILLING + subscriber(2).replace("22*0", "22*Y") + simpleClaim("C1"));
            assertEquals(List.of(hlAt(badCode, badCode.indexOf("HL*2")) + ": HL04 child code 'Y' is not 0 (no child HL)"
                    + " or 1 (a child HL follows)"), hlMessages(Recorder.read(badCode).only()));
        }

        @Test
        void aCutOffTransactionSetDoesNotBlameTheChildCode() {
            String whole = file(BILLING + subscriber(2).replace("22*0", "22*1") + simpleClaim("C1"));
            Outcome outcome = Recorder.read(whole.substring(0, whole.indexOf("SE*"))).only();
            assertTrue(outcome.hasMessage("has no SE"), outcome.messages().toString());
            assertEquals(List.of(), hlMessages(outcome), "the promised child may be in the missing part");
        }

        @Test
        void anUnknownLevelCodeIsAFinding() {
            String text = file(BILLING + subscriber(2).replace("22*0", "24*0") + simpleClaim("C1"));
            Outcome outcome = Recorder.read(text).only();
            assertEquals(List.of(hlAt(text, text.indexOf("HL*2")) + ": HL03 level code '24' is not 20 (billing provider),"
                    + " 22 (subscriber) or 23 (patient)"), hlMessages(outcome));
            assertTrue(outcome.hasMessage("is not under a subscriber (HL*22) or patient (HL*23) level"));
        }

        @Test
        void problemsPastTheFirstTenAreCountedInOneFinding() {
            StringBuilder body = new StringBuilder(BILLING);
            for (int i = 0; i < 13; i++) {
                body.append(subscriber(2)).append(simpleClaim("C" + i));
            }
            Result result = Recorder.read(file(body.toString()));
            assertEquals(13, result.outcomes().size());
            for (Outcome outcome : result.outcomes()) {
                List<String> messages = hlMessages(outcome);
                assertEquals(HierarchyCheck.MAX_LISTED + 1, messages.size(), outcome.label());
                assertTrue(messages.get(0).contains("HL01 id '2' is not the next number: expected 3"), messages.get(0));
                assertEquals("transaction set 0001 (ST at segment 3): 2 more HL problems not listed (only the first 10 are)",
                        messages.get(HierarchyCheck.MAX_LISTED));
            }
        }
    }

    @Nested
    class UnreadableClaims {
        @Test
        void aBadClaimInTheMiddleLeavesItsNeighboursAlone() {
            Result result = readClaims(simpleClaim("C1")
                    + claim("C2", "99.99") + line(1, "XX>99999*99.99*UN*1", "20240304")
                    + simpleClaim("C3"));
            assertEquals(List.of("claim C1", "reject C2", "claim C3"), result.labels());
            Finding reason = result.get(1).findings().get(0);
            assertEquals(RuleId.X12_SYNTAX.name(), reason.ruleId());
            assertEquals(1, reason.line());
            assertTrue(reason.message().contains("the procedure composite SV101 'XX>99999' does not start with HC, ER, IV or WK"
                    + " and the component separator ':' (ISA16)"), reason.message());
            assertEquals(List.of(), result.get(0).findings());
            assertEquals(List.of(), result.get(2).findings());
            assertEquals(2, result.summary().claims());
            assertEquals(1, result.summary().claimRejections());
        }

        @Test
        void aClaimWithoutClaimIdIsRejectedAsAClaim() {
            Result result = readClaims(claim("", "90") + line(1, "HC:97110:GP*90*UN*2***1", "20240304") + simpleClaim("C2"));
            assertEquals(List.of("reject null", "claim C2"), result.labels());
            assertTrue(result.get(0).hasMessage("has no claim id (CLM01)"));
            assertEquals(1, result.summary().claimRejections(), "it stands for a CLM, not for the file");
            assertEquals(0, result.summary().fileRejections());
        }

        @Test
        void claimsWithoutUsableLinesAreRejected() {
            Result result = readClaims(claim("NOLINES", "0")
                    + claim("NOSV1", "90") + "LX*1~DTP*472*D8*20240304~"
                    + claim("NOLX", "90") + "SV1*HC:97110*90*UN*2~"
                    + claim("NOQTY", "90") + line(1, "HC:97110*90*UN", "20240304")
                    + claim("NEGQTY", "90") + line(1, "HC:97110*90*UN*-2", "20240304")
                    + claim("TWOSV1", "90") + line(1, "HC:97110*90*UN*2", "20240304") + "SV1*HC:97112*90*UN*2~");
            assertEquals(List.of("reject NOLINES", "reject NOSV1", "reject NOLX", "reject NOQTY", "reject NEGQTY",
                    "reject TWOSV1"), result.labels());
            assertTrue(result.get(0).hasMessage("has no service line (no LX/SV1 follows it)"));
            assertTrue(result.get(1).hasMessage("has no SV1, so the service line cannot be read"));
            assertTrue(result.get(2).hasMessage("is not inside a 2400 service line"));
            assertTrue(result.get(3).hasMessage("SV104 quantity is missing"));
            assertTrue(result.get(4).hasMessage("SV104 quantity '-2' is not a non-negative number"));
            assertTrue(result.get(5).hasMessage("a second SV1 in the same LX"));
        }

        @Test
        void aQuantityNoTherapyLineCouldBillIsRejectedNotAddedUp() {
            // two lines of 2147483647 units once added up to -2 billed units for the date (no MUE finding)
            Result result = readClaims(claim("HUGEQTY", "90") + line(1, "HC:97110*90*UN*2147483647", "20240304")
                    + claim("HUGEMIN", "90") + line(1, "HC:97110*90*MJ*100001", "20240304")
                    + claim("BIGQTY", "90") + line(1, "HC:97110*90*UN*100000", "20240304"));
            assertEquals(List.of("reject HUGEQTY", "reject HUGEMIN", "claim BIGQTY"), result.labels());
            assertTrue(result.get(0).hasMessage("SV104 quantity '2147483647' is above 100000"));
            assertTrue(result.get(1).hasMessage("SV104 quantity '100001' is above 100000"));
        }

        @Test
        void delimitersThatDoNotMatchTheDataStopTheFileWithAFix() {
            // the ISA declares '~', but no '~' follows it within the tokenizer's 1 MiB segment limit
            Result result = Recorder.read(Edi837.isa() + "GS*HC" + "X".repeat((1 << 20) + 16));
            Finding stop = result.only().findings().stream()
                    .filter(f -> f.message().contains("no segment terminator")).findFirst().orElseThrow();
            assertTrue(stop.suggestion().startsWith("Declare in the ISA the delimiters the file really uses"),
                    stop.suggestion());
        }

        @Test
        void aClaimPastTheFiftyServiceLinesOfTheTr3IsRejectedAndTheNextIsRead() {
            Result result = readClaims(claim("FIFTY", "4500") + lines(50) + claim("FIFTYONE", "4590") + lines(51)
                    + claim("AFTER", "90") + line(1, "HC:97110:GP*90*UN*2", "20240304"));
            assertEquals(List.of("claim FIFTY", "reject FIFTYONE", "claim AFTER"), result.labels());
            assertEquals(50, result.get(0).claim().lines().size());
            assertTrue(result.get(1).hasMessage("it has more than 50 service lines (LX number 51 is at segment"),
                    result.get(1).messages().toString());
            assertTrue(result.get(1).messages().stream().noneMatch(m -> m.contains("CLM02")),
                    "the lines not kept are no reason to doubt the total: " + result.get(1).messages());
        }

        private static String lines(int count) {
            StringBuilder lines = new StringBuilder();
            for (int i = 1; i <= count; i++) {
                lines.append(line(i, "HC:97110:GP*90*UN*1", "20240304"));
            }
            return lines.toString();
        }

        @Test
        void unreadableDiagnosesAreFindingsNotRejections() {
            Outcome outcome = readClaims("CLM*C1*90***11:B:1*Y*A*Y*Y~HI*BK*8901*BF:5559~"
                    + line(1, "HC:97110:GP*90*UN*2***1", "20240304")).only();
            assertEquals(List.of("5559"), outcome.claim().diagnoses());
            assertTrue(outcome.hasMessage("HI01 'BK', HI02 '8901' not read: a diagnosis must be a qualifier:code pair"),
                    outcome.messages().toString());
            Outcome noHi = readClaims("CLM*C2*90***11:B:1*Y*A*Y*Y~" + line(1, "HC:97110:GP*90*UN*2***1", "20240304")).only();
            assertTrue(noHi.hasMessage("no HI segment: the claim has no diagnosis"));
        }
    }

    @Nested
    class Envelopes {
        @Test
        void wrongSegmentCountReachesEveryClaimOfThatTransactionSetOnly() {
            String good = transactionSet("0001", BILLING + subscriber(2) + simpleClaim("A1"));
            String bad = transactionSet("0002", BILLING + subscriber(2) + simpleClaim("B1") + simpleClaim("B2"))
                    .replaceFirst("SE\\*\\d+\\*0002", "SE*5*0002");
            Result result = Recorder.read(interchange(good, bad));
            assertEquals(List.of("claim A1", "claim B1", "claim B2"), result.labels());
            assertEquals(List.of(), result.get(0).findings());
            int seOrdinal = Edi837.segments(Edi837.isa() + "GS~" + good + bad);
            String expected = "SE at segment " + seOrdinal + " (transaction set 0002): SE01 says 5 segments but the"
                    + " transaction set has " + Edi837.segments(bad);
            assertEquals(List.of(expected), result.get(1).messages());
            assertEquals(List.of(expected), result.get(2).messages());
        }

        @Test
        void controlNumberAndCountMismatchesNameTheirSegment() {
            String text = Edi837.isa() + "GS*HC*S*R*20240102*1200*7*X*005010X222A1~"
                    + transactionSet("0001", BILLING + subscriber(2) + simpleClaim("C1"))
                    .replaceFirst("SE\\*(\\d+)\\*0001", "SE*$1*0009")
                    + "GE*2*8~IEA*3*000000999~";
            int iea = Edi837.segments(text);
            Outcome outcome = Recorder.read(text).only();
            List<String> messages = outcome.messages();
            assertTrue(messages.stream().anyMatch(m -> m.matches("SE at segment \\d+ \\(transaction set 0001\\): SE02 control"
                    + " number '0009' does not match ST02 '0001'")), messages.toString());
            assertTrue(messages.stream().anyMatch(m -> m.matches("GE at segment \\d+ \\(functional group 7\\): GE01 says 2"
                    + " transaction sets \\(ST\\) but the functional group has 1")), messages.toString());
            assertTrue(messages.stream().anyMatch(m -> m.matches("GE at segment \\d+ \\(functional group 7\\): GE02 control"
                    + " number '8' does not match GS06 '7'")), messages.toString());
            assertTrue(messages.contains("IEA at segment " + iea + " (interchange 000000101): IEA01 says 3 functional"
                    + " groups (GS) but the interchange has 1"), messages.toString());
            assertTrue(messages.contains("IEA at segment " + iea + " (interchange 000000101): IEA02 control number"
                    + " '000000999' does not match ISA13 '000000101'"), messages.toString());
            assertFalse(outcome.rejected(), "count errors do not stop reading");
        }

        @Test
        void aCleanFileHasNoReadFindings() {
            Result result = Recorder.read(interchange(
                    transactionSet("0001", BILLING + subscriber(2) + simpleClaim("C1")),
                    transactionSet("0002", BILLING + subscriber(2) + simpleClaim("C2"))));
            assertEquals(List.of("claim C1", "claim C2"), result.labels());
            result.outcomes().forEach(o -> assertEquals(List.of(), o.findings()));
            assertEquals(2, result.summary().transactionSets());
        }

        @Test
        void truncatedFileKeepsTheCompleteClaimsAndRejectsTheCutOne() {
            String whole = file(BILLING + subscriber(2) + simpleClaim("C1") + subscriber(3) + simpleClaim("C2"));
            String cut = whole.substring(0, whole.indexOf("SV1*HC:97110", whole.indexOf("CLM*C2")) + 7);
            int last = Edi837.segments(cut) + 1; // the cut "SV1*HC:" is read as a last, unterminated segment
            Result result = Recorder.read(cut);
            assertEquals(List.of("claim C1", "reject C2"), result.labels());
            String noSe = "transaction set 0001 (ST at segment 3) has no SE: the file ends after segment " + last;
            assertEquals(List.of(noSe, "functional group 1 (GS at segment 2) has no GE: the file ends after segment " + last,
                    "interchange 000000101 (ISA at segment 1) has no IEA: the file ends after segment " + last),
                    result.get(0).messages());
            assertTrue(result.get(1).hasMessage("claim C2 (CLM at segment 32): the claim is cut off (" + noSe
                    + "), so it may be incomplete"), result.get(1).messages().toString());
            assertEquals(0, result.summary().fileRejections());
        }

        @Test
        void fileCutBeforeAnyClaimIsOneFileRejection() {
            String whole = file(BILLING + subscriber(2) + simpleClaim("C1"));
            Result result = Recorder.read(whole.substring(0, whole.indexOf("HL*2")));
            assertEquals(List.of("reject null"), result.labels());
            assertTrue(result.only().hasMessage("transaction set 0001 (ST at segment 3) has no claims (no CLM segment)"));
            assertTrue(result.only().hasMessage("has no SE: the file ends after segment"));
            assertEquals(1, result.summary().fileRejections());
        }

        @Test
        void institutionalTransactionSetIsRejectedClaimByClaim() {
            String institutional = transactionSet("0002", "005010X223A2", BILLING + subscriber(2)
                    + "CLM*I1*100***11:A:1*Y*A*Y*Y~HI*ABK:M545~LX*1~SV2*0420*HC:97110*100*UN*1~"
                    + "CLM*I2*100***11:A:1*Y*A*Y*Y~HI*ABK:M545~LX*1~SV2*0420*HC:97110*100*UN*1~");
            String professional = transactionSet("0001", BILLING + subscriber(2) + simpleClaim("P1"));
            Result result = Recorder.read(interchange(professional, institutional));
            assertEquals(List.of("claim P1", "reject I1", "reject I2"), result.labels());
            int st = Edi837.segments(Edi837.isa() + "GS~" + professional) + 1;
            String reason = "ST at segment " + st + " (transaction set 0002): transaction set 0002 is an 837I (005010X223A2), not an"
                    + " 837P; its claims are not read";
            assertEquals(List.of(reason), result.get(1).messages());
            assertEquals(List.of(reason), result.get(2).messages());
            assertEquals(List.of(), result.get(0).findings());
        }

        @Test
        void version4010IsRejected() {
            String text = Edi837.isa("00401", 'U', ':') + Edi837.group("1", "004010X098A1",
                    transactionSet("0001", "", BILLING + subscriber(2) + simpleClaim("OLD1"))) + "IEA*1*" + Edi837.ICN + "~";
            Outcome outcome = Recorder.read(text).only();
            assertEquals("reject OLD1", outcome.label());
            assertTrue(outcome.hasMessage("transaction set 0001 is a 4010 837 (004010X098A1), not a 005010 837P"));
            assertTrue(outcome.hasMessage("ISA12 interchange version '00401' is not 00501"));
        }

        @Test
        void st03MustMatchGs08() {
            String text = Edi837.isa() + Edi837.group("1", "005010X222",
                    transactionSet("0001", BILLING + subscriber(2) + simpleClaim("C1"))) + "IEA*1*" + Edi837.ICN + "~";
            Outcome outcome = Recorder.read(text).only();
            assertFalse(outcome.rejected());
            assertEquals(List.of("ST at segment 3 (transaction set 0001): ST03 '005010X222A1' differs from GS08 "
                    + "'005010X222'; they must be the same"), outcome.messages());
        }

        @Test
        void letterAsRepetitionSeparatorIsAFinding() {
            String text = file(BILLING + subscriber(2) + simpleClaim("C1")).replaceFirst("\\*\\^\\*00501", "*U*00501");
            assertTrue(Recorder.read(text).only().hasMessage("ISA11 repetition separator 'U' cannot be used (it is a"
                    + " letter or digit, which occurs in data)"));
        }

        @Test
        void emptyTransactionSetIsReportedOnItsOwnWithoutTouchingOtherClaims() {
            String empty = transactionSet("0002", BILLING).replaceFirst("SE\\*\\d+\\*0002", "SE*99*0002");
            Result result = Recorder.read(interchange(transactionSet("0001", BILLING + subscriber(2) + simpleClaim("C1")),
                    empty));
            assertEquals(List.of("claim C1", "reject null"), result.labels());
            assertEquals(List.of(), result.get(0).findings());
            List<String> fileMessages = result.get(1).messages();
            assertEquals(3, fileMessages.size(), fileMessages.toString());
            assertTrue(fileMessages.get(0).contains("SE01 says 99 segments"));
            assertTrue(fileMessages.get(1).contains("HL at segment 30: HL04 child code '1' says a child HL follows"),
                    "the billing provider HL has no subscriber HL: " + fileMessages);
            assertTrue(fileMessages.get(2).contains("transaction set 0002 (ST at segment 26) has no claims"),
                    fileMessages.toString());
            assertEquals(1, result.summary().claims());
            assertEquals(0, result.summary().claimRejections());
        }

        @Test
        void claimOutsideATransactionSetIsRejected() {
            String text = Edi837.isa() + "GS*HC*S*R*20240102*1200*1*X*005010X222A1~" + "CLM*LOST*90~GE*0*1~IEA*1*"
                    + Edi837.ICN + "~";
            Outcome outcome = Recorder.read(text).only();
            assertEquals("reject LOST", outcome.label());
            assertTrue(outcome.hasMessage("CLM at segment 3 is outside a transaction set (no ST before it)"));
        }

        @Test
        void junkAfterTheLastIeaIsReported() {
            Result result = Recorder.read(file(BILLING + subscriber(2) + simpleClaim("C1")) + "HELLO*WORLD~");
            assertEquals(List.of("claim C1", "reject null"), result.labels());
            assertTrue(result.get(1).hasMessage("('HELLO') are outside any interchange (ISA ... IEA)"),
                    result.get(1).messages().toString());
        }

        @Test
        void unreadableFileIsExactlyOneRejection() {
            Result result = Recorder.read("this is not X12");
            assertEquals(List.of("reject null"), result.labels());
            assertTrue(result.only().messages().get(0).startsWith("ISA: the file does not start with an ISA segment"));
            assertEquals(new ReadSummary(15, 0, 0, 0, 0, 1, 1), result.summary());
        }

        @Test
        void heldClaimsAreBoundedAndLaterFindingsReachOnlyThoseStillHeld() {
            String set = transactionSet("0001", BILLING + subscriber(2) + simpleClaim("C1") + simpleClaim("C2")
                    + simpleClaim("C3") + simpleClaim("C4")).replaceFirst("SE\\*\\d+\\*0001", "SE*1*0001");
            Result result = Recorder.read(new java.io.ByteArrayInputStream(interchange(set).getBytes()),
                    new X12ClaimReader(2));
            assertEquals(List.of("claim C1", "claim C2", "claim C3", "claim C4"), result.labels());
            assertEquals(List.of(), result.get(0).findings(), "released early (a third claim came), before the SE");
            for (int i = 1; i < 4; i++) {
                assertTrue(result.get(i).hasMessage("SE01 says 1 segments"), "claim " + i + " was still held");
            }
        }

        @Test
        void ioFailureOfTheStreamIsUnchecked() {
            InputStream failing = new InputStream() {
                private int served;

                @Override
                public int read() throws IOException {
                    if (served < IsaHeader.LENGTH) {
                        return Edi837.isa().charAt(served++);
                    }
                    throw new IOException("connection reset");
                }
            };
            Recorder recorder = new Recorder();
            UncheckedIOException e = assertThrows(UncheckedIOException.class,
                    () -> new X12ClaimReader().read(failing, recorder));
            assertEquals("connection reset", e.getCause().getMessage());
        }

        @Test
        void ioFailureMidFileStillHandsOnTheClaimsReadBeforeIt() {
            // Complete claims are held until their interchange ends; a stream that fails first must not
            // take them with it: C1 and C2 are complete, C3 is cut off by the failure.
            String text = file(BILLING + subscriber(2) + simpleClaim("C1") + simpleClaim("C2") + simpleClaim("C3"));
            byte[] readable = text.substring(0, text.indexOf("LX*1~SV1", text.indexOf("CLM*C3"))).getBytes();
            InputStream failing = new SequenceInputStream(new ByteArrayInputStream(readable),
                    new InputStream() {
                        @Override
                        public int read() throws IOException {
                            throw new IOException("connection reset");
                        }
                    });
            Recorder recorder = new Recorder();
            UncheckedIOException e = assertThrows(UncheckedIOException.class,
                    () -> new X12ClaimReader().read(failing, recorder));
            assertEquals("connection reset", e.getCause().getMessage());
            Result result = recorder.outcomesSoFar();
            assertEquals(List.of("claim C1", "claim C2", "reject C3"), result.labels());
            assertTrue(result.get(0).hasMessage("has no SE: the file cannot be read past segment"),
                    result.get(0).messages().toString());
        }
    }
}
