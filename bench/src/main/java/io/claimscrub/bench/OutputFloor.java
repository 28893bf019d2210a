package io.claimscrub.bench;

import io.claimscrub.engine.ClaimResult;
import io.claimscrub.engine.ScrubEngine;
import io.claimscrub.finding.Finding;
import io.claimscrub.units.LineUnits;
import io.claimscrub.units.UnitsSummary;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * What the engine's answer alone costs on a file: as many {@link ClaimResult}s as the file has
 * claims made again, each with its findings, their two texts and its per-line units, from parts
 * prepared beforehand. No reading and no rule logic: a text is one copy of Latin-1 bytes ready in
 * memory (or, with {@code textsShared}, handed on as it is: an engine whose texts cost nothing),
 * every other field is shared. The parts come from the file's first {@link #POOL} results, used in
 * turn, so that they stay in the core's cache as an engine's just-read claim does (every result of
 * the file would be read back from memory, a cost no engine pays). The engine must hand back these
 * objects, so the reader's time plus this is a floor under any engine with this output, whatever
 * its rules do: what issue 2's 300 MB/s is weighed against (docs/benchmarks.md).
 */
final class OutputFloor {
    /** Results whose parts are used in turn: about 200 KB of texts, within a core's L2 cache here. */
    static final int POOL = 128;

    private final ClaimResult[] pool;
    /** Per pool result, each finding's message then suggestion as Latin-1 bytes; null for none. */
    private final byte[][][] texts;
    private final int claims;
    private final boolean textsShared;

    private OutputFloor(ClaimResult[] pool, byte[][][] texts, int claims, boolean textsShared) {
        this.pool = pool;
        this.texts = texts;
        this.claims = claims;
        this.textsShared = textsShared;
    }

    /** Scrubs the file once and keeps its first results' parts and its number of results. */
    static OutputFloor of(byte[] file, ScrubEngine engine, boolean textsShared) {
        List<ClaimResult> results = new ArrayList<>();
        Workloads.scrub(file, engine, result -> results.add((ClaimResult) result));
        ClaimResult[] pool = results.subList(0, Math.min(POOL, results.size())).toArray(ClaimResult[]::new);
        byte[][][] texts = new byte[pool.length][][];
        for (int i = 0; i < pool.length; i++) {
            List<Finding> findings = pool[i].findings();
            texts[i] = new byte[findings.size() * 2][];
            for (int f = 0; f < findings.size(); f++) {
                texts[i][2 * f] = latin1(findings.get(f).message());
                texts[i][2 * f + 1] = latin1(findings.get(f).suggestion());
            }
        }
        return new OutputFloor(pool, texts, results.size(), textsShared);
    }

    private static byte[] latin1(String text) {
        if (text == null) {
            return null;
        }
        if (!StandardCharsets.ISO_8859_1.newEncoder().canEncode(text)) {
            // One copy per text needs one byte per char, as the engine's texts take today.
            throw new IllegalStateException("a finding text is not Latin-1; OutputFloor cannot copy it as bytes");
        }
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }

    /** Makes the file's number of results again and hands each to {@code keep}; returns that number. */
    int rebuild(Consumer<Object> keep) {
        for (int claim = 0; claim < claims; claim++) {
            ClaimResult result = pool[claim % pool.length];
            byte[][] resultTexts = texts[claim % pool.length];
            List<Finding> findings = new ArrayList<>(result.findings().size());
            for (int f = 0; f < result.findings().size(); f++) {
                Finding finding = result.findings().get(f);
                findings.add(new Finding(finding.ruleId(), finding.severity(), finding.category(), finding.line(),
                        finding.code(), finding.carc(), finding.rarc(),
                        textsShared ? finding.message() : string(resultTexts[2 * f]),
                        textsShared ? finding.suggestion() : string(resultTexts[2 * f + 1]),
                        finding.evidence()));
            }
            keep.accept(new ClaimResult(result.claimId(), result.status(), result.riskScore(), result.riskLevel(),
                    result.payerProfile(), units(result.units()), findings));
        }
        return claims;
    }

    private static UnitsSummary units(UnitsSummary units) {
        if (units == null) {
            return null;
        }
        List<LineUnits> lines = new ArrayList<>(units.lines().size());
        for (LineUnits line : units.lines()) {
            lines.add(new LineUnits(line.line(), line.code(), line.minutes(), line.billedUnits(),
                    line.expectedUnits(), line.timed()));
        }
        return new UnitsSummary(units.method(), units.totalTimedMinutes(), units.allowedUnits(), units.billedUnits(),
                lines);
    }

    private static String string(byte[] latin1) {
        return latin1 == null ? null : new String(latin1, StandardCharsets.ISO_8859_1);
    }
}
