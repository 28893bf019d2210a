package io.claimscrub.reference;

import java.io.BufferedReader;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;

/**
 * Reads a CMS NCCI PTP file: tab-delimited, columns Column 1, Column 2, existence-prior-to-1996
 * flag, effective date, deletion date ({@code *} = none), modifier indicator, rationale. CMS puts
 * title and header lines (one header spans two lines) above the data; every line that does not
 * start with a procedure code is skipped, and so are {@code #} comment lines.
 */
final class PtpFileReader {
    private static final int REQUIRED_CELLS = 6; // CMS files before 2019 had no rationale column

    private final String source;
    private final NcciText text = new NcciText();

    private PtpFileReader(String source) {
        this.source = source;
    }

    /** Adds the file's rows to {@code into}; a malformed row is an IllegalArgumentException naming source and line. */
    static void read(BufferedReader in, String source, List<PtpEdit> into) throws IOException {
        PtpFileReader reader = new PtpFileReader(source);
        int before = into.size();
        int lineNumber = 0;
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            lineNumber++;
            if (lineNumber == 1) {
                line = NcciText.stripByteOrderMark(line);
            }
            if (line.startsWith("#")) {
                continue;
            }
            String[] cells = line.split("\t", -1);
            if (ProcedureCodes.isWellFormed(cells[0].trim())) {
                into.add(reader.row(cells, lineNumber));
            }
        }
        if (into.size() == before) {
            throw new IllegalArgumentException(source + ": no PTP rows found (is it a CMS NCCI PTP .txt file?)");
        }
    }

    private PtpEdit row(String[] raw, int line) {
        if (raw.length < REQUIRED_CELLS) {
            throw error(line, "expected at least " + REQUIRED_CELLS + " tab-separated columns, found " + raw.length);
        }
        String column1 = raw[0].trim();
        String column2 = raw[1].trim();
        if (!ProcedureCodes.isWellFormed(column2)) {
            throw error(line, "Column 2 '" + column2 + "' is not a procedure code");
        }
        String prior1996 = raw[2].trim();
        if (!prior1996.isEmpty() && !prior1996.equals("*")) {
            throw error(line, "existence-prior-to-1996 flag must be '*' or empty, found '" + prior1996 + "'");
        }
        String effective = raw[3].trim();
        // An empty effective date means "not in the source", never "no date": activeOn treats it as unknown.
        LocalDate effectiveDate = effective.isEmpty() ? null : date(effective, "effective date must be YYYYMMDD", line);
        String deletion = raw[4].trim();
        LocalDate deletionDate = deletion.equals("*") ? null : date(deletion, "deletion date must be YYYYMMDD or '*'", line);
        String modifier = raw[5].trim();
        int indicator = switch (modifier) {
            case "0" -> PtpEdit.MODIFIER_NOT_ALLOWED;
            case "1" -> PtpEdit.MODIFIER_ALLOWED;
            case "9" -> PtpEdit.NOT_APPLICABLE;
            default -> throw error(line, "modifier indicator must be 0, 1 or 9, found '" + modifier + "'");
        };
        String rationale = raw.length > REQUIRED_CELLS ? raw[REQUIRED_CELLS].trim() : "";
        return new PtpEdit(text.shared(column1), text.shared(column2), effectiveDate, deletionDate, indicator,
                text.shared(rationale));
    }

    private LocalDate date(String cell, String expectation, int line) {
        LocalDate date = text.date(cell);
        if (date == null) {
            throw error(line, expectation + ", found '" + cell + "'");
        }
        return date;
    }

    private IllegalArgumentException error(int line, String what) {
        return new IllegalArgumentException(source + " line " + line + ": " + what);
    }
}
