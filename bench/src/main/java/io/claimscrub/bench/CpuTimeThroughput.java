package io.claimscrub.bench;

import io.claimscrub.engine.ScrubEngine;
import java.io.ByteArrayInputStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.ToLongFunction;

/**
 * The in-process benchmarks of {@link ScrubThroughput} timed by CPU time instead of wall time: on a
 * machine shared with other work, a thread that waits for a core loses wall time but no CPU time,
 * so these figures say what one core does with the file when it is this work's alone. Each round
 * reads the whole file (held in memory) once per workload, the workloads interleaved, and reports
 * per workload the median over the measured rounds of: the working thread's CPU time, the whole
 * process's CPU time (which adds the garbage collector's threads and any compiling), and the bytes
 * the working thread allocated.
 *
 * <p>Usage: {@code CpuTimeThroughput FILE [WARMUP_ROUNDS MEASURED_ROUNDS]}; prints one Markdown
 * table row per workload.
 */
public final class CpuTimeThroughput {
    private static final com.sun.management.ThreadMXBean THREADS =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    private static final com.sun.management.OperatingSystemMXBean PROCESS =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

    private CpuTimeThroughput() {
    }

    /** One round's cost of a workload. */
    record Sample(long threadCpuNanos, long processCpuNanos, long allocatedBytes) {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 1 && args.length != 3) {
            System.err.println("usage: CpuTimeThroughput FILE [WARMUP_ROUNDS MEASURED_ROUNDS]");
            System.exit(2);
        }
        byte[] bytes = Files.readAllBytes(Path.of(args[0]));
        int warmup = args.length == 3 ? Integer.parseInt(args[1]) : 40;
        int measured = args.length == 3 ? Integer.parseInt(args[2]) : 40;
        ScrubEngine engine = ScrubEngine.builtIn();
        Map<String, Runnable> workloads = new LinkedHashMap<>();
        workloads.put("engine", () -> Workloads.scrub(bytes, engine, Sink::keep));
        workloads.put("readerOnly", () -> Workloads.read(bytes, Sink::keep));
        workloads.put("staedi", () -> staedi(bytes));

        Map<String, Sample[]> samples = new LinkedHashMap<>();
        workloads.keySet().forEach(name -> samples.put(name, new Sample[measured]));
        for (int round = 0; round < warmup + measured; round++) {
            for (Map.Entry<String, Runnable> workload : workloads.entrySet()) {
                Sample sample = measure(workload.getValue());
                if (round >= warmup) {
                    samples.get(workload.getKey())[round - warmup] = sample;
                }
            }
            if (round % 10 == 9) {
                System.err.printf("cpu-time: %d of %d rounds%n", round + 1, warmup + measured);
            }
        }
        double megabytes = bytes.length / 1e6;
        for (Map.Entry<String, Sample[]> entry : samples.entrySet()) {
            Sample[] rounds = entry.getValue();
            double threadMs = median(rounds, Sample::threadCpuNanos) / 1e6;
            double processMs = median(rounds, Sample::processCpuNanos) / 1e6;
            double allocatedMb = median(rounds, Sample::allocatedBytes) / 1e6;
            System.out.printf("| %s | %.1f ms | %.0f MB/s | %.1f ms | %.0f MB/s | %.1f MB |%n", entry.getKey(),
                    threadMs, megabytes / threadMs * 1000, processMs, megabytes / processMs * 1000, allocatedMb);
        }
    }

    private static Sample measure(Runnable workload) {
        long thread = Thread.currentThread().getId();
        long allocatedBefore = THREADS.getThreadAllocatedBytes(thread);
        long processBefore = PROCESS.getProcessCpuTime();
        long threadBefore = THREADS.getCurrentThreadCpuTime();
        workload.run();
        long threadCpu = THREADS.getCurrentThreadCpuTime() - threadBefore;
        long processCpu = PROCESS.getProcessCpuTime() - processBefore;
        return new Sample(threadCpu, processCpu, THREADS.getThreadAllocatedBytes(thread) - allocatedBefore);
    }

    private static long median(Sample[] rounds, ToLongFunction<Sample> value) {
        long[] values = Arrays.stream(rounds).mapToLong(value).sorted().toArray();
        return values[values.length / 2];
    }

    private static void staedi(byte[] bytes) {
        try {
            Sink.keep(StaediRead.read(new ByteArrayInputStream(bytes)));
        } catch (Exception e) {
            throw new IllegalStateException("StAEDI could not read the benchmark file", e);
        }
    }

    /** Where results escape to, so that the JIT cannot drop the work, as JMH's Blackhole does. */
    private static final class Sink {
        private static volatile Object last;

        static void keep(Object value) {
            last = value;
        }
    }
}
