package io.claimscrub.local.dynamo;

import io.claimscrub.local.Ports;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * dynalite (a DynamoDB emulator on Node) as a child process on 127.0.0.1. In memory unless given a
 * data folder. It has no transactions and no UpdateTimeToLive: items never expire here.
 */
public final class Dynalite implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Dynalite.class);
    private static final Duration STARTUP = Duration.ofSeconds(30);
    private static final int BIND_ATTEMPTS = 5;
    /** What dynalite's command line prints once it listens. */
    private static final String LISTENING = "Dynalite listening at:";

    private final Process process;
    private final int port;
    private final Thread shutdownHook;

    private Dynalite(Process process, int port) {
        this.process = process;
        this.port = port;
        // The child must not outlive us, even when the JVM is stopped without close().
        this.shutdownHook = new Thread(this::stopProcess, "dynalite-shutdown");
        Runtime.getRuntime().addShutdownHook(shutdownHook);
    }

    /** Starts an in-memory dynalite on a free port. */
    public static Dynalite start() {
        return start(DynaliteInstall.locate(), 0, null);
    }

    /**
     * Starts dynalite.
     *
     * @param port    the port, or 0 for any free one
     * @param dataDir a LevelDB folder that keeps tables across restarts, or null for memory only
     */
    public static Dynalite start(DynaliteInstall install, int port, Path dataDir) {
        Path launcher = install.launcher();
        IllegalStateException last = null;
        for (int attempt = 0; attempt < (port == 0 ? BIND_ATTEMPTS : 1); attempt++) {
            int chosen = port == 0 ? Ports.free() : port;
            try {
                return launch(launcher, chosen, dataDir);
            } catch (IllegalStateException e) {
                // Most likely another process took the port between our check and node's bind.
                last = e;
            }
        }
        throw last;
    }

    private static Dynalite launch(Path launcher, int port, Path dataDir) {
        List<String> command = new ArrayList<>(List.of("node", launcher.toString(),
                "--host", "127.0.0.1", "--port", Integer.toString(port), "--createTableMs", "0",
                "--deleteTableMs", "0", "--updateTableMs", "0"));
        try {
            if (dataDir != null) {
                Files.createDirectories(dataDir);
                command.addAll(List.of("--path", dataDir.toAbsolutePath().toString()));
            }
            Process process = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .start(); // stdin stays an open pipe: child.js exits when it closes (when we die)
            List<String> output = Collections.synchronizedList(new ArrayList<>());
            CompletableFuture<Void> listening = drain(process, output);
            try {
                listening.get(STARTUP.toMillis(), TimeUnit.MILLISECONDS);
            } catch (ExecutionException | TimeoutException e) {
                process.destroyForcibly();
                throw new IllegalStateException("dynalite did not start on port " + port + ": "
                        + String.join(" | ", output));
            } catch (InterruptedException e) {
                process.destroyForcibly();
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while dynalite started", e);
            }
            LOG.info("dynalite listening on 127.0.0.1:{}{}", port,
                    dataDir == null ? " (in memory)" : " (data in " + dataDir + ")");
            return new Dynalite(process, port);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot run node; is Node.js installed?", e);
        }
    }

    /**
     * Reads the child's output so it never blocks on a full pipe, keeping the first lines for error
     * messages. The future completes when dynalite says it listens (which it says only once its own
     * bind succeeded, so a port taken by someone else is never mistaken for ours), and fails when
     * the output ends first.
     */
    private static CompletableFuture<Void> drain(Process process, List<String> lines) {
        CompletableFuture<Void> listening = new CompletableFuture<>();
        Thread pump = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(),
                    StandardCharsets.UTF_8))) {
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    if (lines.size() < 50) {
                        lines.add(line);
                    }
                    if (line.startsWith(LISTENING)) {
                        listening.complete(null);
                    }
                    LOG.debug("dynalite: {}", line);
                }
            } catch (IOException e) {
                LOG.debug("dynalite output closed: {}", e.getClass().getSimpleName());
            }
            listening.completeExceptionally(new IllegalStateException("dynalite exited"));
        }, "dynalite-output");
        pump.setDaemon(true);
        pump.start();
        return listening;
    }

    public int port() {
        return port;
    }

    public URI endpoint() {
        return URI.create("http://127.0.0.1:" + port);
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    @Override
    public void close() {
        stopProcess();
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException e) {
            // Already shutting down: the hook runs (or ran) stopProcess, which is idempotent.
        }
    }

    private void stopProcess() {
        if (!process.isAlive()) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(5, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
