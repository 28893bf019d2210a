package io.claimscrub.local.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.claimscrub.local.LocalClients;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * No PHI in any log line (SPEC §5): run {@code serve} on a fixture full of patient names, member ids,
 * birth dates and addresses, through every path (the pipeline, a damaged file, the check API with
 * good and bad input), with our own loggers at DEBUG, and search everything the process printed.
 */
class LogHygieneIT {
    private static final Duration WAIT = Duration.ofSeconds(90);

    @TempDir
    Path data;

    /** The patient identity in the file (2010BA): NM1*IL last and first name and member id, DMG birth date, N3 street. */
    static Set<String> patientIdentity(byte[] x12) {
        Set<String> phi = new LinkedHashSet<>();
        boolean inSubscriber = false;
        for (String[] segment : Fixtures.segments(x12)) {
            switch (segment[0]) {
                case "NM1" -> {
                    inSubscriber = segment[1].equals("IL");
                    if (inSubscriber) {
                        phi.add(segment[3]);
                        phi.add(segment[4]);
                        phi.add(segment[9]);
                    }
                }
                case "DMG" -> {
                    String dob = segment[2];
                    phi.add(dob);
                    phi.add(dob.substring(0, 4) + "-" + dob.substring(4, 6) + "-" + dob.substring(6, 8));
                    phi.add(dob.substring(4, 6) + "/" + dob.substring(6, 8) + "/" + dob.substring(0, 4));
                }
                case "N3" -> {
                    if (inSubscriber) {
                        phi.add(segment[1]);
                    }
                }
                default -> { }
            }
        }
        phi.removeIf(String::isBlank);
        return phi;
    }

    @Test
    void nothingThatIdentifiesAPatientReachesTheLogs() throws Exception {
        byte[] file = Fixtures.bytes("patients-30.837");
        Set<String> phi = patientIdentity(file);
        assertTrue(phi.size() > 60, "the fixture holds names, ids, birth dates and streets: " + phi.size());

        List<String> output = new ArrayList<>();
        try (ServeProcess serve = ServeProcess.start(data,
                List.of("-Dorg.slf4j.simpleLogger.log.io.claimscrub=debug"))) {
            ServeProcess.Ready ready = serve.awaitReady(Duration.ofSeconds(120));
            Api api = new Api(ready.api());
            try (S3Client s3 = LocalClients.s3(ready.s3())) {
                String key = ready.inbound() + "patients.837";
                s3.putObject(b -> b.bucket(ready.bucket()).key(key), RequestBody.fromBytes(file));
                assertEquals("COMPLETE", api.awaitDone(key, WAIT).path("status").asText());

                // A file cut off in the middle of a patient's segments.
                byte[] truncated = new String(file, StandardCharsets.ISO_8859_1).substring(0, file.length / 2)
                        .getBytes(StandardCharsets.ISO_8859_1);
                String cutKey = ready.inbound() + "patients-truncated.837";
                s3.putObject(b -> b.bucket(ready.bucket()).key(cutKey), RequestBody.fromBytes(truncated));
                api.awaitDone(cutKey, WAIT);
            }
            assertEquals(200, api.post("/v1/claims/check", "application/edi-x12", file).status());
            // Bad requests that carry a patient's name where the engine does not expect one.
            String name = phi.iterator().next();
            api.postJson("{\"claimId\": \"" + name + "\", \"lines\": [{\"code\": \"97110\", \"units\": \"" + name + "\"}]}");
            api.postJson("{\"patient\": \"" + name + "\", \"lines\": [ ");
            serve.stop(WAIT);
            output.addAll(serve.stdout());
            output.addAll(serve.stderr());
        }

        assertTrue(output.stream().anyMatch(line -> line.contains("parse.done")),
                "the functions did log (so the search below searched something): " + output.size() + " lines");
        List<String> leaks = new ArrayList<>();
        for (String value : phi) {
            Pattern word = Pattern.compile("(?<![A-Za-z0-9])" + Pattern.quote(value) + "(?![A-Za-z0-9])",
                    Pattern.CASE_INSENSITIVE);
            for (String line : output) {
                if (word.matcher(line).find()) {
                    leaks.add(value.toLowerCase(Locale.ROOT) + " in: " + line);
                }
            }
        }
        assertEquals(List.of(), leaks);
    }
}
