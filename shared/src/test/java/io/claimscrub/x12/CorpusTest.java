package io.claimscrub.x12;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.claimscrub.finding.Finding;
import io.claimscrub.x12.Recorder.Outcome;
import io.claimscrub.x12.Recorder.Result;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every file of the public 837 corpus (src/test/resources/corpus/x12, see SOURCES.md there) with the
 * exact outcome the reader must give: the claims and rejections in order, what the findings say, and
 * that the CLM segments, counted independently, reconcile with them.
 */
class CorpusTest {
    private static final String IMS_SE01 = "SE01 says 25 segments but the transaction set has 34";
    private static final String IMS_ISA11 = "ISA11 repetition separator 'U' cannot be used (it is a letter or digit";
    private static final String IMS_NPI = "the billing provider NPI '1234567890' is not a valid NPI";
    /** IMS lines with SV107 1:2:3 under HI*BK*..*BF:5559, of which only BF:5559 is a readable diagnosis. */
    private static final String IMS_POINTER = "SV107 points at diagnosis 3 but the claim's HI lists 1 diagnosis";
    /** The IMS hierarchy HL*1**20*1 (segment 8), HL*2*1*22*1 (18), claim, HL*2*3*22*1 (27), claim, SE. */
    private static final List<String> IMS_HL = List.of(
            "HL at segment 18: HL04 child code '1' says a child HL follows, but the next HL (segment 27) is not its child"
                    + " (its HL02 is '3')",
            "HL at segment 27: HL01 id '2' is not the next number: expected 3 (HL01 counts the HLs of a transaction set"
                    + " 1, 2, 3...)",
            "HL at segment 27: HL02 parent '3' is not '1', the id of the billing provider HL (HL*20) above it",
            "HL at segment 27: HL04 child code '1' says a child HL follows, but the transaction set ends first");

    /**
     * @param outcomes labels in order: "claim ID", "reject ID", "reject null" for the whole file
     * @param messages fragments that must each appear in the findings of some outcome
     */
    record Expected(List<String> outcomes, List<String> messages) {
    }

    private static Expected expect(List<String> outcomes, String... messages) {
        return new Expected(outcomes, List.of(messages));
    }

    private static List<String> claims(String... ids) {
        return Stream.of(ids).map(id -> "claim " + id).collect(Collectors.toList());
    }

    private static List<String> rejects(String... ids) {
        return Stream.of(ids).map(id -> "reject " + id).collect(Collectors.toList());
    }

    private static List<String> repeat(List<String> outcomes, int times) {
        List<String> all = new ArrayList<>();
        for (int i = 0; i < times; i++) {
            all.addAll(outcomes);
        }
        return all;
    }

