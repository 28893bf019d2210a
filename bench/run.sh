#!/usr/bin/env bash
# Benchmarks claimscrub against StAEDI on the same generated 837P files, measured in one run:
#   1. whole process: './claimscrub scrub --format jsonl FILE >/dev/null' against
#      'java -cp <bench classpath> io.claimscrub.bench.StaediRead FILE' on 50 MB and 100 MB files;
#   1b. the launcher's JIT choice for scrub (C1 only up to 100 MiB of input, else C2 with smaller
#       inlining budgets) against each of the two forced, on 50, 100 and 300 MB;
#   2. memory: the 100 MB file scrubbed with JAVA_OPTS=-Xmx64m (exit status, lines, max RSS);
#   3. in-process (JMH): engine, reader alone and the two references (StAEDI, and the plain byte loop
#      touching every element that issue 2 measures against) on a 10 MB file held in memory, in MB/s;
#   3b. the same timed by CPU time (CpuTimeThroughput): what one core does when it is theirs, and
#       the floor under any engine with this output: the reader plus making the results (OutputFloor).
# Files go to bench-data/ (git-ignored). Results print to stdout and to bench-data/results.md.
# Usage: bench/run.sh [--quick]   (--quick: fewer runs and a shorter JMH, for a smoke test)
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
DATA="$ROOT/bench-data"
RESULTS="$DATA/results.md"
QUICK=false
[[ "${1:-}" == "--quick" ]] && QUICK=true
cd "$ROOT"
mkdir -p "$DATA"
LOAD_START="$(cut -d' ' -f1-3 /proc/loadavg)"
RUN_START="$(date -u +%Y-%m-%dT%H:%MZ)"

say() { echo "bench: $*" >&2; }

# --- inputs: deterministic, so the same sizes give byte-identical files from run to run ---------
generate() { # SIZE_MB
    local out="$DATA/837p-$1mb.edi"
    [[ -s "$out" ]] || python3 bench/gen837.py -o "$out" --size-mb "$1" >&2
    echo "$out"
}
F10="$(generate 10)"
F50="$(generate 50)"
F100="$(generate 100)"
F300="$(generate 300)"

# --- builds: the CLI through its own launcher, the bench module with its dependencies -----------
./claimscrub --version >/dev/null
say "building the bench module"
rm -rf "$DATA/bench-lib"
(mvn -q -B -Dstyle.color=never -DskipTests -pl bench -am package dependency:copy-dependencies \
    -DincludeScope=runtime -DoutputDirectory="$DATA/bench-lib" 2>&1 | sed -u 's/\x1b\[0m//g') >&2
BENCH_CP="$ROOT/bench/target/claimscrub-bench-0.1.0.jar:$(find "$DATA/bench-lib" -name '*.jar' | sort | paste -sd:)"
# The reference gets the same collector as the launcher gives scrub; it has no CDS archive, which
# costs it about 0.1 s of a run that lasts seconds.
STAEDI=(java -XX:+UseParallelGC -cp "$BENCH_CP" io.claimscrub.bench.StaediRead)

# --- 1. whole process ----------------------------------------------------------------------------
RUNS=5
$QUICK && RUNS=2
whole_process() { # FILE LABEL -> prints "scrub_mean staedi_mean" (seconds)
    local file="$1" label="$2" json="$DATA/whole-$2.json"
    if command -v hyperfine >/dev/null 2>&1; then
        hyperfine --warmup 1 --runs "$RUNS" --export-json "$json" \
            -n "claimscrub scrub jsonl ($label)" "./claimscrub scrub --format jsonl '$file' >/dev/null 2>&1" \
            -n "StAEDI read ($label)" "${STAEDI[*]} '$file' >/dev/null" >&2
        python3 -c 'import json,sys; r=json.load(open(sys.argv[1]))["results"]; print(r[0]["mean"], r[1]["mean"])' "$json"
    else
        local scrub=0 staedi=0 t
        for _ in $(seq "$RUNS"); do
            t=$( { /usr/bin/time -f %e ./claimscrub scrub --format jsonl "$file" >/dev/null 2>/dev/null; } 2>&1 )
            scrub=$(python3 -c "print($scrub + $t)")
            t=$( { /usr/bin/time -f %e "${STAEDI[@]}" "$file" >/dev/null; } 2>&1 )
            staedi=$(python3 -c "print($staedi + $t)")
        done
        python3 -c "print($scrub / $RUNS, $staedi / $RUNS)"
    fi
}
say "whole process, 50 MB"
read -r S50 R50 < <(whole_process "$F50" 50mb)
say "whole process, 100 MB"
read -r S100 R100 < <(whole_process "$F100" 100mb)

