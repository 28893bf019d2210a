package io.claimscrub.engine;

import io.claimscrub.finding.Finding;
import io.claimscrub.model.Claim;
import io.claimscrub.x12.ClaimSink;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * Scrubs a stream of claims on several cores and hands the results back strictly in input order.
 *
 * <p>It is a {@link ClaimSink}, so an 837 reader can feed it directly. The feeding thread collects
 * claims into chunks of {@link #CHUNK} and gives each full chunk to a worker pool running
 * {@link ScrubEngine#scrub}; results reach {@code results} on the feeding thread only (inside
 * {@link #claim}, {@link #rejection} or {@link #finish}), oldest first, so the callback needs no
 * locking. At most {@code 2 × workers} chunks are in flight: when they are, the feeder waits for the
 * oldest, which keeps memory bounded however large the input. With one core there is no pool at all:
 * each claim is scrubbed and delivered on the spot.
 *
 * <pre>{@code
 * try (ParallelScrub scrub = ParallelScrub.start(engine, result -> write(result))) {
 *     new X12ClaimReader().read(in, scrub);
 *     scrub.finish();   // delivers the last results
 * }
 * }</pre>
 *
 * <p>A worker's exception (for example a claim naming an unknown payer profile) is rethrown, as
 * is, to the feeding thread by the call that would have delivered that claim's result (at the
 * latest {@link #finish}); an exception of the callback propagates the same way. Either way the
 * pending work is dropped and the instance is closed: results before the failing chunk have been
 * delivered, none after. Not thread-safe: feed it from one thread.
 */
public final class ParallelScrub implements ClaimSink, AutoCloseable {
    /** Claims per task: large enough that hand-over costs nothing next to scrubbing, small enough to stay cache-warm. */
    public static final int CHUNK = 256;

    private static final AtomicInteger POOLS = new AtomicInteger();

    private final ScrubEngine engine;
    private final Consumer<ClaimResult> results;
    private final ExecutorService pool;
    private final int maxInFlight;
    private final int chunkSize;
    private final ArrayDeque<Future<ClaimResult[]>> inFlight = new ArrayDeque<>();
    private Chunk filling;
    private boolean closed;

    ParallelScrub(ScrubEngine engine, Consumer<ClaimResult> results, int workers, int chunkSize) {
        if (workers < 0 || chunkSize < 1) {
            throw new IllegalArgumentException("workers must be >= 0 and chunkSize >= 1");
        }
        this.engine = Objects.requireNonNull(engine);
        this.results = Objects.requireNonNull(results);
        this.chunkSize = chunkSize;
        this.maxInFlight = 2 * workers;
        this.pool = workers == 0 ? null : Executors.newFixedThreadPool(workers, daemonThreads());
        this.filling = workers == 0 ? null : new Chunk(chunkSize);
    }

    /** Uses one worker per core but one (the caller's thread reads and writes); none on a single core. */
    public static ParallelScrub start(ScrubEngine engine, Consumer<ClaimResult> results) {
        return start(engine, results, Runtime.getRuntime().availableProcessors() - 1);
    }

    /** With {@code workers} worker threads; 0 (or less) scrubs on the calling thread. */
    public static ParallelScrub start(ScrubEngine engine, Consumer<ClaimResult> results, int workers) {
        return new ParallelScrub(engine, results, Math.max(0, workers), CHUNK);
    }

    /** Whether claims are scrubbed on worker threads (false on a single core). */
    public boolean parallel() {
        return pool != null;
    }

    @Override
    public void claim(Claim claim, List<Finding> readFindings) {
        add(Objects.requireNonNull(claim), null, readFindings);
    }

    @Override
    public void rejection(String claimId, List<Finding> findings) {
        add(null, claimId, findings);
    }

    /** Scrubs what is still queued and delivers every remaining result; the instance can be fed again after. */
    public void finish() {
        ensureOpen();
        if (pool == null) {
            return;
        }
        submitFilling();
        while (!inFlight.isEmpty()) {
            deliverOldest();
        }
    }

    /** Stops the workers; results not yet delivered are dropped (call {@link #finish} first to keep them). */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        if (pool != null) {
            for (Future<ClaimResult[]> future : inFlight) {
                future.cancel(true);
            }
            inFlight.clear();
            pool.shutdownNow();
        }
    }

    private void add(Claim claim, String claimId, List<Finding> findings) {
        ensureOpen();
        if (pool == null) {
            deliver(scrubOne(claim, claimId, findings));
            return;
        }
        filling.add(claim, claimId, findings);
        if (filling.size == chunkSize) {
            submitFilling();
        }
    }

    private void submitFilling() {
        if (filling.size == 0) {
            return;
        }
        while (inFlight.size() >= maxInFlight) {
            deliverOldest();
        }
        Chunk chunk = filling;
        filling = new Chunk(chunkSize);
        try {
            inFlight.add(pool.submit(() -> chunk.scrub(this)));
        } catch (RuntimeException e) {
            close();
            throw e;
        }
    }

    private void deliverOldest() {
        ClaimResult[] chunk = await(inFlight.poll());
        for (ClaimResult result : chunk) {
            deliver(result);
        }
    }

    private ClaimResult[] await(Future<ClaimResult[]> future) {
        try {
            return future.get();
        } catch (ExecutionException e) {
            close();
            throw rethrowable(e.getCause());
        } catch (InterruptedException e) {
            close();
            Thread.currentThread().interrupt();
            throw new CancellationException("interrupted while waiting for scrub results");
        }
    }

    private void deliver(ClaimResult result) {
        try {
            results.accept(result);
        } catch (RuntimeException | Error e) {
            close();
            throw e;
        }
    }

    private ClaimResult scrubOne(Claim claim, String claimId, List<Finding> findings) {
        return claim != null ? engine.scrub(claim, findings) : engine.reject(claimId, findings);
    }

    private void ensureOpen() {
        if (closed) {
            throw new IllegalStateException("this ParallelScrub is closed");
        }
    }

    private static RuntimeException rethrowable(Throwable cause) {
        if (cause instanceof RuntimeException runtime) {
            return runtime;
        }
        if (cause instanceof Error error) {
            throw error;
        }
        return new IllegalStateException("scrubbing failed: " + cause, cause);
    }

    private static ThreadFactory daemonThreads() {
        int pool = POOLS.incrementAndGet();
        AtomicInteger threads = new AtomicInteger();
        return task -> {
            Thread thread = new Thread(task, "claimscrub-scrub-" + pool + "-" + threads.incrementAndGet());
            thread.setDaemon(true); // an abandoned instance must not keep the JVM alive
            return thread;
        };
    }

    /** Claims (or rejections, with a null claim) waiting for a worker, in input order. */
    private static final class Chunk {
        final Claim[] claims;
        final String[] claimIds;
        final List<List<Finding>> findings;
        int size;

        Chunk(int capacity) {
            claims = new Claim[capacity];
            claimIds = new String[capacity];
            findings = new ArrayList<>(capacity);
        }

        void add(Claim claim, String claimId, List<Finding> readFindings) {
            claims[size] = claim;
            claimIds[size] = claimId;
            findings.add(readFindings);
            size++;
        }

        ClaimResult[] scrub(ParallelScrub owner) {
            ClaimResult[] out = new ClaimResult[size];
            for (int i = 0; i < size; i++) {
                out[i] = owner.scrubOne(claims[i], claimIds[i], findings.get(i));
            }
            return out;
        }
    }
}