    private static final Map<String, Expected> EXPECTED = new TreeMap<>(Map.ofEntries(
            Map.entry("uhin_837p_icd10_single_claim.edi", expect(claims("1606"))),
            Map.entry("imsweb_837p_basic_two_claims.edi", expect(claims("A37YH556", "A37YH667"),
                    IMS_SE01, IMS_ISA11, IMS_NPI, "CLM02 total charge 500 does not equal the sum of the line charges (SV102) 12.25",
                    "HI01 'BK', HI02 '8901', HI03 'BF', HI04 '87200' not read", "SV1 at segment 34 (line 2): " + IMS_POINTER)),
            Map.entry("imsweb_837p_alt_delimiters_tilde_underscore_caret.edi", expect(claims("A37YH556", "A37YH667"),
                    IMS_SE01, IMS_ISA11, "(component separator '^')", "SV1 at segment 34 (line 2): " + IMS_POINTER)),
            Map.entry("imsweb_837p_complex_loops.edi", expect(
                    repeat(claims("A37YH556", "A37YH667", "A37YH668"), 2),
                    "SE01 says 25 segments but the transaction set has 147",
                    "SE01 says 26 segments but the transaction set has 147",
                    "GE01 says 1 transaction sets (ST) but the functional group has 2",
                    "the rendering provider's NM108 is 'X', not XX (NPI)", "SV1 at segment 143 (line 5): " + IMS_POINTER,
                    "HL at segment 213: HL02 parent '3' is not '1', the id of the billing provider HL (HL*20) above it")),
            Map.entry("imsweb_837p_two_interchanges.edi", expect(claims("A37YH556", "A37YH667", "A37YH5561", "A37YH6672"),
                    "ISA at segment 39 (interchange 000000906)", IMS_SE01,
                    "HL at segment 65: HL01 id '2' is not the next number: expected 3")),
            Map.entry("imsweb_837p_three_functional_groups.edi", expect(repeat(claims("A37YH556", "A37YH667"), 3),
                    "IEA01 says 1 functional groups (GS) but the interchange has 3",
                    "GS06 control number '1' is already used by the functional group at segment 2 in this interchange",
                    "HL at segment 99: HL01 id '2' is not the next number: expected 3")),
            Map.entry("imsweb_837p_stress_820_claims.edi", expect(repeat(claims("A37YH556", "A37YH667"), 410),
                    "SE at segment 11488 (transaction set 987654): SE01 says 25 segments but the transaction set has 11486",
                    "transaction set 987654 (ST at segment 3): 2448 more HL problems not listed (only the first 10 are)")),
            Map.entry("imsweb_837p_invalid_segment_errors.edi", expect(claims("A37YH556"),
                    "no HI segment: the claim has no diagnosis", "SE01 says 25 segments but the transaction set has 23",
                    "HL at segment 17: HL04 child code '1' says a child HL follows, but the transaction set ends first")),
            Map.entry("imsweb_837p_invalid_bad_code_value.edi", expect(claims("A37YH556", "A37YH667"),
                    "HL at segment 8 (billing provider, 2000A) has no NM1*85 billing provider name (loop 2010AA)",
                    "SV1 at segment 25 (line 1): " + IMS_POINTER)),
            Map.entry("imsweb_837p_invalid_missing_elements.edi", expect(claims("A37YH556", "A37YH667"),
                    "claim A37YH667 (CLM at segment 31): CLM05 (place of service) is missing")),
            Map.entry("imsweb_837p_invalid_segments_out_of_order.edi", expect(claims("A37YH556", "A37YH667"), IMS_SE01,
                    IMS_POINTER)),
            Map.entry("imsweb_837p_invalid_isa_wrong_length.edi", expect(rejects("null"),
                    "ISA: ISA02 must be exactly 10 characters but is 9")),
            Map.entry("staedi_837p_newline_terminated_indented.edi", expect(claims("945405"),
                    "ISA12 interchange version '00402' is not 00501")),
            Map.entry("staedi_837p_invalid_header_only_no_claims.edi", expect(rejects("null"),
                    "transaction set 1001 (ST at segment 3) has no claims (no CLM segment)")),
            Map.entry("oopfactory_837p_tr3_examples_combined_bom_crlf.edi", expect(claims("26463774", "26407789", "26462967"),
                    "the billing provider NPI '9876543210' is not a valid NPI")),
            Map.entry("oopfactory_837p_medicaid_masked_five_claims.edi", expect(repeat(rejects("9999"), 5),
                    "the procedure composite SV101 'XX>99999' does not start with HC, ER, IV or WK and the component"
                            + " separator '>' (ISA16)", "SV101 'XX>X9999'")),
            Map.entry("oopfactory_837p_invalid_missing_entity_code.edi", expect(repeat(rejects("9999"), 5),
                    "SV101 'XX>99999'")),
            Map.entry("oopfactory_837p_crlf_segment_terminator.edi", expect(claims("B330004Y"),
                    "the rendering provider NPI '9999999999' is not a valid NPI")),
            Map.entry("oopfactory_837p_utf16le_truncated.edi", expect(rejects("null"),
                    "ISA: the file looks like UTF-16 text (NUL bytes between the characters)")),
            Map.entry("lfh_837p_x222a2_ambulance_modifiers.edi", expect(claims("051068"),
                    "the billing provider NPI '2366554859' is not a valid NPI")),
            Map.entry("lfh_837p_x222a2_cob_line_adjudication.edi", expect(claims("26407789"),
                    "the rendering provider NPI '1999996666' is not a valid NPI")),
            Map.entry("lfh_837p_x222a2_drug_ndc_six_lines.edi", expect(claims("CLMNO12345"))),
            Map.entry("lfh_837p_x222a2_dme_three_modifiers.edi", expect(claims("SMI123"))),
            Map.entry("lfh_837p_x222a2_anesthesia_component_sep_mismatch.edi", expect(rejects("153829140"),
                    "the procedure composite SV101 'HC>00142>QK>QS>P1' does not start with HC, ER, IV or WK and the"
                            + " component separator ':' (ISA16)", "HI01 'BK>36616' not read")),
            Map.entry("lfh_837p_4010_in_5010_isa_physical_medicine.edi", expect(rejects("686868686"),
                    "transaction set 872391 is a 4010 837 (004010X098A1), not a 005010 837P; its claims are not read")),
            Map.entry("oopfactory_837p_4010_physical_medicine_codes.edi", expect(rejects("686868686"),
                    "transaction set 872391 is a 4010 837 (004010X098A1), not a 005010 837P",
                    "ISA12 interchange version '00401' is not 00501")),
            Map.entry("imsweb_837i_x223a2_sample.edi", expect(rejects("A37YH556"),
                    "transaction set 987654 is an 837I (005010X223A2), not an 837P; its claims are not read",
                    "SE01 says 25 segments but the transaction set has 48")),
            Map.entry("oopfactory_837i_delimiter_conflict_version_mismatch.edi", expect(rejects("756048Q"),
                    "transaction set 987654 is an 837I (005010X223), not an 837P",
                    "ISA11 repetition separator '^' cannot be used (it is already the component separator (ISA16))")),
            Map.entry("silvenga_837i_pipe_bang_delimiters_truncated.edi", expect(rejects("756048Q", "756049Q"),
                    "transaction set 987654 is an 837I (005010X223A2), not an 837P",
                    "transaction set 987654 (ST at segment 3) has no SE: the file ends after segment 46",
                    "interchange 000010216 (ISA at segment 1) has no IEA: the file ends after segment 46")),
            Map.entry("silvenga_837i_invalid_garbage_header_values.edi", expect(rejects("null"),
                    "ISA: ISA06 must be exactly 15 characters but is 14"))));

