package io.claimscrub.local.lambda;

import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.S3Event;
import io.claimscrub.local.s3.ObjectCreated;
import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * S3 → Lambda, locally: each object created under a routed prefix becomes an {@link S3Event} handed
 * to that prefix's handler on a worker thread (asynchronous invocation: the upload does not wait),
 * retried twice after a failure as Lambda retries asynchronous invocations, and recorded as a
 * {@link FailedDelivery} after the last failure. Failures are logged with the function, bucket,
 * key and exception class only: exception messages can quote claim data.
 */
public final class S3EventDispatcher implements Consumer<ObjectCreated>, AutoCloseable {
    /** Lambda retries a failed asynchronous invocation twice. */
    public static final int MAX_ATTEMPTS = 3;

    private static final Logger LOG = LoggerFactory.getLogger(S3EventDispatcher.class);

    /** A notification configuration: objects under {@code prefix} in {@code bucket} go to the handler. */
    public record Route(String function, String bucket, String prefix, RequestHandler<S3Event, ?> handler,
                        Duration timeout) {
    }

    private final List<Route> routes = new CopyOnWriteArrayList<>();
    private final List<FailedDelivery> failures = new CopyOnWriteArrayList<>();
    private final ScheduledExecutorService workers;
    private final List<Duration> retryDelays;
    private final PrintStream functionLog;
    private final Object idle = new Object();
    private final AtomicInteger pending = new AtomicInteger();

    /**
     * @param concurrency how many invocations may run at once (Lambda scales out per event)
     * @param retryDelays the wait before the first and the second retry (Lambda: about 1 and 2 minutes)
     * @param functionLog where the handlers' {@code context.getLogger()} writes
     */
    public S3EventDispatcher(int concurrency, List<Duration> retryDelays, PrintStream functionLog) {
        if (retryDelays.size() != MAX_ATTEMPTS - 1) {
            throw new IllegalArgumentException("need " + (MAX_ATTEMPTS - 1) + " retry delays");
        }
        this.retryDelays = List.copyOf(retryDelays);
        this.functionLog = functionLog;
        ScheduledThreadPoolExecutor executor = new ScheduledThreadPoolExecutor(concurrency, daemonThreads());
        executor.setRemoveOnCancelPolicy(true);
        this.workers = executor;
    }

    public void route(Route route) {
        routes.add(route);
    }

    /** Announces a created object to every route that matches it (S3 allows no overlapping routes). */
    @Override
    public void accept(ObjectCreated created) {
        for (Route route : routes) {
            if (route.bucket().equals(created.bucket()) && created.key().startsWith(route.prefix())) {
                schedule(new Delivery(route, created), 1, Duration.ZERO);
            }
        }
    }

    private record Delivery(Route route, ObjectCreated created) {
    }

    private void schedule(Delivery delivery, int attempt, Duration delay) {
        pending.incrementAndGet();
        workers.schedule(() -> invoke(delivery, attempt), delay.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void invoke(Delivery delivery, int attempt) {
        Route route = delivery.route();
        ObjectCreated created = delivery.created();
        try {
            S3Event event = S3Events.of(created, route.function() + "-trigger");
            route.handler().handleRequest(event, new LocalContext(route.function(), route.timeout(), functionLog));
        } catch (RuntimeException | Error e) {
            String errorType = e.getClass().getName();
            if (attempt < MAX_ATTEMPTS) {
                Duration delay = retryDelays.get(attempt - 1);
                LOG.warn("{} failed on s3://{}/{} (attempt {} of {}): {}; retrying in {} ms", route.function(),
                        created.bucket(), created.key(), attempt, MAX_ATTEMPTS, errorType, delay.toMillis());
                schedule(delivery, attempt + 1, delay);
            } else {
                LOG.error("{} failed on s3://{}/{} after {} attempts: {}; event sent to the failure list",
                        route.function(), created.bucket(), created.key(), attempt, errorType);
                failures.add(new FailedDelivery(route.function(), created.bucket(), created.key(), attempt,
                        errorType));
            }
        } finally {
            if (pending.decrementAndGet() == 0) {
                synchronized (idle) {
                    idle.notifyAll();
                }
            }
        }
    }

    /**
     * Waits until no delivery is running or waiting for a retry (events that the running handlers
     * cause are counted before they finish, so idle means the whole cascade is done).
     *
     * @return false when still busy after the timeout
     */
    public boolean awaitIdle(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (idle) {
            while (pending.get() > 0) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return false;
                }
                TimeUnit.NANOSECONDS.timedWait(idle, left);
            }
        }
        return true;
    }

    /** Events whose every attempt failed, oldest first. */
    public List<FailedDelivery> failures() {
        return new ArrayList<>(failures);
    }

    @Override
    public void close() {
        workers.shutdownNow();
        try {
            workers.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static ThreadFactory daemonThreads() {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, "lambda-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
