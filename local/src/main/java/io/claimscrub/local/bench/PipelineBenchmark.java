package io.claimscrub.local.bench;

import io.claimscrub.functions.common.ClaimTable;
import io.claimscrub.functions.common.FileId;
import io.claimscrub.local.LocalPipeline;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.PutRequest;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/**
 * Issue 3's speed figures, on this machine; prints a Markdown report on stdout (progress on stderr).
 * Not a test: run it with {@code local/bench.sh} after {@code mvn -DskipTests install}.
 * <ol>
 *   <li>Drop to COMPLETE: a generated 837 of N claims (default 10,000) uploaded to the local stack,
 *       timed until its file record says COMPLETE; against the same dynalite taking the very same
 *       result items with plain BatchWriteItem (25 per call, as many writers as the pipeline runs
 *       invocations) into a fresh table of the same design. Goal: pipeline ≤ 1.5 × the writes.</li>
 *   <li>CheckClaim from a fresh JVM (its deployment jar only) to its first answer, and warm latency.</li>
 *   <li>Each function's deployment jar size.</li>
 * </ol>
 * Arguments: {@code REPO_ROOT [--claims N] [--runs R] [--cold R] [--warm N]} (defaults 10,000, 5, 5, 2,000).
 */
public final class PipelineBenchmark {
    private static final Duration TIMEOUT = Duration.ofMinutes(20);
    private static final int WRITERS = 4;
    private static final String CLAIM = """
            {"claimId": "PCN-1001", "payer": {"id": "MEDICARE", "profile": "medicare"}, "discipline": "PT",
             "dateOfService": "2026-11-02", "diagnoses": ["M62.81"], "ytdTherapyAmount": 1200.00,
             "planOfCare": {"goals": [{"id": "G1", "text": "Independent sit-to-stand transfer from standard chair within 4 weeks"}]},
             "lines": [{"code": "97530", "modifiers": ["GP"], "units": 2, "minutes": 24, "charge": 120.00,
                        "documentation": {"note": "Sit-to-stand training with moderate assist and verbal cueing.", "goalIds": ["G1"]}},
                       {"code": "97110", "modifiers": ["GP"], "units": 2, "minutes": 23, "charge": 80.00}]}
            """;

    private final Path root;
    private final int claims;
    private final int runs;
    private final int coldRuns;
    private final int warmRequests;

    private PipelineBenchmark(Path root, int claims, int runs, int coldRuns, int warmRequests) {
        this.root = root;
        this.claims = claims;
        this.runs = runs;
        this.coldRuns = coldRuns;
        this.warmRequests = warmRequests;
    }