    /**
     * SV107 findings per file, counted by hand: one per IMS line with 1:2:3 (see {@link #IMS_POINTER}; the
     * stress file has one every second claim). No other file has any: the others point within their HI,
     * are rejected before their lines (wrong ISA length, 4010, 837I), have no HI (segment_errors and the
     * masked Medicaid files, whose SV1 cannot be read either) or a line not read past SV101 (anesthesia).
     */
    private static final Map<String, Integer> POINTER_FINDINGS = Map.of(
            "imsweb_837p_basic_two_claims.edi", 1, "imsweb_837p_alt_delimiters_tilde_underscore_caret.edi", 1,
            "imsweb_837p_complex_loops.edi", 6, "imsweb_837p_two_interchanges.edi", 4,
            "imsweb_837p_three_functional_groups.edi", 6, "imsweb_837p_stress_820_claims.edi", 410,
            "imsweb_837p_invalid_bad_code_value.edi", 2, "imsweb_837p_invalid_missing_elements.edi", 2,
            "imsweb_837p_invalid_segments_out_of_order.edi", 1);

    /**
     * HL findings per file (distinct messages: each reaches every claim of its transaction set), counted by
     * hand from the HL segments. The IMS files reuse HL*2 in every transaction set: {@link #IMS_HL}, 4 per
     * set. In complex_loops the second HL*2 is followed by HL*3*2*23, its child (HL 2 is a subscriber), so
     * only its id and parent are wrong: 3 per set. segment_errors has one HL*2*1*22*1 and no HL*23. The
     * stress file repeats HL*1, HL*2, HL*2 410 times in one set: 4 + 409 x 6 = 2458 problems, of which 10
     * are listed and the rest counted in one more finding. The other files' hierarchies are right, or their
     * sets are not read (837I, 4010, a bad ISA).
     */
    private static final Map<String, Integer> HL_FINDINGS = Map.of(
            "imsweb_837p_basic_two_claims.edi", 4, "imsweb_837p_alt_delimiters_tilde_underscore_caret.edi", 4,
            "imsweb_837p_invalid_bad_code_value.edi", 4, "imsweb_837p_invalid_missing_elements.edi", 4,
            "imsweb_837p_invalid_segments_out_of_order.edi", 4, "imsweb_837p_complex_loops.edi", 6,
            "imsweb_837p_two_interchanges.edi", 8, "imsweb_837p_three_functional_groups.edi", 12,
            "imsweb_837p_stress_820_claims.edi", HierarchyCheck.MAX_LISTED + 1, "imsweb_837p_invalid_segment_errors.edi", 1);

