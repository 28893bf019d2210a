package io.claimscrub.reference;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads comma-separated rows as RFC 4180 has them: a cell may be quoted, a quoted cell may hold
 * commas, doubled quotes and line breaks. Each row remembers the line it starts on, for error messages.
 */
final class CsvRows {
    record Row(int line, List<String> cells) {
    }

    private final BufferedReader in;
    private final String source;
    private int lineNumber;

    CsvRows(BufferedReader in, String source) {
        this.in = in;
        this.source = source;
    }

    /** The next row, or null at the end of the input. */
    Row next() throws IOException {
        String text = in.readLine();
        if (text == null) {
            return null;
        }
        int start = ++lineNumber;
        if (start == 1) {
            text = NcciText.stripByteOrderMark(text);
        }
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        boolean cellStart = true;
        int i = 0;
        while (true) {
            if (i == text.length()) {
                if (!quoted) {
                    cells.add(cell.toString());
                    return new Row(start, cells);
                }
                text = in.readLine();
                if (text == null) {
                    throw new IllegalArgumentException(source + " line " + start + ": quoted cell is never closed");
                }
                lineNumber++;
                cell.append('\n');
                i = 0;
                continue;
            }
            char c = text.charAt(i++);
            if (quoted) {
                if (c != '"') {
                    cell.append(c);
                } else if (i < text.length() && text.charAt(i) == '"') {
                    cell.append('"');
                    i++;
                } else {
                    quoted = false;
                }
            } else if (c == '"' && cellStart) {
                quoted = true;
                cellStart = false;
            } else if (c == ',') {
                cells.add(cell.toString());
                cell.setLength(0);
                cellStart = true;
            } else {
                cell.append(c);
                cellStart = false;
            }
        }
    }
}
