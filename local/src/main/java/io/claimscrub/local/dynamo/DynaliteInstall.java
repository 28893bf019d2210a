package io.claimscrub.local.dynamo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The project-local dynalite: {@code local/dynalite/package.json} and its committed
 * {@code package-lock.json}, installed with {@code npm ci} into the git-ignored
 * {@code node_modules} beside them on first use, and again whenever the lockfile changes.
 */
public final class DynaliteInstall {
    /** System property naming the folder that holds package.json and package-lock.json. */
    public static final String DIR_PROPERTY = "claimscrub.dynalite.dir";
    /** Environment variable with the same meaning, for launchers that cannot pass -D. */
    public static final String DIR_ENV = "CLAIMSCRUB_DYNALITE_DIR";

    private static final Logger LOG = LoggerFactory.getLogger(DynaliteInstall.class);
    private static final String STAMP = ".claimscrub-lock.sha256";
    private static final long NPM_TIMEOUT_MINUTES = 10;

    private final Path dir;

    public DynaliteInstall(Path dir) {
        this.dir = dir.toAbsolutePath().normalize();
    }

    /**
     * The install folder: the system property, else the environment variable, else
     * {@code local/dynalite} (or {@code dynalite} inside {@code local/}) found from the working
     * directory upwards.
     */
    public static DynaliteInstall locate() {
        String configured = System.getProperty(DIR_PROPERTY, System.getenv(DIR_ENV));
        if (configured != null && !configured.isBlank()) {
            return new DynaliteInstall(Path.of(configured));
        }
        for (Path at = Path.of("").toAbsolutePath(); at != null; at = at.getParent()) {
            for (Path candidate : List.of(at.resolve("local/dynalite"), at.resolve("dynalite"))) {
                if (Files.isRegularFile(candidate.resolve("package-lock.json"))) {
                    return new DynaliteInstall(candidate);
                }
            }
        }
        throw new IllegalStateException("cannot find local/dynalite/package-lock.json from "
                + Path.of("").toAbsolutePath() + "; set -D" + DIR_PROPERTY + " or " + DIR_ENV);
    }

    public Path dir() {
        return dir;
    }

    /**
     * The script to run with node: {@code child.js} beside the lockfile, which runs dynalite's own
     * command line and ends with its parent. Installs dynalite first when missing or stale.
     */
    public Path launcher() {
        ensureInstalled();
        return dir.resolve("child.js");
    }

    private void ensureInstalled() {
        synchronized (DynaliteInstall.class) { // a JVM may hold a file lock only once
            ensureInstalledLocked();
        }
    }

    private void ensureInstalledLocked() {
        Path lockfile = dir.resolve("package-lock.json");
        if (!Files.isRegularFile(lockfile)) {
            throw new IllegalStateException("no package-lock.json in " + dir);
        }
        Path cli = dir.resolve("node_modules/dynalite/cli.js");
        // A file lock, because two JVMs (a test run and `serve`) may start at once.
        try (FileChannel channel = FileChannel.open(dir.resolve(".install.lock"),
                StandardOpenOption.CREATE, StandardOpenOption.WRITE);
             FileLock ignored = channel.lock()) {
            String wanted = sha256(lockfile);
            Path stamp = dir.resolve("node_modules").resolve(STAMP);
            boolean current = Files.isRegularFile(cli) && Files.isRegularFile(stamp)
                    && Files.readString(stamp).trim().equals(wanted);
            if (!current) {
                npmCi();
                Files.writeString(stamp, wanted + "\n");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot install dynalite in " + dir, e);
        }
    }

    private void npmCi() throws IOException {
        LOG.info("installing dynalite with npm ci in {}", dir);
        Process npm = new ProcessBuilder("npm", "ci", "--no-audit", "--no-fund", "--loglevel=warn")
                .directory(dir.toFile())
                .redirectErrorStream(true)
                .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()))
                .start();
        // Keep the tail for the error message; pass every line on to the log (stderr), never stdout.
        Deque<String> tail = new ArrayDeque<>();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(npm.getInputStream(),
                StandardCharsets.UTF_8))) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                LOG.info("npm: {}", line);
                tail.addLast(line);
                if (tail.size() > 20) {
                    tail.removeFirst();
                }
            }
        }
        try {
            if (!npm.waitFor(NPM_TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
                npm.destroyForcibly();
                throw new IOException("npm ci did not finish in " + NPM_TIMEOUT_MINUTES + " minutes");
            }
        } catch (InterruptedException e) {
            npm.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IOException("interrupted during npm ci", e);
        }
        if (npm.exitValue() != 0) {
            throw new IOException("npm ci failed with exit code " + npm.exitValue() + " in " + dir
                    + ":\n" + String.join("\n", tail));
        }
    }

    private static String sha256(Path file) throws IOException {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(Files.readAllBytes(file)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }
}
