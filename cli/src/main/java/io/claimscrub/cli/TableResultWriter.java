package io.claimscrub.cli;

import io.claimscrub.engine.ClaimResult;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;

/** For people: a heading per file, then per claim a summary line and its findings. */
final class TableResultWriter implements ResultWriter {
    private final OutputStream out;
    private String currentFile;

    TableResultWriter(OutputStream out) {
        this.out = out;
    }

    @Override
    public byte[] render(String file, List<ClaimResult> results) {
        return Rendering.text(w -> {
            for (ClaimResult result : results) {
                ClaimTable.writeSummary(w, result);
                ClaimTable.writeFindings(w, result);
            }
        });
    }

    @Override
    public void write(String file, byte[] rendered) throws IOException {
        if (!Objects.equals(file, currentFile)) {
            out.write(((currentFile == null ? "" : "\n") + "== " + ClaimTable.oneLine(file) + "\n").getBytes(StandardCharsets.UTF_8));
            currentFile = file;
        }
        out.write(rendered);
    }

    @Override
    public void finish() throws IOException {
        out.flush();
    }
}
