package io.claimscrub.reference;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

/**
 * Reads a CMS NCCI PTP file: tab-delimited, columns Column 1, Column 2, existence-prior-to-1996
 * flag, effective date, deletion date ({@code *} = none), modifier indicator, rationale. CMS puts
 * title and header lines (one header spans two lines) above the data; every line that does not
 * start with a procedure code is skipped, and so are {@code #} comment lines, except a full row with
 * a procedure code in Column 2, which is a data row with a bad Column 1 and an error.
 *
 * <p>The file is UTF-8 (CMS files are ASCII in practice; a stray non-UTF-8 byte in a rationale
 * becomes U+FFFD, not an error). Lines are read as bytes and only the cells kept are decoded: the
 * cells of a row are found by their tabs, and trimmed as {@link String#trim} trims.
 */
final class PtpFileReader {
    private static final int REQUIRED_CELLS = 6; // CMS files before 2019 had no rationale column
    private static final int MAX_CELLS = REQUIRED_CELLS + 1;
    private static final byte[] BYTE_ORDER_MARK = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private final String source;
    private final NcciText text = new NcciText();
    /** The current row's cells: cell i is {@code bytes[starts[i], ends[i])}, trimmed. */
    private final int[] starts = new int[MAX_CELLS];
    private final int[] ends = new int[MAX_CELLS];
    private byte[] bytes;
    private int cellCount;

    private PtpFileReader(String source) {
        this.source = source;
    }

    /** Adds the file's rows to {@code into}; a malformed row is an IllegalArgumentException naming source and line. */
    static void read(InputStream in, String source, List<PtpEdit> into) throws IOException {
        PtpFileReader reader = new PtpFileReader(source);
        int before = into.size();
        ByteLines lines = new ByteLines(in);
        int lineNumber = 0;
        while (lines.next()) {
            lineNumber++;
            int start = lines.start();
            if (lineNumber == 1 && startsWithByteOrderMark(lines.bytes(), start, lines.end())) {
                start += BYTE_ORDER_MARK.length;
            }
            if (start < lines.end() && lines.bytes()[start] == '#') {
                continue;
            }
            reader.split(lines.bytes(), start, lines.end());
            String column1 = reader.cell(0);
            if (ProcedureCodes.isWellFormed(column1)) {
                into.add(reader.row(column1, lineNumber));
            } else if (reader.looksLikeData()) {
                // A title or header line never has a code in Column 2: this is a data row whose
                // Column 1 is wrong (a typo, or leading zeros lost to a spreadsheet), not one to skip.
                throw reader.error(lineNumber, "Column 1 '" + column1 + "' is not a procedure code");
            }
        }
        if (into.size() == before) {
            throw new IllegalArgumentException(source + ": no PTP rows found (is it a CMS NCCI PTP .txt file?)");
        }
    }

    private static boolean startsWithByteOrderMark(byte[] line, int start, int end) {
        return end - start >= BYTE_ORDER_MARK.length && line[start] == BYTE_ORDER_MARK[0]
                && line[start + 1] == BYTE_ORDER_MARK[1] && line[start + 2] == BYTE_ORDER_MARK[2];
    }

    /** Finds the line's cells (all of them counted, the first MAX_CELLS kept). */
    private void split(byte[] line, int start, int end) {
        bytes = line;
        cellCount = 0;
        int cellStart = start;
        for (int i = start; i <= end; i++) {
            if (i == end || line[i] == '\t') {
                if (cellCount < MAX_CELLS) {
                    keep(cellCount, cellStart, i);
                }
                cellCount++;
                cellStart = i + 1;
            }
        }
    }

    private void keep(int cell, int start, int end) {
        while (start < end && (bytes[start] & 0xFF) <= ' ') {
            start++;
        }
        while (end > start && (bytes[end - 1] & 0xFF) <= ' ') {
            end--;
        }
        starts[cell] = start;
        ends[cell] = end;
    }

    /** A full row whose Column 2 is a procedure code. */
    private boolean looksLikeData() {
        return cellCount >= REQUIRED_CELLS && ProcedureCodes.isWellFormed(cell(1));
    }

    private PtpEdit row(String column1, int line) {
        if (cellCount < REQUIRED_CELLS) {
            throw error(line, "expected at least " + REQUIRED_CELLS + " tab-separated columns, found " + cellCount);
        }
        String column2 = cell(1);
        if (!ProcedureCodes.isWellFormed(column2)) {
            throw error(line, "Column 2 '" + column2 + "' is not a procedure code");
        }
        if (!isEmpty(2) && !is(2, '*')) {
            throw error(line, "existence-prior-to-1996 flag must be '*' or empty, found '" + cell(2) + "'");
        }
        // An empty effective date means "not in the source", never "no date": activeOn treats it as unknown.
        LocalDate effectiveDate = isEmpty(3) ? null : date(3, "effective date must be YYYYMMDD", line);
        LocalDate deletionDate = is(4, '*') ? null : date(4, "deletion date must be YYYYMMDD or '*'", line);
        int indicator;
        if (is(5, '0')) {
            indicator = PtpEdit.MODIFIER_NOT_ALLOWED;
        } else if (is(5, '1')) {
            indicator = PtpEdit.MODIFIER_ALLOWED;
        } else if (is(5, '9')) {
            indicator = PtpEdit.NOT_APPLICABLE;
        } else {
            throw error(line, "modifier indicator must be 0, 1 or 9, found '" + cell(5) + "'");
        }
        String rationale = cellCount > REQUIRED_CELLS ? text.shared(cell(REQUIRED_CELLS)) : text.shared("");
        return new PtpEdit(text.shared(column1), text.shared(column2), effectiveDate, deletionDate, indicator, rationale);
    }

    private LocalDate date(int cell, String expectation, int line) {
        String value = cell(cell);
        LocalDate date = text.date(value);
        if (date == null) {
            throw error(line, expectation + ", found '" + value + "'");
        }
        return date;
    }

    private String cell(int cell) {
        return new String(bytes, starts[cell], ends[cell] - starts[cell], StandardCharsets.UTF_8);
    }

    private boolean isEmpty(int cell) {
        return starts[cell] == ends[cell];
    }

    /** Whether the cell is this one ASCII character. */
    private boolean is(int cell, char c) {
        return ends[cell] - starts[cell] == 1 && bytes[starts[cell]] == c;
    }

    private IllegalArgumentException error(int line, String what) {
        return new IllegalArgumentException(source + " line " + line + ": " + what);
    }
}
