package io.claimscrub.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class CsvTest {
    private static String row(Object... fields) throws IOException {
        StringWriter out = new StringWriter();
        Csv.writeRow(out, fields);
        return out.toString();
    }

    @Test
    void quotesOnlyWhatNeedsItAndDoublesQuotes() throws IOException {
        assertEquals("PCN1,42,,\"a, b\",\"say \"\"hi\"\"\"\r\n", row("PCN1", 42, null, "a, b", "say \"hi\""));
        assertEquals("\"two\nlines\"\r\n", row("two\nlines"));
    }

    @Test
    void aFieldASpreadsheetWouldRunAsAFormulaIsWrittenAsText() throws IOException {
        // a CLM01 of =HYPERLINK(...) from an 837 must not become a live formula in Excel
        assertEquals("\"'=HYPERLINK(\"\"x\"\")\"\r\n", row("=HYPERLINK(\"x\")"));
        assertEquals("'+1,'-2,'@SUM(A1),'\tx\r\n", row("+1", "-2", "@SUM(A1)", "\tx"));
        assertEquals("a=b,97110\r\n", row("a=b", "97110"), "only the first character matters");
    }
}
