package io.claimscrub.x12;

import io.claimscrub.finding.Finding;
import io.claimscrub.model.Claim;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** A {@link ClaimSink} that records what the reader hands it, in order, for assertions. */
final class Recorder implements ClaimSink {
    /** One call to the sink: a claim (claim != null) or a rejection. */
    record Outcome(Claim claim, String claimId, List<Finding> findings) {
        boolean rejected() {
            return claim == null;
        }

        /** "claim ID" or "reject ID" (ID null for a whole-file rejection). */
        String label() {
            return (rejected() ? "reject " : "claim ") + claimId;
        }

        List<String> messages() {
            return findings.stream().map(Finding::message).collect(Collectors.toList());
        }

        boolean hasMessage(String fragment) {
            return findings.stream().anyMatch(f -> f.message().contains(fragment));
        }
    }

    /** Everything one read produced. */
    record Result(ReadSummary summary, List<Outcome> outcomes) {
        List<String> labels() {
            return outcomes.stream().map(Outcome::label).collect(Collectors.toList());
        }

        List<Claim> claims() {
            return outcomes.stream().filter(o -> !o.rejected()).map(Outcome::claim).collect(Collectors.toList());
        }

        Outcome only() {
            if (outcomes.size() != 1) {
                throw new AssertionError("expected exactly one outcome, got " + labels());
            }
            return outcomes.get(0);
        }

        Outcome get(int i) {
            return outcomes.get(i);
        }
    }

    private final List<Outcome> outcomes = new ArrayList<>();

    @Override
    public void claim(Claim claim, List<Finding> readFindings) {
        outcomes.add(new Outcome(claim, claim.claimId(), readFindings));
    }

    @Override
    public void rejection(String claimId, List<Finding> findings) {
        outcomes.add(new Outcome(null, claimId, findings));
    }

    /** What was handed on so far, for a read that ended in an exception (so there is no summary). */
    Result outcomesSoFar() {
        return new Result(null, List.copyOf(outcomes));
    }

    static Result read(String text) {
        return read(text.getBytes(StandardCharsets.UTF_8));
    }

    static Result read(byte[] bytes) {
        return read(new ByteArrayInputStream(bytes), new X12ClaimReader());
    }

    static Result read(InputStream in, X12ClaimReader reader) {
        Recorder recorder = new Recorder();
        ReadSummary summary = reader.read(in, recorder);
        return new Result(summary, List.copyOf(recorder.outcomes));
    }

    static byte[] resource(String path) {
        try (InputStream in = Recorder.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource " + path);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
