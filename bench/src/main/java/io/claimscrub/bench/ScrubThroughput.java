package io.claimscrub.bench;

import io.claimscrub.engine.ScrubEngine;
import io.claimscrub.x12.ReadSummary;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * In-process throughput on one generated 837 held in memory (so the disk is not measured): the
 * engine (X12ClaimReader + ScrubEngine on every claim), the same on two threads at once, the reader
 * alone, and the two references it is compared to: the StAEDI read and a plain byte loop. One operation is one whole file; bench/run.sh turns
 * operations per second into MB/s.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xmx1g"})
public class ScrubThroughput {
    /** The 837 file to read; bench/run.sh passes the one it generated. */
    @Param("bench-data/837p-10mb.edi")
    public String file;

    private byte[] bytes;
    private ScrubEngine engine;

    @Setup
    public void load() throws IOException {
        bytes = Files.readAllBytes(Path.of(file));
        engine = ScrubEngine.builtIn();
    }

    @Benchmark
    public ReadSummary engine(Blackhole blackhole) {
        return scrub(blackhole);
    }

    /** What one process gets out of the engine on two cores: two files scrubbed at once, one per thread. */
    @Benchmark
    @Threads(2)
    public ReadSummary engineOnTwoThreads(Blackhole blackhole) {
        return scrub(blackhole);
    }

    private ReadSummary scrub(Blackhole blackhole) {
        return Workloads.scrub(bytes, engine, blackhole::consume);
    }

    @Benchmark
    public ReadSummary readerOnly(Blackhole blackhole) {
        return Workloads.read(bytes, blackhole::consume);
    }

    @Benchmark
    public ByteLoop.Tally byteLoop() {
        return ByteLoop.touchEveryElement(bytes);
    }

    @Benchmark
    public StaediRead.Tally staedi() throws Exception {
        return StaediRead.read(new ByteArrayInputStream(bytes));
    }
}
