package io.claimscrub.x12;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class SegmentReaderTest {
    private static final String GS = "GS*HC*SUB01*REC01*20240102*1200*1*X*005010X222A1";

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }

    private static List<List<String>> tokens(String text) throws X12SyntaxException {
        return Tokens.of(bytes(text));
    }

    private static String syntaxError(byte[] bytes) {
        return assertThrows(X12SyntaxException.class, () -> Tokens.of(bytes)).getMessage();
    }

    @Test
    void readsTagsElementsAndTrailingEmptyElements() throws Exception {
        List<List<String>> segments = tokens(Edi837.isa() + GS + "~NM1*85*2*ACME*****XX*1234567893~HI*ABK:M545**~");
        assertEquals(4, segments.size());
        assertEquals("ISA", segments.get(0).get(0));
        assertEquals(":", segments.get(0).get(16));
        assertEquals(List.of("NM1", "85", "2", "ACME", "", "", "", "", "XX", "1234567893"), segments.get(2));
        assertEquals(List.of("HI", "ABK:M545", "", ""), segments.get(3));
    }

    @Test
    void readsDelimitersFromTheIsaOfEachInterchange() throws Exception {
        String first = Edi837.isa() + "IEA*0*" + Edi837.ICN + "~";
        String second = "ISA|00|          |00|          |ZZ|SUBMITTER      |ZZ|RECEIVER       |240102|1200|>|00501|"
                + "000000102|0|P|!\nHI|ABK!M545|ABF!R262\nIEA|0|000000102\n";
        List<List<String>> segments = tokens(first + "\r\n" + second);
        assertEquals(List.of("IEA", "0", Edi837.ICN), segments.get(1));
        assertEquals("ISA", segments.get(2).get(0));
        assertEquals(List.of("HI", "ABK!M545", "ABF!R262"), segments.get(3));
        assertEquals(List.of("IEA", "0", "000000102"), segments.get(4));
    }

    @Test
    void tildeElementSeparatorWithUnderscoreTerminator() throws Exception {
        String isa = Edi837.isa().replace('*', '~').replace(":~", "^_").replace("~^~", "~U~");
        List<List<String>> segments = tokens(isa + "\nCLM~A1~500~~~11^B^1_\nSV1~HC^99211^25~12.25_\n");
        assertEquals(List.of("CLM", "A1", "500", "", "", "11^B^1"), segments.get(1));
        assertEquals(List.of("SV1", "HC^99211^25", "12.25"), segments.get(2));
    }

    @Test
    void lineFeedTerminatorWithIndentation() throws Exception {
        String isa = Edi837.isa().replace("~", "\n");
        List<List<String>> segments = tokens(isa + "  " + GS + "\n    ST*837*0001*005010X222\n\tSE*2*0001\n");
        assertEquals(List.of("GS", "ST", "SE"), List.of(segments.get(1).get(0), segments.get(2).get(0), segments.get(3).get(0)));
        assertEquals(List.of("SE", "2", "0001"), segments.get(3));
    }

    @Test
    void carriageReturnTerminatorFollowedByLineFeed() throws Exception {
        String isa = Edi837.isa().replace("~", "\r");
        List<List<String>> segments = tokens(isa + "\n  " + GS + "\r\n  SE*2*0001\r\n");
        assertEquals(List.of("SE", "2", "0001"), segments.get(2));
        assertEquals("005010X222A1", segments.get(1).get(8));
    }

    @Test
    void skipsAUtf8ByteOrderMarkAndLeadingWhitespace() throws Exception {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] body = bytes("\r\n " + Edi837.isa() + GS + "~");
        byte[] all = new byte[bom.length + body.length];
        System.arraycopy(bom, 0, all, 0, bom.length);
        System.arraycopy(body, 0, all, bom.length, body.length);
        List<List<String>> segments = Tokens.of(all);
        assertEquals("ISA", segments.get(0).get(0));
        assertEquals("GS", segments.get(1).get(0));
    }

    @Test
    void acceptsALastSegmentWithoutItsTerminator() throws Exception {
        List<List<String>> segments = tokens(Edi837.isa() + "IEA*1*" + Edi837.ICN);
        assertEquals(List.of("IEA", "1", Edi837.ICN), segments.get(1));
    }

    @Test
    void splitsComponentsOnlyWhenAsked() throws Exception {
        SegmentReader reader = new SegmentReader(new ByteArrayInputStream(bytes(Edi837.isa()
                + "SV1*HC:97110:GP::59:::DESC*90*UN*2~"))); // ISA16 is ':'
        reader.next();
        Segment sv1 = reader.next();
        int[] bounds = new int[16];
        int n = sv1.components(1, bounds);
        assertEquals(8, n);
        assertEquals("97110", sv1.text(bounds[1] + 1, bounds[2]));
        assertEquals("", sv1.text(bounds[3] + 1, bounds[4]));
        assertEquals("DESC", sv1.text(bounds[7] + 1, bounds[8]));
        assertEquals(1, sv1.components(2, bounds));
        assertEquals(Tags.SV1, sv1.tag());
        assertEquals(2, sv1.ordinal());
    }

    @Test
    void segmentsSpanningBufferRefillsReadTheSame() throws Exception {
        String text = Edi837.file(Edi837.subscriber(2) + Edi837.simpleClaim("C1") + Edi837.simpleClaim("C2"));
        List<List<String>> whole = tokens(text);
        for (int chunk : new int[] {1, 2, 3, 7, 64, 107}) {
            assertEquals(whole, Tokens.of(Tokens.trickle(bytes(text), chunk)), "chunk " + chunk);
        }
    }

    @Test
    void readsSegmentsLongerThanTheBufferAndWithManyElements() throws Exception {
        String longNote = "X".repeat(3 * SegmentReader.BUFFER_SIZE);
        String manyElements = "REF" + "*E".repeat(500);
        List<List<String>> segments = tokens(Edi837.isa() + "NTE*ADD*" + longNote + "~" + manyElements + "~SE*1*1~");
        assertEquals(longNote, segments.get(1).get(2));
        assertEquals(501, segments.get(2).size());
        assertEquals(List.of("SE", "1", "1"), segments.get(3));
    }

    @Test
    void repetitionSeparatorComesFromIsa11From00402On() throws Exception {
        assertEquals('^', delimitersOf(Edi837.isa("00501", '^', ':')).repetition());
        assertEquals(-1, delimitersOf(Edi837.isa("00401", 'U', ':')).repetition(), "4010: ISA11 is a standards id");
        assertEquals(-1, delimitersOf(Edi837.isa("00501", 'U', ':')).repetition(), "a letter cannot separate");
        assertEquals(-1, delimitersOf(Edi837.isa("00501", ':', ':')).repetition(), "same as ISA16");
    }

    private static Delimiters delimitersOf(String isa) throws Exception {
        return new SegmentReader(new ByteArrayInputStream(bytes(isa))).next().delimiters();
    }

    @Test
    void rejectsAnEmptyOrBlankFile() {
        assertEquals("ISA: the file is empty", syntaxError(new byte[0]));
        assertTrue(syntaxError(bytes(" \r\n\t")).startsWith("ISA: the file holds nothing but whitespace"));
    }

    @Test
    void rejectsUtf16WithOrWithoutByteOrderMark() {
        byte[] utf16 = Edi837.isa().getBytes(StandardCharsets.UTF_16LE);
        assertTrue(syntaxError(utf16).startsWith("ISA: the file looks like UTF-16 text"));
        byte[] withBom = Edi837.isa().getBytes(StandardCharsets.UTF_16); // big-endian with FE FF
        assertTrue(syntaxError(withBom).startsWith("ISA: the file is UTF-16 text"));
    }

    @Test
    void rejectsAFileThatDoesNotStartWithIsa() {
        byte[] zip = {0x50, 0x4B, 0x03, 0x04, 0x14, 0x00};
        assertEquals("ISA: the file does not start with an ISA segment (its first bytes are 50 4B 03 04), so it is"
                + " not an X12 interchange", syntaxError(zip));
        assertTrue(syntaxError(bytes(GS + "~")).startsWith("ISA: the file does not start with an ISA segment"));
    }

    @Test
    void rejectsAnIsaOfTheWrongLength() {
        String shortIsa02 = Edi837.isa().replace("*00*          *00*", "*00*         *00*");
        assertTrue(syntaxError(bytes(shortIsa02 + GS + "~")).startsWith(
                "ISA: ISA02 must be exactly 10 characters but is 9"), syntaxError(bytes(shortIsa02 + GS + "~")));
        assertTrue(syntaxError(bytes("ISA*00*")).startsWith("ISA: the file ends inside the fixed-length ISA header"));
    }

    @Test
    void rejectsUnusableDelimiters() {
        assertTrue(syntaxError(bytes(Edi837.isa("00501", '^', 'A'))).startsWith(
                "ISA: the component separator (ISA16) is 'A'"));
        String sameAsTerminator = Edi837.isa().substring(0, IsaHeader.LENGTH - 1) + ":";
        assertTrue(syntaxError(bytes(sameAsTerminator)).contains("must all differ"));
    }

    @Test
    void laterBadIsaNamesItsSegment() {
        String text = Edi837.isa() + "IEA*0*" + Edi837.ICN + "~" + Edi837.isa().replace("*00*          *00*", "*00*  *00*")
                + GS + "~";
        String message = syntaxError(bytes(text));
        assertTrue(message.startsWith("ISA at segment 3: ISA02 must be exactly 10 characters"), message);
    }

    @Test
    void stopsOnASegmentThatNeverEnds() {
        byte[] junk = new byte[SegmentReader.MAX_SEGMENT + 2 * SegmentReader.BUFFER_SIZE];
        java.util.Arrays.fill(junk, (byte) 'A');
        byte[] isa = bytes(Edi837.isa());
        byte[] all = new byte[isa.length + junk.length];
        System.arraycopy(isa, 0, all, 0, isa.length);
        System.arraycopy(junk, 0, all, isa.length, junk.length);
        assertEquals("segment 2 has no segment terminator '~' within 1 MiB: the delimiters declared by the ISA do"
                + " not match the data", syntaxError(all));
    }

    @Test
    void marksTagsThatAreNotX12Tags() throws Exception {
        SegmentReader reader = new SegmentReader(new ByteArrayInputStream(bytes(Edi837.isa()
                + "nm1*x~ABCD*1~N4*A~9A*1~"))); // lower case, four letters, fine, starts with a digit
        reader.next();
        assertEquals(Tags.INVALID, reader.next().tag());
        assertEquals(Tags.INVALID, reader.next().tag());
        assertEquals('N' << 8 | '4', reader.next().tag());
        assertEquals(Tags.INVALID, reader.next().tag());
    }

    @Test
    void ioErrorsOfTheStreamPropagate() {
        SegmentReader reader = new SegmentReader(new java.io.InputStream() {
            @Override
            public int read() throws IOException {
                throw new IOException("disk gone");
            }
        });
        assertThrows(IOException.class, reader::next);
    }
}