# --- 1b. the launcher's JIT choice for scrub against each alternative forced (one run each) -----
jit_row() { # LABEL JAVA_OPTS
    local row="| $1 |" f t
    for f in "$F50" "$F100" "$F300"; do
        JAVA_OPTS="$2" /usr/bin/time -f "%e %U %S" -o "$DATA/jit.time" ./claimscrub scrub --format jsonl "$f" >/dev/null 2>&1
        read -r wall user sys < "$DATA/jit.time"
        row+=" $wall s (CPU $(python3 -c "print(f'{$user + $sys:.2f}')") s) |"
    done
    echo "$row"
}
say "JIT flag comparison"
JIT_TABLE="$(jit_row "launcher's choice (C1 only up to 100 MiB, else C2)" ""
    jit_row "C2 forced (smaller inlining budgets)" "-XX:TieredStopAtLevel=4 -XX:FreqInlineSize=100 -XX:InlineSmallCode=500"
    jit_row "C1 only forced" "-XX:TieredStopAtLevel=1")"

# --- 2. memory -----------------------------------------------------------------------------------
say "100 MB under JAVA_OPTS=-Xmx64m"
set +e
LINES=$(JAVA_OPTS=-Xmx64m /usr/bin/time -v -o "$DATA/xmx64m.time" ./claimscrub scrub --format jsonl "$F100" 2>"$DATA/xmx64m.err" | wc -l)
STATUS=${PIPESTATUS[0]}
set -e
EXIT=$(sed -n 's/.*Exit status: //p' "$DATA/xmx64m.time")
RSS_KB=$(sed -n 's/.*Maximum resident set size (kbytes): //p' "$DATA/xmx64m.time")
CLAIMS=$(grep -o '~CLM\*' "$F100" | wc -l)

# --- 3. in-process (JMH) -------------------------------------------------------------------------
say "JMH on the 10 MB file"
JMH_ARGS=()
$QUICK && JMH_ARGS=(-wi 1 -i 2 -w 2s -r 2s)
java -cp "$BENCH_CP" org.openjdk.jmh.Main ScrubThroughput -p file="$F10" "${JMH_ARGS[@]}" \
    -rf json -rff "$DATA/jmh.json" >&2
JMH_TABLE=$(python3 - "$DATA/jmh.json" "$F10" <<'PY'
import json, os, sys
results = json.load(open(sys.argv[1]))
mb = os.path.getsize(sys.argv[2]) / 1e6
for r in results:
    name = r["benchmark"].rsplit(".", 1)[1]
    ops = r["primaryMetric"]["score"]
    err = r["primaryMetric"]["scoreError"]
    err = f" ± {err:.2f}" if isinstance(err, (int, float)) and err == err else ""  # NaN with too few iterations
    print(f"| {name} | {ops:.2f}{err} files/s | {ops * mb:.0f} MB/s |")
PY
)

