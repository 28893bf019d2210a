package io.claimscrub.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.claimscrub.engine.ClaimResult;
import io.claimscrub.engine.RiskLevel;
import io.claimscrub.engine.ScrubEngine;
import io.claimscrub.finding.Finding;
import io.claimscrub.finding.RuleId;
import io.claimscrub.model.Claim;
import io.claimscrub.x12.ClaimSink;
import io.claimscrub.x12.X12ClaimReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The hand-written writer must write exactly the bytes databind writes of the annotated records. */
class ClaimResultWriterTest {
    private static final ScrubEngine ENGINE = ScrubEngine.builtIn();

    @Test
    void sameJsonAsDatabindForEveryCorpusAndGeneratedResult() throws IOException {
        List<ClaimResult> results = new ArrayList<>();
        try (Stream<Path> files = Stream.concat(Files.list(Path.of("src/test/resources/corpus/x12")),
                Files.list(Path.of("src/test/resources/generated")))) {
            for (Path file : files.filter(p -> p.toString().endsWith(".edi")).sorted().toList()) {
                results.addAll(scrub(file));
            }
        }
        assertTrue(results.size() > 800, "corpus and generated files give many results: " + results.size());
        assertTrue(results.stream().anyMatch(ClaimResult::rejected), "rejections are covered");
        for (ClaimResult result : results) {
            assertEquals(databind(result), written(result, null));
        }
    }

    @Test
    void sameJsonForRequestsWithEvidenceRarcAndUnknownTotals() {
        ClaimResult documented = ENGINE.scrub(ClaimJson.readRequest("""
                {"claimId":"D1","discipline":"PT","planOfCare":{"goals":[{"id":"G1","text":"Improve strength"}]},
                 "lines":[{"code":"97530","units":3,"minutes":24,"documentation":{"note":"Patient did 3 sets of 10 bicep curls."}},
                          {"code":"97010","modifiers":["GP"],"units":2},
                          {"code":"97110","modifiers":["GP","59"],"units":7}]}"""));
        assertTrue(documented.findings().stream().anyMatch(f -> !f.evidence().isEmpty()));
        assertTrue(documented.findings().stream().anyMatch(f -> f.rarc() != null));
        assertEquals(null, documented.units().allowedUnits(), "a timed line without minutes leaves the total unknown");
        assertEquals(databind(documented), written(documented, null));

        ClaimResult fileRejection = ENGINE.reject(null, List.of(RuleId.X12_SYNTAX.onClaim("ISA: not X12", "")));
        assertEquals(databind(fileRejection), written(fileRejection, null));
    }

    @Test
    void fileComesFirstWhenGiven() {
        ClaimResult result = ENGINE.scrub(ClaimJson.readRequest("{\"claimId\":\"F1\",\"lines\":[{\"code\":\"97110\",\"units\":1}]}"));
        String json = written(result, "in/claims.837");
        assertEquals("{\"file\":\"in/claims.837\"," + databind(result).substring(1), json);
    }

    private static List<ClaimResult> scrub(Path file) throws IOException {
        List<ClaimResult> results = new ArrayList<>();
        try (InputStream in = Files.newInputStream(file)) {
            new X12ClaimReader().read(in, new ClaimSink() {
                @Override
                public void claim(Claim claim, List<Finding> readFindings) {
                    results.add(ENGINE.scrub(claim, readFindings));
                }

                @Override
                public void rejection(String claimId, List<Finding> findings) {
                    results.add(ENGINE.reject(claimId, findings));
                }
            });
        }
        return results;
    }

    @Test
    void sameBytesForHardStrings() {
        String hard = "quote \" backslash \\ slash / tab \t nl \n cr \r bs \b ff \f nul \0 us \u001F del \u007F"
                + " latin \u00e9 euro \u20ac bom \uFEFF pair \uD83D\uDE00 lone \uD800 \uDC00 end";
        ClaimResult result = new ClaimResult(hard, ClaimResult.Status.SCRUBBED, -7, RiskLevel.MEDIUM, "caf\u00e9 " + hard,
                null, List.of(
                        new Finding(hard, null, null, Integer.MIN_VALUE, hard, hard, hard, hard, hard, List.of(hard, "", "x")),
                        new Finding("", null, null, null, "", null, "", "", null, List.of()),
                        RuleId.X12_SYNTAX.onLine(Integer.MAX_VALUE, "97110", "\u0000", "\uDBFF\uDFFF")));
        assertEquals(databind(result), written(result, null));
        String file = "dir \"x\"\\\u00e9\uD83D\uDE00.837";
        assertEquals("{\"file\":" + databind(file) + "," + databind(result).substring(1), written(result, file));
    }

    /** What the command line wrote before: databind's UTF-8 generator, whose escapes differ from its String output. */
    private static String databind(Object value) {
        try {
            return new String(ClaimJson.mapper().writeValueAsBytes(value), StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String written(ClaimResult result, String file) {
        JsonByteWriter out = new JsonByteWriter(16);
        ClaimResultWriter.write(out, result, file);
        return new String(out.toByteArray(), StandardCharsets.UTF_8);
    }
}
