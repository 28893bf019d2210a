package io.claimscrub.x12;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.xlate.edi.stream.EDIInputFactory;
import io.xlate.edi.stream.EDIStreamConstants.Delimiters;
import io.xlate.edi.stream.EDIStreamReader;
import io.xlate.edi.stream.Location;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Differential test of our tokenizer against StAEDI 1.26.0: both must see the same segments with the
 * same element text (composites and repetitions compared as their raw text, and component by
 * component). Where StAEDI cannot read a file, or reads it differently by design, that is asserted
 * explicitly below.
 */
class StaediDifferentialTest {
    /** How StAEDI's reading of a file is expected to differ from ours. */
    private enum Difference {
        /** Both read the same segments. */
        NONE,
        /** Neither can read the ISA header (wrong length, UTF-16): we reject with an "ISA:" message, StAEDI throws. */
        BOTH_REJECT_THE_HEADER,
        /**
         * The last segment has no terminator: we accept it; StAEDI reports its tag and first element, then
         * stops with "unexpected end of stream" before the last element.
         */
        STAEDI_NEEDS_THE_LAST_TERMINATOR,
        /** The file ends inside the interchange: both read every segment, then StAEDI throws where we report the cut. */
        STAEDI_THROWS_AT_A_CUT_INTERCHANGE
    }

    private static final Map<String, Difference> CORPUS = new TreeMap<>();

    static {
        for (String name : List.of("uhin_837p_icd10_single_claim.edi", "imsweb_837p_basic_two_claims.edi",
                "imsweb_837p_alt_delimiters_tilde_underscore_caret.edi", "imsweb_837p_complex_loops.edi",
                "imsweb_837p_two_interchanges.edi", "imsweb_837p_three_functional_groups.edi",
                "imsweb_837p_stress_820_claims.edi", "imsweb_837p_invalid_segment_errors.edi",
                "imsweb_837p_invalid_bad_code_value.edi", "imsweb_837p_invalid_missing_elements.edi",
                "imsweb_837p_invalid_segments_out_of_order.edi", "staedi_837p_newline_terminated_indented.edi",
                "staedi_837p_invalid_header_only_no_claims.edi", "oopfactory_837p_tr3_examples_combined_bom_crlf.edi",
                "oopfactory_837p_medicaid_masked_five_claims.edi", "oopfactory_837p_invalid_missing_entity_code.edi",
                "lfh_837p_x222a2_ambulance_modifiers.edi", "lfh_837p_x222a2_cob_line_adjudication.edi",
                "lfh_837p_x222a2_drug_ndc_six_lines.edi", "lfh_837p_x222a2_dme_three_modifiers.edi",
                "lfh_837p_x222a2_anesthesia_component_sep_mismatch.edi", "lfh_837p_4010_in_5010_isa_physical_medicine.edi",
                "oopfactory_837p_4010_physical_medicine_codes.edi", "imsweb_837i_x223a2_sample.edi",
                "oopfactory_837i_delimiter_conflict_version_mismatch.edi")) {
            CORPUS.put(name, Difference.NONE);
        }
        // ISA02 is 9 characters, ISA06/ISA08 are 14: the fixed-length header is wrong
        CORPUS.put("imsweb_837p_invalid_isa_wrong_length.edi", Difference.BOTH_REJECT_THE_HEADER);
        CORPUS.put("silvenga_837i_invalid_garbage_header_values.edi", Difference.BOTH_REJECT_THE_HEADER);
        // UTF-16LE: StAEDI reads the NUL after 'I' as the element separator and fails in the header
        CORPUS.put("oopfactory_837p_utf16le_truncated.edi", Difference.BOTH_REJECT_THE_HEADER);
        // CR terminators, and the final IEA has none
        CORPUS.put("oopfactory_837p_crlf_segment_terminator.edi", Difference.STAEDI_NEEDS_THE_LAST_TERMINATOR);
        // ends after PRV in the second claim: no SE, GE, IEA
        CORPUS.put("silvenga_837i_pipe_bang_delimiters_truncated.edi", Difference.STAEDI_THROWS_AT_A_CUT_INTERCHANGE);
    }

