package io.claimscrub.bench;

import io.claimscrub.engine.ScrubEngine;
import java.io.ByteArrayInputStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.function.ToLongFunction;

/**
 * The in-process benchmarks of {@link ScrubThroughput} timed by CPU time instead of wall time: on a
 * machine shared with other work, a thread that waits for a core loses wall time but no CPU time.
 * One workload per JVM, as JMH forks (in one JVM the workloads' sinks spoil each other's JIT
 * profiles). Each round reads the whole file, held in memory; printed are the medians over the
 * measured rounds of: the working thread's CPU time, the whole process's CPU time (which adds the
 * garbage collector's threads and any compiling; the OS counts it in 10 ms ticks), and the bytes the
 * working thread allocated.
 *
 * <p>Usage: {@code CpuTimeThroughput FILE engine|readerOnly|outputOnly|outputWithoutTexts|byteLoop|staedi [WARMUP_ROUNDS MEASURED_ROUNDS]};
 * prints one Markdown table row.
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
        if (args.length != 2 && args.length != 4) {
            System.err.println("usage: CpuTimeThroughput FILE engine|readerOnly|outputOnly|outputWithoutTexts|byteLoop|staedi [WARMUP_ROUNDS MEASURED_ROUNDS]");
            System.exit(2);
        }
        byte[] bytes = Files.readAllBytes(Path.of(args[0]));
        String name = args[1];
        int warmup = args.length == 4 ? Integer.parseInt(args[2]) : 40;
        int measured = args.length == 4 ? Integer.parseInt(args[3]) : 40;
        Runnable workload = switch (name) {
            case "engine" -> {
                ScrubEngine engine = ScrubEngine.builtIn();
                yield () -> Workloads.scrub(bytes, engine, Sink::keep);
            }
            case "readerOnly" -> () -> Workloads.read(bytes, Sink::keep);
            case "outputOnly", "outputWithoutTexts" -> {
                OutputFloor floor = OutputFloor.of(bytes, ScrubEngine.builtIn(), name.equals("outputWithoutTexts"));
                yield () -> floor.rebuild(Sink::keep);
            }
            case "byteLoop" -> () -> Sink.keep(ByteLoop.touchEveryElement(bytes));
            case "staedi" -> () -> staedi(bytes);
            default -> throw new IllegalArgumentException("unknown workload " + name);
        };
        Sample[] rounds = new Sample[measured];
        for (int round = 0; round < warmup + measured; round++) {
            Sample sample = measure(workload);
            if (round >= warmup) {
                rounds[round - warmup] = sample;
            }
        }
        double megabytes = bytes.length / 1e6;
        double threadMs = median(rounds, Sample::threadCpuNanos) / 1e6;
        double processMs = median(rounds, Sample::processCpuNanos) / 1e6;
        double allocatedMb = median(rounds, Sample::allocatedBytes) / 1e6;
        System.out.printf("| %s | %.1f ms | %.0f MB/s | %.1f ms | %.0f MB/s | %.1f MB |%n", name,
                threadMs, megabytes / threadMs * 1000, processMs, megabytes / processMs * 1000, allocatedMb);
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
