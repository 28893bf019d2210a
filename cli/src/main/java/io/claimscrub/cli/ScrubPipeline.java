package io.claimscrub.cli;

import io.claimscrub.engine.ClaimResult;
import io.claimscrub.engine.ScrubEngine;
import io.claimscrub.finding.Finding;
import io.claimscrub.model.Claim;
import io.claimscrub.x12.ClaimSink;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Scrubs claims, and renders their results, on worker threads while the reader goes on, and hands
 * them back in file order. The reader's thread batches what it reads and writes out earlier
 * batches while later ones are scrubbed, so reading, rules and output overlap on a multi-core
 * machine. At most {@code maxInFlight} batches are outstanding, which keeps memory flat on any
 * file size.
 *
 * <p>The workers render as well as scrub because rendering JSON costs about as much as the rules:
 * left on the reading thread it makes that thread the bottleneck (a 100 MB file: 3.5 s against
 * 4.6 s on 2 cores, docs/benchmarks.md).
 */
final class ScrubPipeline implements ClaimSink {
    static final int BATCH_SIZE = 256;

    private final Supplier<ScrubEngine> engine;
    private final ExecutorService workers;
    private final int maxInFlight;
    private final Function<List<ClaimResult>, byte[]> render;
    private final Consumer<Batch> done;
    private final ArrayDeque<Future<Batch>> inFlight = new ArrayDeque<>();
    private List<Item> batch = new ArrayList<>(BATCH_SIZE);

    /** Consecutive results of a file and their rendering in the output format. */
    record Batch(List<ClaimResult> results, byte[] rendered) {
    }

    /**
     * @param engine gives the engine, waiting for it if it is still being built (the reader can
     *               start meanwhile: it stops when {@code maxInFlight} batches wait for the engine)
     * @param render turns results into output bytes, on a worker thread
     * @param done   receives every batch in file order, on the reader's thread
     */
    ScrubPipeline(Supplier<ScrubEngine> engine, ExecutorService workers, int maxInFlight,
                  Function<List<ClaimResult>, byte[]> render, Consumer<Batch> done) {
        this.engine = engine;
        this.workers = workers;
        this.maxInFlight = maxInFlight;
        this.render = render;
        this.done = done;
    }

    @Override
    public void claim(Claim claim, List<Finding> readFindings) {
        add(new Item(claim, null, readFindings));
    }

    @Override
    public void rejection(String claimId, List<Finding> findings) {
        add(new Item(null, claimId, findings));
    }

    /**
     * Hands over every result still outstanding; call once the reader has returned (or failed).
     * It waits for the engine even when the input held no claim, so an engine that cannot be built
     * fails every run.
     */
    void finish() {
        engine.get();
        if (!batch.isEmpty()) {
            submit();
        }
        while (!inFlight.isEmpty()) {
            deliverOldest();
        }
    }

    /** Drops outstanding work after a failure that ends the run. */
    void abandon() {
        inFlight.forEach(f -> f.cancel(true));
        inFlight.clear();
    }

    private void add(Item item) {
        batch.add(item);
        if (batch.size() == BATCH_SIZE) {
            submit();
        }
    }

    private void submit() {
        List<Item> work = batch;
        batch = new ArrayList<>(BATCH_SIZE);
        inFlight.add(workers.submit(() -> scrub(work)));
        while (inFlight.size() > maxInFlight) {
            deliverOldest();
        }
    }

    private Batch scrub(List<Item> work) {
        ScrubEngine ready = engine.get();
        List<ClaimResult> scrubbed = new ArrayList<>(work.size());
        for (Item item : work) {
            scrubbed.add(item.claim() != null
                    ? ready.scrub(item.claim(), item.findings())
                    : ready.reject(item.rejectedClaimId(), item.findings()));
        }
        return new Batch(scrubbed, render.apply(scrubbed));
    }

    private void deliverOldest() {
        Batch scrubbed;
        try {
            scrubbed = inFlight.removeFirst().get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for scrub results", e);
        } catch (ExecutionException e) {
            // an engine failure on a worker is the same failure as on this thread
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        }
        done.accept(scrubbed);
    }

    /** A claim read (claim set) or a claim or file that could not be read (claim null). */
    private record Item(Claim claim, String rejectedClaimId, List<Finding> findings) {
    }
}