# --- 3b. in-process by CPU time ------------------------------------------------------------------
say "CPU-time rounds on the 10 MB file"
CPU_ROUNDS=()
$QUICK && CPU_ROUNDS=(5 5)
CPU_TABLE=$(for workload in engine readerOnly outputOnly outputWithoutTexts byteLoop staedi; do
    java -Xmx1g -cp "$BENCH_CP" io.claimscrub.bench.CpuTimeThroughput "$F10" "$workload" "${CPU_ROUNDS[@]}" 2>/dev/null
done
# The rows above run on the JVM's default collector (G1); the launcher gives scrub ParallelGC, whose
# cheaper write barriers show in the engine's own thread time.
java -Xmx1g -XX:+UseParallelGC -cp "$BENCH_CP" io.claimscrub.bench.CpuTimeThroughput "$F10" engine "${CPU_ROUNDS[@]}" \
    2>/dev/null | sed 's/^| engine |/| engine, ParallelGC (the collector the launcher gives scrub) |/')

# --- report --------------------------------------------------------------------------------------
mb() { python3 -c "import os; print(f'{os.path.getsize(\"$1\") / 1e6:.1f}')"; }
ratio() { python3 -c "print(f'{$2 / $1:.1f}')"; }
secs() { python3 -c "print(f'{$1:.2f}')"; }
{
    echo "# claimscrub benchmark run"
    echo
    echo "Run from $RUN_START to $(date -u +%H:%MZ). Machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)," \
        "$(free -g | awk '/Mem:/ {print $2}') GB RAM; $(java -version 2>&1 | head -1)." \
        "Load average (1, 5, 15 min) at the start: $LOAD_START; at the end: $(cut -d' ' -f1-3 /proc/loadavg)."
    echo
    echo "## Whole process (mean of $RUNS runs after a warm-up)"
    echo
    echo "| File | claimscrub scrub --format jsonl | StAEDI read (reference) | claimscrub faster by |"
    echo "|---|---|---|---|"
    echo "| $(mb "$F50") MB | $(secs "$S50") s | $(secs "$R50") s | $(ratio "$S50" "$R50")× |"
    echo "| $(mb "$F100") MB | $(secs "$S100") s | $(secs "$R100") s | $(ratio "$S100" "$R100")× |"
    echo
    echo "## scrub's JIT flags (one run each; wall time, CPU time in brackets)"
    echo
    echo "| JVM flags | $(mb "$F50") MB | $(mb "$F100") MB | $(mb "$F300") MB |"
    echo "|---|---|---|---|"
    echo "$JIT_TABLE"
    echo
    echo "## 100 MB file with JAVA_OPTS=-Xmx64m"
    echo
    echo "Exit status $EXIT (launcher $STATUS), $LINES jsonl lines for $CLAIMS CLM segments, max RSS $((RSS_KB / 1024)) MB."
    echo
    echo "## In-process, JMH, $(mb "$F10") MB file in memory"
    echo
    echo "| Benchmark | Score | Throughput |"
    echo "|---|---|---|"
    echo "$JMH_TABLE"
    echo
    echo "## In-process by CPU time, $(mb "$F10") MB file in memory (medians of the measured rounds)"
    echo
    echo "| Workload | thread CPU per file | MB per thread CPU second | process CPU per file | MB per process CPU second | allocated per file |"
    echo "|---|---|---|---|---|---|"
    echo "$CPU_TABLE"
    echo
    # The least any engine with this output could take: reading, plus making the results, with no
    # rule logic at all (OutputFloor). Issue 2's 300 MB/s is weighed against it.
    echo "$CPU_TABLE" | python3 -c '
import sys
ms = {r.split("|")[1].strip(): float(r.split("|")[2].split()[0]) for r in sys.stdin if r.startswith("|")}
mb = float(sys.argv[1])
floor = ms["readerOnly"] + ms["outputOnly"]
bare = ms["readerOnly"] + ms["outputWithoutTexts"]
engine = ms["engine"]
print(f"Floor, readerOnly + outputOnly: {floor:.1f} ms of thread CPU per file = {mb / floor * 1000:.0f} MB/s"
      f" (with texts that cost nothing: {mb / bare * 1000:.0f} MB/s); the engine: {mb / engine * 1000:.0f} MB/s.")
' "$(mb "$F10")"
} | tee "$RESULTS"