    public static void main(String[] args) throws Exception {
        Path root = Path.of(args[0]).toAbsolutePath().normalize();
        int claims = 10_000;
        int runs = 5;
        int cold = 5;
        int warm = 2_000;
        for (int i = 1; i < args.length; i += 2) {
            int value = Integer.parseInt(args[i + 1]);
            switch (args[i]) {
                case "--claims" -> claims = value;
                case "--runs" -> runs = value;
                case "--cold" -> cold = value;
                case "--warm" -> warm = value;
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        new PipelineBenchmark(root, claims, runs, cold, warm).run();
        System.exit(0);
    }

    private void run() throws Exception {
        Path work = Files.createTempDirectory("claimscrub-bench");
        Path file = generate(work, claims);
        StringBuilder report = new StringBuilder();
        report.append("Measured ").append(LocalDate.now()).append(" on ").append(machine())
                .append(" (load average ").append(loadAverage()).append(" at the start: other builds shared the cores).\n\n");
        pipelineVersusWrites(file, report);
        coldStart(work, report);
        jarSizes(report);
        System.out.print(report);
    }

    private Path generate(Path work, int count) throws IOException, InterruptedException {
        Path generator = root.resolve("bench/gen837.py");
        Path out = work.resolve("bench-" + count + ".837");
        Process python = new ProcessBuilder("python3", generator.toString(), "--claims", Integer.toString(count),
                "-o", out.toString()).inheritIO().start();
        if (python.waitFor() != 0) {
            throw new IllegalStateException("gen837.py failed");
        }
        return out;
    }

    // ---- 1. drop to COMPLETE against plain BatchWriteItem ----

    private void pipelineVersusWrites(Path file, StringBuilder report) throws Exception {
        byte[] content = Files.readAllBytes(file);
        List<Double> pipelineSeconds = new ArrayList<>();
        List<Double> writeSeconds = new ArrayList<>();
        List<Cpu> pipelineCpu = new ArrayList<>();
        List<Cpu> writeCpu = new ArrayList<>();
        int items = 0;
        try (LocalPipeline pipeline = LocalPipeline.builder().concurrency(WRITERS).start()) {
            // Warm-up, not counted: the same file once through every function, so that the runs
            // below meet loaded, compiled code, as warm Lambda containers would.
            dropAndWait(pipeline, content, "warmup.837");
            for (int run = 1; run <= runs; run++) {
                Cpu before = Cpu.now();
                long started = System.nanoTime();
                String fileId = dropAndWait(pipeline, content, "bench-run-" + run + ".837");
                pipelineSeconds.add(seconds(System.nanoTime() - started));
                pipelineCpu.add(Cpu.now().minus(before));
                List<Map<String, AttributeValue>> results = claimItems(pipeline.dynamo(),
                        pipeline.config().tableName(), fileId);
                items = results.size();
                String table = "baseline-" + run;
                pipeline.dynamo().createTable(ClaimTable.createTableRequest(table));
                Cpu writesBefore = Cpu.now();
                long writeStarted = System.nanoTime();
                batchWrite(pipeline.dynamo(), table, results);
                writeSeconds.add(seconds(System.nanoTime() - writeStarted));
                writeCpu.add(Cpu.now().minus(writesBefore));
                System.err.printf(Locale.ROOT, "run %d: pipeline %.1f s, BatchWriteItem %.1f s (%d items)%n", run,
                        pipelineSeconds.get(run - 1), writeSeconds.get(run - 1), items);
            }
        }
        List<Double> ratios = new ArrayList<>();
        for (int run = 0; run < runs; run++) {
            ratios.add(pipelineSeconds.get(run) / writeSeconds.get(run));
        }
        report.append("### Drop to COMPLETE (").append(String.format(Locale.ROOT, "%,d", claims))
                .append(" claims, ").append(String.format(Locale.ROOT, "%.1f", Files.size(file) / 1e6))
                .append(" MB)\n\n");
        report.append("Each run times the pipeline and then, right after it, the writes: the ratio is taken per run, so\n")
                .append("that both sides of it saw the same load on the machine.\n\n");
        report.append("| | median of ").append(runs).append(" | runs |\n|---|---|---|\n");
        report.append(String.format(Locale.ROOT, "| local pipeline: upload → COMPLETE | %.1f s | %s |%n",
                median(pipelineSeconds), list(pipelineSeconds, "%.1f")));
        report.append(String.format(Locale.ROOT, "| the same %,d items, plain BatchWriteItem (%d writers) | %.1f s | %s |%n",
                items, WRITERS, median(writeSeconds), list(writeSeconds, "%.1f")));
        report.append(String.format(Locale.ROOT, "| pipeline ÷ writes, per run (goal ≤ 1.5×) | **%.2f×** | %s |%n%n",
                median(ratios), list(ratios, "%.2f")));
        report.append(String.format(Locale.ROOT, "CPU used in the last run: the pipeline %s; the writes %s.%n%n",
                pipelineCpu.get(runs - 1), writeCpu.get(runs - 1)));
    }

    private static String dropAndWait(LocalPipeline pipeline, byte[] content, String name) throws InterruptedException {
        String bucket = pipeline.config().bucketName();
        String key = pipeline.config().inboundPrefix() + name;
        String eTag = pipeline.s3().putObject(b -> b.bucket(bucket).key(key), RequestBody.fromBytes(content)).eTag();
        String fileId = FileId.of(bucket, key, eTag);
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            Map<String, AttributeValue> item = pipeline.dynamo().getItem(b -> b.tableName(pipeline.config().tableName())
                    .key(ClaimTable.fileKey(fileId)).consistentRead(true)).item();
            String status = item == null || item.isEmpty() ? null : item.get(ClaimTable.STATUS).s();
            if ("COMPLETE".equals(status)) {
                return fileId;
            }
            if ("REJECTED".equals(status) || !pipeline.dispatcher().failures().isEmpty()) {
                throw new IllegalStateException("the benchmark file did not go through: " + status + " "
                        + pipeline.dispatcher().failures());
            }
            Thread.sleep(20);
        }
        throw new IllegalStateException("no COMPLETE within " + TIMEOUT);
    }

    private static List<Map<String, AttributeValue>> claimItems(DynamoDbClient dynamo, String table, String fileId) {
        List<Map<String, AttributeValue>> items = new ArrayList<>();
        dynamo.scanPaginator(b -> b.tableName(table)
                        .filterExpression("#f = :f AND attribute_exists(#seq)")
                        .expressionAttributeNames(Map.of("#f", ClaimTable.FILE_ID, "#seq", ClaimTable.SEQ))
                        .expressionAttributeValues(Map.of(":f", AttributeValue.fromS(fileId))))
                .items().forEach(items::add);
        return items;
    }

    /** BatchWriteItem, 25 items a call, unprocessed items re-sent, chunks shared among the writers. */
    private static void batchWrite(DynamoDbClient dynamo, String table, List<Map<String, AttributeValue>> items)
            throws Exception {
        ExecutorService writers = Executors.newFixedThreadPool(WRITERS);
        try {
            List<Future<?>> calls = new ArrayList<>();
            for (int from = 0; from < items.size(); from += 25) {
                List<WriteRequest> chunk = items.subList(from, Math.min(items.size(), from + 25)).stream()
                        .map(item -> WriteRequest.builder().putRequest(PutRequest.builder().item(item).build()).build())
                        .toList();
                calls.add(writers.submit(() -> {
                    Map<String, List<WriteRequest>> pending = Map.of(table, chunk);
                    while (!pending.isEmpty()) {
                        Map<String, List<WriteRequest>> request = pending;
                        pending = dynamo.batchWriteItem(b -> b.requestItems(request)).unprocessedItems();
                    }
                }));
            }
            for (Future<?> call : calls) {
                call.get();
            }
        } finally {
            writers.shutdown();
            writers.awaitTermination(1, TimeUnit.MINUTES);
        }
    }

    /** CPU seconds of this JVM (the functions, S3Proxy, the client) and of dynalite (its node child). */
    private record Cpu(double jvm, double dynalite) {
        static Cpu now() {
            var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
            double node = ProcessHandle.current().children()
                    .filter(child -> child.info().commandLine().orElse("").contains("child.js"))
                    .mapToDouble(child -> child.info().totalCpuDuration().map(d -> d.toMillis() / 1e3).orElse(0.0))
                    .sum();
            return new Cpu(os.getProcessCpuTime() / 1e9, node);
        }

        Cpu minus(Cpu earlier) {
            return new Cpu(jvm - earlier.jvm, dynalite - earlier.dynalite);
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%.1f s in the JVM and %.1f s in dynalite", jvm, dynalite);
        }
    }

    // ---- 2. CheckClaim from a fresh JVM ----

    private void coldStart(Path work, StringBuilder report) throws Exception {
        Path jar = root.resolve("functions/check-claim/target/check-claim.jar");
        Path driver = Path.of(ColdStartDriver.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Path body = work.resolve("claim.json");
        Files.writeString(body, CLAIM, StandardCharsets.UTF_8);
        List<String> c1Only = List.of("-XX:TieredStopAtLevel=1");
        List<FirstResponse> cold = new ArrayList<>();
        List<FirstResponse> coldTiered = new ArrayList<>();
        List<FirstResponse> primed = new ArrayList<>();
        for (int run = 0; run < coldRuns; run++) {
            cold.add(firstResponse(jar, driver, body, List.of(), 0, false));
            coldTiered.add(firstResponse(jar, driver, body, c1Only, 0, false));
            primed.add(firstResponse(jar, driver, body, c1Only, 0, true));
        }
        String warm = firstResponse(jar, driver, body, List.of(), warmRequests, false).lastLine();
        report.append("### CheckClaim: fresh JVM to first answer, SnapStart priming, and warm\n\n");
        report.append("`java -cp check-claim.jar` (the deployment jar alone) building the handler with its Lambda\n")
                .append("constructor and answering one `POST /v1/claims/check` (SPEC §4 claim). \"Process\" is timed from\n")
                .append("process start to the answer (JVM start included, no SnapStart); \"first request\" is that request\n")
                .append("alone, in the JVM. \"Primed\" runs the handler's SnapStart hook first, as Lambda does before it\n")
                .append("takes the snapshot: its first request is what a restored container pays (the restore aside).\n\n");
        report.append("| | process, median | first request, median | first request, runs (ms) |\n|---|---|---|---|\n");
        coldRow(report, "default JVM flags (goal < 500 ms)", cold, true);
        coldRow(report, "`-XX:TieredStopAtLevel=1` (the template's JAVA_TOOL_OPTIONS)", coldTiered, true);
        coldRow(report, "the same, after SnapStart priming", primed, false);
        report.append('\n');
        report.append("Warm, in one JVM after the first answer: `").append(warm).append("` (microseconds).\n\n");
    }

    private static void coldRow(StringBuilder report, String label, List<FirstResponse> runs, boolean processTimed) {
        List<Double> request = runs.stream().map(FirstResponse::requestMillis).toList();
        String process = processTimed
                ? String.format(Locale.ROOT, "**%.0f ms**", median(runs.stream().map(FirstResponse::processMillis).toList()))
                : "(priming is in the snapshot)";
        report.append(String.format(Locale.ROOT, "| %s | %s | %.1f ms | %s |%n", label, process, median(request),
                list(request, "%.1f")));
    }

    /** A fresh JVM's first answer: from process start, and the request alone; the driver's last line. */
    private record FirstResponse(double processMillis, double requestMillis, String lastLine) {
    }

    private static FirstResponse firstResponse(Path jar, Path driver, Path body, List<String> jvmOptions,
                                               int warm, boolean primed) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", jar + java.io.File.pathSeparator + driver, ColdStartDriver.class.getName(),
                body.toString(), Integer.toString(warm)));
        if (primed) {
            command.add("primed");
        }
        ProcessBuilder builder = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD);
        Map<String, String> env = builder.environment();
        env.put("BUCKET_NAME", "bench");
        env.put("TABLE_NAME", "bench");
        env.put("AWS_REGION", "us-east-1");
        env.put("AWS_ACCESS_KEY_ID", "local");
        env.put("AWS_SECRET_ACCESS_KEY", "local");
        env.put("AWS_ENDPOINT_URL_DYNAMODB", "http://127.0.0.1:9");
        long started = System.nanoTime();
        Process process = builder.start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            String first = out.readLine();
            double millis = (System.nanoTime() - started) / 1e6;
            String answered = "first status=200 request_us=";
            if (first == null || !first.startsWith(answered)) {
                throw new IllegalStateException("CheckClaim answered: " + first);
            }
            double requestMillis = Long.parseLong(first.substring(answered.length())) / 1e3;
            String last = first;
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                last = line;
            }
            process.waitFor();
            return new FirstResponse(millis, requestMillis, last);
        }
    }

    // ---- 3. deployment sizes ----

    private void jarSizes(StringBuilder report) throws IOException {
        report.append("### Deployment size (shaded jar per function)\n\n| function | jar | size |\n|---|---|---|\n");
        for (String[] function : new String[][] {{"ParseClaimFile", "parse-claim-file"},
                {"ScrubClaims", "scrub-claims"}, {"CheckClaim", "check-claim"}}) {
            Path jar = root.resolve("functions/" + function[1] + "/target/" + function[1] + ".jar");
            report.append(String.format(Locale.ROOT, "| %s | `%s.jar` | %.1f MB |%n", function[0], function[1],
                    Files.size(jar) / 1e6));
        }
        report.append('\n');
    }

    // ---- helpers ----

    private static String machine() throws IOException {
        String cpu = Files.readAllLines(Path.of("/proc/cpuinfo")).stream()
                .filter(line -> line.startsWith("model name")).findFirst()
                .map(line -> line.substring(line.indexOf(':') + 1).trim()).orElse("unknown CPU");
        return Runtime.getRuntime().availableProcessors() + " cores (" + cpu + "), "
                + Runtime.getRuntime().maxMemory() / (1 << 20) + " MiB max heap, Java "
                + System.getProperty("java.version");
    }

    private static String loadAverage() throws IOException {
        return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
    }

    private static double seconds(long nanos) {
        return nanos / 1e9;
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    private static String list(List<Double> values, String format) {
        return String.join(", ", values.stream().map(v -> String.format(Locale.ROOT, format, v)).toList());
    }
}
