package io.claimscrub.x12;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.claimscrub.x12.Recorder.Outcome;
import io.claimscrub.x12.Recorder.Result;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** Properties of the tokenizer and the reader over generated input. */
class TokenizerPropertiesTest {
    /** Characters a sender may choose as delimiters. */
    private static final List<Character> DELIMITERS = List.of('*', '|', '~', '^', ':', '>', '!', '_', '\u001F', '\u001D',
            '\n', '\r', '+', '`', '\\');

    record Choice(char element, char component, char terminator, char repetition, boolean lineBreaks) {
    }

    @Provide
    Arbitrary<Choice> delimiters() {
        return Arbitraries.of(DELIMITERS).list().ofSize(4).uniqueElements()
                .filter(d -> d.get(0) != '\n' && d.get(0) != '\r' && d.get(1) != '\n' && d.get(1) != '\r')
                .flatMap(d -> Arbitraries.of(true, false)
                        .map(breaks -> new Choice(d.get(0), d.get(1), d.get(2), d.get(3), breaks)));
    }

    @Provide
    Arbitrary<List<List<String>>> segments() {
        Arbitrary<String> tag = Combinators.combine(Arbitraries.chars().range('A', 'Z'),
                Arbitraries.strings().withCharRange('A', 'Z').withCharRange('0', '9').ofMinLength(1).ofMaxLength(2))
                .as((first, rest) -> first + rest).filter(t -> !t.equals("ISA"));
        Arbitrary<String> element = Arbitraries.strings().withCharRange('A', 'Z').withCharRange('0', '9').withChars(" .-#")
                .ofMaxLength(12); // no delimiter in data (X12 has no escape); component separators are checked elsewhere
        return Combinators.combine(tag, element.list().ofMaxSize(12))
                .as((t, elements) -> {
                    List<String> segment = new ArrayList<>();
                    segment.add(t);
                    segment.addAll(elements);
                    return segment;
                }).list().ofMinSize(1).ofMaxSize(30);
    }

    /** Any delimiter choice, any chunking of the stream: the segments come back as they were written. */
    @Property(tries = 300)
    void segmentsRoundTripWithAnyDelimiters(@ForAll("delimiters") Choice choice, @ForAll("segments") List<List<String>> body,
                                            @ForAll @IntRange(min = 1, max = 200) int chunk) throws Exception {
        StringBuilder text = new StringBuilder(Edi837.isa(choice.element(), choice.repetition(), choice.component(),
                choice.terminator(), "00501"));
        for (List<String> segment : body) {
            if (choice.lineBreaks() && choice.terminator() != '\n') {
                text.append("\r\n  ");
            }
            text.append(String.join(String.valueOf(choice.element()), segment)).append(choice.terminator());
        }
        List<List<String>> actual = Tokens.of(Tokens.trickle(text.toString().getBytes(StandardCharsets.ISO_8859_1), chunk));
        assertEquals(body, actual.subList(1, actual.size()));
        assertEquals(String.valueOf(choice.component()), actual.get(0).get(16));
    }

    /**
     * Damaged input (bytes replaced, dropped, or the file cut anywhere) never throws out of the reader,
     * and every outcome handed to the sink is counted in the summary.
     */
    @Property(tries = 400)
    void damagedFilesNeverThrowAndAlwaysReconcile(@ForAll("damaged") byte[] bytes) {
        Result result = Recorder.read(new ByteArrayInputStream(bytes), new X12ClaimReader());
        long claims = result.outcomes().stream().filter(o -> !o.rejected()).count();
        long rejections = result.outcomes().stream().filter(Outcome::rejected).count();
        assertEquals(claims, result.summary().claims());
        assertEquals(rejections, result.summary().rejections());
        assertEquals(bytes.length, result.summary().bytes());
        assertTrue(result.summary().fileRejections() <= 1);
        assertFalse(result.outcomes().isEmpty(), "a file always ends in at least one outcome");
    }

    @Provide
    Arbitrary<byte[]> damaged() {
        byte[] original = Recorder.resource("/corpus/x12/oopfactory_837p_tr3_examples_combined_bom_crlf.edi");
        Arbitrary<int[]> edits = Arbitraries.integers().between(0, original.length - 1).array(int[].class).ofMinSize(1)
                .ofMaxSize(8);
        Arbitrary<Byte> junk = Arbitraries.of((byte) '~', (byte) '*', (byte) ':', (byte) 0, (byte) 0xFF, (byte) '\n',
                (byte) 'I', (byte) 'S', (byte) 'A', (byte) '9');
        return Combinators.combine(edits, junk, Arbitraries.integers().between(0, 2),
                Arbitraries.integers().between(1, original.length)).as((positions, b, kind, cut) -> {
                    byte[] copy = original.clone();
                    for (int position : positions) {
                        copy[position] = b;
                    }
                    if (kind == 1) {
                        return Arrays.copyOf(copy, cut); // truncated anywhere
                    }
                    if (kind == 2) {
                        byte[] dropped = new byte[copy.length - 1];
                        System.arraycopy(copy, 0, dropped, 0, positions[0]);
                        System.arraycopy(copy, positions[0] + 1, dropped, positions[0], copy.length - positions[0] - 1);
                        return dropped;
                    }
                    return copy;
                });
    }
}
