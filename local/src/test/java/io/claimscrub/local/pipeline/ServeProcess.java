package io.claimscrub.local.pipeline;

import io.claimscrub.local.ServeCommand;
import io.claimscrub.local.dynamo.DynaliteInstall;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** {@code serve} in its own JVM, as a user (or an outside check) runs it: stdout and stderr captured. */
final class ServeProcess implements AutoCloseable {
    static final Pattern READY = Pattern.compile("READY api=(http://127\\.0\\.0\\.1:\\d+) s3=(http://127\\.0\\.0\\.1:\\d+)"
            + " dynamodb=(http://127\\.0\\.0\\.1:\\d+) bucket=(\\S+) inbound=(\\S+)");

    record Ready(URI api, URI s3, URI dynamodb, String bucket, String inbound) {
    }

    private final Process process;
    private final List<String> stdout = Collections.synchronizedList(new ArrayList<>());
    private final List<String> stderr = Collections.synchronizedList(new ArrayList<>());
    private final Thread[] pumps;

    private ServeProcess(Process process) {
        this.process = process;
        this.pumps = new Thread[] {pump(process.getInputStream(), stdout), pump(process.getErrorStream(), stderr)};
    }

    /** Starts {@code serve --port 0 --data DIR} plus any extra JVM options (e.g. a log level). */
    static ServeProcess start(Path data, List<String> jvmOptions) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-D" + DynaliteInstall.DIR_PROPERTY + "=" + DynaliteInstall.locate().dir());
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), ServeCommand.class.getName(),
                "--port", "0", "--data", data.toString()));
        ProcessBuilder builder = new ProcessBuilder(command);
        // No credentials from the test environment: serve must work without any.
        Map<String, String> env = builder.environment();
        env.keySet().removeIf(name -> name.startsWith("AWS_"));
        try {
            return new ServeProcess(builder.start());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Thread pump(InputStream in, List<String> into) {
        Thread thread = new Thread(() -> {
            try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                    into.add(line);
                }
            } catch (IOException e) {
                into.add("<output closed: " + e.getClass().getSimpleName() + ">");
            }
        }, "serve-output");
        thread.setDaemon(true);
        thread.start();
        return thread;
    }

    /** Waits for the READY line (the first line on stdout). */
    Ready awaitReady(Duration timeout) {
        String line = Api.await(() -> stdout.isEmpty() ? null : stdout.get(0), l -> true, timeout,
                "the READY line; stderr so far: " + stderr);
        Matcher m = READY.matcher(line);
        if (!m.matches()) {
            throw new AssertionError("not a READY line: " + line);
        }
        return new Ready(URI.create(m.group(1)), URI.create(m.group(2)), URI.create(m.group(3)), m.group(4), m.group(5));
    }

    /** Sends SIGTERM and waits for the exit; returns the exit status. */
    int stop(Duration timeout) throws InterruptedException {
        process.destroy();
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("serve did not stop within " + timeout + " of SIGTERM");
        }
        for (Thread pump : pumps) {
            pump.join(5_000);
        }
        return process.exitValue();
    }

    List<String> stdout() {
        return List.copyOf(stdout);
    }

    List<String> stderr() {
        return List.copyOf(stderr);
    }

    @Override
    public void close() {
        process.destroyForcibly();
    }
}
