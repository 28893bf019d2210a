package io.claimscrub.cli;

import io.claimscrub.engine.ClaimResult;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/** For people: a heading per file, then per claim a summary line and its findings. */
final class TableResultWriter implements ResultWriter {
    private final Writer out;
    private String currentFile;

    TableResultWriter(OutputStream out) {
        this.out = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
    }

    @Override
    public void write(String file, ClaimResult result) throws IOException {
        if (!Objects.equals(file, currentFile)) {
            out.write((currentFile == null ? "" : "\n") + "== " + file + "\n");
            currentFile = file;
        }
        ClaimTable.writeSummary(out, result);
        ClaimTable.writeFindings(out, result);
    }

    @Override
    public void finish() throws IOException {
        out.flush();
    }
}