    static Stream<String> files() {
        return Stream.concat(CORPUS.keySet().stream().map(name -> "/corpus/x12/" + name),
                Stream.of("/generated/gen837_200_claims.edi", "/generated/gen837_200_claims_newlines.edi"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("files")
    void tokenizesLikeStaedi(String path) throws Exception {
        byte[] bytes = Recorder.resource(path);
        String name = path.substring(path.lastIndexOf('/') + 1);
        Difference difference = CORPUS.getOrDefault(name, Difference.NONE);
        Staedi theirs = Staedi.read(withoutUtf8Bom(bytes));
        if (difference == Difference.BOTH_REJECT_THE_HEADER) {
            assertNotNull(theirs.failure, "StAEDI read a header we reject");
            assertTrue(theirs.segments.isEmpty());
            X12SyntaxException ours = assertThrows(X12SyntaxException.class, () -> Tokens.of(bytes));
            assertTrue(ours.getMessage().startsWith("ISA: "), ours.getMessage());
            return;
        }
        List<List<String>> ours = Tokens.of(bytes);
        List<Segment2> oursWithComponents = Segment2.of(bytes);
        switch (difference) {
            case STAEDI_NEEDS_THE_LAST_TERMINATOR:
                assertTrue(theirs.failure.getMessage().contains("Unexpected end of stream"), theirs.failure.getMessage());
                List<List<String>> texts = theirs.texts();
                assertEquals(ours.subList(0, ours.size() - 1), texts.subList(0, texts.size() - 1));
                List<String> lastOfOurs = ours.get(ours.size() - 1);
                assertEquals(List.of("IEA", "1", "000003774"), lastOfOurs);
                assertEquals(lastOfOurs.subList(0, 2), texts.get(texts.size() - 1), "StAEDI lacks only IEA02");
                break;
            case STAEDI_THROWS_AT_A_CUT_INTERCHANGE:
                assertTrue(theirs.failure.getMessage().contains("Unexpected end of stream"), theirs.failure.getMessage());
                assertEquals(ours, theirs.texts());
                break;
            default:
                assertNull(theirs.failure, () -> "StAEDI failed: " + theirs.failure);
                assertEquals(ours, theirs.texts());
                assertEquals(oursWithComponents.stream().map(Segment2::components).collect(Collectors.toList()),
                        theirs.components());
        }
    }

    /**
     * StAEDI does not skip a UTF-8 byte-order mark (it fails on the first byte), so it is given the
     * bytes after it; we skip the mark ourselves.
     */
    private static byte[] withoutUtf8Bom(byte[] bytes) {
        boolean bom = bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB && (bytes[2] & 0xff) == 0xBF;
        return bom ? Arrays.copyOfRange(bytes, 3, bytes.length) : bytes;
    }

    /** Our segments with each element split into its components (by the interchange's ISA16). */
    private record Segment2(List<List<String>> components) {
        static List<Segment2> of(byte[] bytes) throws X12SyntaxException {
            try {
                SegmentReader reader = new SegmentReader(new ByteArrayInputStream(bytes));
                List<Segment2> all = new ArrayList<>();
                int[] bounds = new int[256];
                for (Segment s = reader.next(); s != null; s = reader.next()) {
                    List<List<String>> elements = new ArrayList<>();
                    elements.add(List.of(s.text(0)));
                    for (int i = 1; i <= s.elementCount(); i++) {
                        if (s.tag() == Tags.ISA || hasRepetition(s, i)) {
                            elements.add(List.of(s.text(i))); // compared as raw text only
                            continue;
                        }
                        int n = s.components(i, bounds);
                        List<String> components = new ArrayList<>();
                        for (int k = 1; k <= n; k++) {
                            components.add(s.text(bounds[k - 1] + 1, bounds[k]));
                        }
                        elements.add(components);
                    }
                    all.add(new Segment2(elements));
                }
                return all;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private static boolean hasRepetition(Segment s, int i) {
            int repetition = s.delimiters().repetition();
            return repetition >= 0 && s.text(i).indexOf(repetition) >= 0;
        }
    }

    /** What StAEDI read: each element as its occurrences of components, and how it stopped. */
    private static final class Staedi {
        /** segment → element → occurrence → component (a simple element has one component). */
        final List<List<List<List<String>>>> segments = new ArrayList<>();
        String component = ":";
        String repetition = "";
        Exception failure;

        static Staedi read(byte[] bytes) {
            EDIInputFactory factory = EDIInputFactory.newFactory();
            factory.setProperty(EDIInputFactory.EDI_VALIDATE_CONTROL_STRUCTURE, false);
            factory.setProperty(EDIInputFactory.EDI_IGNORE_EXTRANEOUS_CHARACTERS, true); // whitespace between segments
            Staedi result = new Staedi();
            try (EDIStreamReader reader = factory.createEDIStreamReader(new ByteArrayInputStream(bytes))) {
                List<List<List<String>>> segment = null;
                while (reader.hasNext()) {
                    switch (reader.next()) {
                        case START_INTERCHANGE:
                            Map<String, Character> delimiters = reader.getDelimiters();
                            result.component = String.valueOf(delimiters.get(Delimiters.COMPONENT_ELEMENT));
                            Character repetition = delimiters.get(Delimiters.REPETITION);
                            result.repetition = repetition == null ? "" : String.valueOf(repetition);
                            break;
                        case START_SEGMENT:
                            segment = new ArrayList<>();
                            segment.add(List.of(List.of(reader.getText())));
                            result.segments.add(segment);
                            break;
                        case ELEMENT_DATA:
                            place(segment, reader.getLocation(), reader.getText());
                            break;
                        default:
                            break;
                    }
                }
            } catch (Exception e) {
                result.failure = e;
            }
            return result;
        }

        private static void place(List<List<List<String>>> segment, Location at, String text) {
            int element = at.getElementPosition();
            int occurrence = at.getElementOccurrence();
            int component = Math.max(at.getComponentPosition(), 1);
            while (segment.size() <= element) {
                segment.add(new ArrayList<>());
            }
            List<List<String>> occurrences = segment.get(element);
            while (occurrences.size() < occurrence) {
                occurrences.add(new ArrayList<>());
            }
            List<String> components = occurrences.get(occurrence - 1);
            while (components.size() < component) {
                components.add("");
            }
            components.set(component - 1, text);
        }

        /** Each element as raw text: components joined by ISA16, occurrences by the repetition separator. */
        List<List<String>> texts() {
            return segments.stream().map(segment -> segment.stream()
                    .map(occurrences -> occurrences.stream().map(c -> String.join(component, c))
                            .collect(Collectors.joining(repetition)))
                    .collect(Collectors.toList())).collect(Collectors.toList());
        }

        /** Each element's components, or its raw text when it repeats (as {@link Segment2} does). */
        List<List<List<String>>> components() {
            List<List<String>> texts = texts();
            List<List<List<String>>> all = new ArrayList<>();
            for (int s = 0; s < segments.size(); s++) {
                List<List<List<String>>> segment = segments.get(s);
                List<List<String>> elements = new ArrayList<>();
                boolean isa = texts.get(s).get(0).equals("ISA");
                for (int e = 0; e < segment.size(); e++) {
                    boolean single = segment.get(e).size() == 1;
                    elements.add(single && !isa ? segment.get(e).get(0) : List.of(texts.get(s).get(e)));
                }
                all.add(elements);
            }
            return all;
        }
    }
}
