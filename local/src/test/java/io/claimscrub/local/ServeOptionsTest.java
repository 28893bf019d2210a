package io.claimscrub.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;

class ServeOptionsTest {

    @Test
    void defaultsArePort3000AndTheProjectDataFolder() throws Exception {
        ServeOptions options = ServeOptions.parse(new String[0]);
        assertEquals(3000, options.port());
        assertEquals(Path.of(".claimscrub", "data"), options.data());
        assertEquals(options, ServeOptions.parse(new String[] {"serve"}), "the word serve may lead");
    }

    @Test
    void optionsAreRead() throws Exception {
        ServeOptions options = ServeOptions.parse(new String[] {"--port", "0", "--data", "d", "--s3-port", "9000",
                "--dynamodb-port", "9001"});
        assertEquals(new ServeOptions(0, Path.of("d"), 9000, 9001, Map.of()), options);
        assertEquals(9000, options.s3PortOrNext(0));
        assertEquals(9001, options.dynamoPortOrNext(0));
    }

    @Test
    void theEngineOptionsOfCheckAndScrubSetTheFunctionsVariables() throws Exception {
        ServeOptions options = ServeOptions.parse(new String[] {"serve", "--payers", "/etc/payers", "--default-profile",
                "acme", "--ncci-ptp", "ccipra-f1.txt", "--ncci-ptp", "ccipra-f2.txt", "--ncci-mue", "mue.csv"});
        assertEquals(Map.of("PAYER_PROFILES_DIR", "/etc/payers", "DEFAULT_PAYER_PROFILE", "acme",
                "NCCI_PTP_FILES", "ccipra-f1.txt,ccipra-f2.txt", "NCCI_MUE_FILE", "mue.csv"), options.env());
        assertEquals(Map.of(), ServeOptions.parse(new String[0]).env(), "unset: the template's values");
        assertEquals("--ncci-ptp file names may not contain ',', got a,b.txt",
                assertThrows(ServeOptions.UsageException.class,
                        () -> ServeOptions.parse(new String[] {"--ncci-ptp", "a,b.txt"})).getMessage());
    }

    @Test
    void s3AndDynamoDbTakeTheNextPortsWhenFreeAndAnyPortOtherwise() throws Exception {
        ServeOptions options = ServeOptions.parse(new String[] {"--port", "0"});
        assertEquals(0, options.s3PortOrNext(0), "with --port 0 every port is any free one");
        int api = Ports.free();
        int s3 = options.s3PortOrNext(api);
        assertEquals(Ports.isFree(api + 1) ? api + 1 : 0, s3);
        assertEquals(0, options.s3PortOrNext(65535), "no port above 65535");
    }

    @Test
    void badUsageIsAOneLineReason() {
        assertEquals("--port must be a port number, got abc",
                assertThrows(ServeOptions.UsageException.class, () -> ServeOptions.parse(new String[] {"--port", "abc"}))
                        .getMessage());
        assertEquals("--port must be a port between 0 and 65535, got 70000",
                assertThrows(ServeOptions.UsageException.class, () -> ServeOptions.parse(new String[] {"--port", "70000"}))
                        .getMessage());
        assertEquals("--data needs a value",
                assertThrows(ServeOptions.UsageException.class, () -> ServeOptions.parse(new String[] {"--data"}))
                        .getMessage());
        assertEquals("unknown argument: --verbose",
                assertThrows(ServeOptions.UsageException.class, () -> ServeOptions.parse(new String[] {"--verbose"}))
                        .getMessage());
    }

    @Test
    void serveWithBadUsageExitsTwoWithTheReasonOnStderrAndNothingOnStdout() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = ServeCommand.run(new String[] {"--port", "x"}, new PrintStream(out), new PrintStream(err),
                new CountDownLatch(0));
        assertEquals(2, status);
        assertEquals("", out.toString(StandardCharsets.UTF_8));
        assertEquals("serve: --port must be a port number, got x", err.toString(StandardCharsets.UTF_8).lines().findFirst()
                .orElseThrow());
    }
}