    static Stream<String> corpusFiles() {
        return EXPECTED.keySet().stream();
    }

    private static byte[] corpus(String name) {
        return Recorder.resource("/corpus/x12/" + name);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpusFiles")
    void readsEachFileAsExpected(String name) {
        Expected expected = EXPECTED.get(name);
        Result result = Recorder.read(corpus(name));
        assertEquals(expected.outcomes(), result.labels());
        for (String message : expected.messages()) {
            assertTrue(result.outcomes().stream().anyMatch(o -> o.hasMessage(message)),
                    () -> "no finding says \"" + message + "\" in " + allMessages(result));
        }
        ReadSummary summary = result.summary();
        assertEquals(result.outcomes().stream().filter(o -> !o.rejected()).count(), summary.claims());
        assertEquals(result.outcomes().stream().filter(Outcome::rejected).count(), summary.rejections());
        assertEquals(corpus(name).length, summary.bytes());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpusFiles")
    void everyClaimSegmentEndsAsOneClaimOrOneRejection(String name) {
        Result result = Recorder.read(corpus(name));
        boolean unreadableHeader = result.outcomes().size() == 1 && result.only().rejected()
                && result.only().messages().get(0).startsWith("ISA:");
        if (unreadableHeader) {
            // no delimiters, no segments: the one file-level rejection stands for everything in the file
            assertEquals(0, result.summary().claims() + result.summary().claimRejections());
            return;
        }
        assertEquals(independentClmCount(corpus(name)), result.summary().claims() + result.summary().claimRejections());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpusFiles")
    void everyReaderFindingSaysHowToFixIt(String name) {
        for (Outcome outcome : Recorder.read(corpus(name)).outcomes()) {
            for (Finding finding : outcome.findings()) {
                assertTrue(finding.suggestion() != null && !finding.suggestion().isBlank(), finding.message());
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpusFiles")
    void diagnosisPointerFindingsAreExactlyTheOnesCountedByHand(String name) {
        long found = allMessages(Recorder.read(corpus(name))).stream().filter(m -> m.contains("SV107")).count();
        assertEquals(POINTER_FINDINGS.getOrDefault(name, 0), (int) found);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpusFiles")
    void hierarchyFindingsAreExactlyTheOnesCountedByHand(String name) {
        assertEquals(HL_FINDINGS.getOrDefault(name, 0), hierarchyMessages(Recorder.read(corpus(name))).size());
    }

    @Test
    void theImsHierarchyGivesTheSameFourFindingsToEachClaim() {
        for (String name : List.of("imsweb_837p_basic_two_claims.edi", "imsweb_837p_alt_delimiters_tilde_underscore_caret.edi",
                "imsweb_837p_invalid_bad_code_value.edi", "imsweb_837p_invalid_missing_elements.edi",
                "imsweb_837p_invalid_segments_out_of_order.edi")) {
            for (Outcome outcome : Recorder.read(corpus(name)).outcomes()) {
                assertEquals(IMS_HL, hierarchyMessages(outcome.messages()), name + " " + outcome.label());
            }
        }
    }

    @Test
    void noFindingsOnTheCleanFiles() {
        for (String name : List.of("uhin_837p_icd10_single_claim.edi", "lfh_837p_x222a2_drug_ndc_six_lines.edi",
                "lfh_837p_x222a2_dme_three_modifiers.edi")) {
            Result result = Recorder.read(corpus(name));
            assertEquals(List.of(), allMessages(result), name);
        }
    }

    @Test
    void mapsTheCleanestBaselineInDetail() {
        io.claimscrub.model.Claim claim = Recorder.read(corpus("uhin_837p_icd10_single_claim.edi")).only().claim();
        assertEquals("FLHIN", claim.payer().id());
        assertEquals("FLORIDA DIRECT UHIN PAYER", claim.payer().name());
        assertEquals("CI", claim.payer().filingIndicator());
        assertEquals(List.of("R69"), claim.diagnoses());
        assertEquals(null, claim.discipline(), "taxonomy 111N00000X (chiropractor) is no therapy discipline");
        io.claimscrub.model.ServiceLine line = claim.lines().get(0);
        assertEquals("90834", line.code());
        assertEquals(1, line.units());
        assertEquals(java.time.LocalDate.of(2024, 8, 15), line.dateOfService(), "RD8 20240815-20240820 starts on the 15th");
    }

    @Test
    void everyCorpusFileHasAnExpectation() throws IOException, URISyntaxException {
        Path dir = Path.of(CorpusTest.class.getResource("/corpus/x12").toURI());
        try (Stream<Path> files = Files.list(dir)) {
            List<String> names = files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".edi")).sorted()
                    .collect(Collectors.toList());
            assertEquals(30, names.size());
            assertEquals(names, new ArrayList<>(EXPECTED.keySet()));
        }
    }

    /** The distinct HL findings, in order of appearance. */
    private static List<String> hierarchyMessages(List<String> messages) {
        return messages.stream().filter(m -> m.matches("HL at segment \\d+: .*") || m.contains("more HL problem")).distinct()
                .collect(Collectors.toList());
    }

    private static List<String> hierarchyMessages(Result result) {
        return hierarchyMessages(allMessages(result));
    }

    private static List<String> allMessages(Result result) {
        return result.outcomes().stream().flatMap(o -> o.messages().stream()).collect(Collectors.toList());
    }

    /**
     * CLM segments counted without the reader: delimiters from the ISA found by counting 16 element
     * separators (so it works even where the reader rejects the header), then a plain split.
     */
    static int independentClmCount(byte[] bytes) {
        String text = new String(bytes, StandardCharsets.ISO_8859_1);
        int isa = text.indexOf("ISA");
        if (isa < 0) {
            return 0;
        }
        char element = text.charAt(isa + 3);
        int p = isa;
        for (int k = 0; k < 16; k++) {
            p = text.indexOf(element, p + 1);
        }
        char terminator = text.charAt(p + 2);
        return (int) Pattern.compile(Pattern.quote(String.valueOf(terminator))).splitAsStream(text)
                .map(String::strip).filter(s -> s.startsWith("CLM" + element)).count();
    }

    @Test
    void independentCountSeesClaimsTheReaderCannotReach() {
        // the wrong-length ISA hides 2 CLM segments: the file-level rejection stands for them
        assertEquals(2, independentClmCount(corpus("imsweb_837p_invalid_isa_wrong_length.edi")));
        assertEquals(Collections.nCopies(1, "reject null"),
                Recorder.read(corpus("imsweb_837p_invalid_isa_wrong_length.edi")).labels());
    }
}
