#!/usr/bin/env bash
# Issue 3's pipeline benchmark: drop to COMPLETE against plain BatchWriteItem, CheckClaim's cold and
# warm answers, the functions' jar sizes. Prints a Markdown report (docs/local.md keeps the figures).
# Not part of the tests. Usage: local/bench.sh [--claims 10000] [--runs 5] [--cold 5] [--warm 2000]
set -euo pipefail
cd "$(dirname "$0")/.."

classpath="$PWD/local/target/bench.classpath"
# One reactor build: the functions' jars (the shaded ones are measured) and local's classpath.
# Maven's output goes to stderr: stdout is the report.
mvn -B -q -ntp -Dstyle.color=never -DskipTests -pl local -am package dependency:build-classpath \
  -Dmdep.outputFile="$classpath" -Dmdep.includeScope=runtime </dev/null >&2

exec java -Xmx2g -cp "$PWD/local/target/classes:$(cat "$classpath")" \
  io.claimscrub.local.bench.PipelineBenchmark "$PWD" "$@"
