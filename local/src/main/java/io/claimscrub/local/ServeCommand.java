package io.claimscrub.local;

import java.io.PrintStream;
import java.net.BindException;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * {@code claimscrub serve}: the local pipeline until SIGINT or SIGTERM. Prints exactly one line to
 * stdout once everything is up:
 * <pre>READY api=http://127.0.0.1:3000 s3=http://127.0.0.1:3001 dynamodb=http://127.0.0.1:3002 bucket=claimscrub-local inbound=inbound/</pre>
 * and everything else (its own messages, the emulators', the functions' logs) to stderr.
 */
public final class ServeCommand {
    private static final Duration DRAIN = Duration.ofSeconds(30);

    private ServeCommand() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    /**
     * Runs {@code serve} with the arguments after the word {@code serve}.
     *
     * @return 2 for bad usage, 1 when the stack cannot start; otherwise it runs until the JVM is
     *         told to stop, and the JVM's exit status is that of the signal
     */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        CountDownLatch stop = new CountDownLatch(1);
        CountDownLatch stopped = new CountDownLatch(1);
        Thread hook = new Thread(() -> {
            stop.countDown();
            try {
                stopped.await(DRAIN.plusSeconds(15).toSeconds(), TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "serve-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            return run(args, out, err, stop);
        } finally {
            stopped.countDown();
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException e) {
                // Shutting down already: the hook is running and has just been released.
            }
        }
    }

    /** Serves until {@code stop} opens. */
    static int run(String[] args, PrintStream out, PrintStream err, CountDownLatch stop) {
        ServeOptions options;
        try {
            options = ServeOptions.parse(args);
        } catch (ServeOptions.UsageException e) {
            err.println("serve: " + e.getMessage());
            err.println(ServeOptions.USAGE);
            return 2;
        }
        if (options.port() != 0 && !Ports.isFree(options.port())) {
            err.println("serve: port " + options.port() + " is in use (choose another with --port, or --port 0)");
            return 1;
        }
        // stdout carries the READY line and nothing else: whatever else prints to System.out
        // (a library, a function) goes to stderr while serving.
        PrintStream originalOut = System.out;
        System.setOut(err);
        LocalPipeline.Builder builder = LocalPipeline.builder();
        options.env().forEach(builder::env);
        try (LocalPipeline pipeline = builder
                .dataDir(options.data())
                .ports(options.port(), options.s3PortOrNext(options.port()), options.dynamoPortOrNext(options.port()))
                .retryDelays(Duration.ofSeconds(1), Duration.ofSeconds(2))
                .drain(DRAIN)
                .functionLog(err)
                .start()) {
            err.println("serve: data in " + options.data().toAbsolutePath() + "; stop with Ctrl-C");
            out.println("READY api=" + pipeline.apiEndpoint()
                    + " s3=" + pipeline.s3Endpoint()
                    + " dynamodb=" + pipeline.dynamoEndpoint()
                    + " bucket=" + pipeline.config().bucketName()
                    + " inbound=" + pipeline.config().inboundPrefix());
            out.flush();
            stop.await();
            err.println("serve: stopping");
            return 0;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 0;
        } catch (IllegalArgumentException e) {
            // The functions' configuration (a bad profile or NCCI file): bad usage, as in check and scrub.
            err.println("serve: cannot start: " + describe(e));
            return 2;
        } catch (Exception e) {
            err.println("serve: cannot start: " + describe(e));
            return 1;
        } finally {
            System.setOut(originalOut);
        }
    }

    private static String describe(Exception e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        if (root instanceof BindException) {
            return "a port is in use (" + root.getMessage() + ")";
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
