#!/usr/bin/env bash
# Search before/after at the same moment (docs/benchmarks.md): starts two builds at once, each on its own copy
# of one data directory kept by bench/search-benchmark.sh (KEEP_DATA=1), and runs bench/search_ab.py, which
# sends every query to both in turn and then runs the 8-user load against each in alternating rounds.
#
#   KEEP_DATA=1 JAR=/tmp/before.jar bench/search-benchmark.sh --no-build -- --modules jobs-api --seconds 1
#   DATA=/tmp/hub-bench.XXXXXX BEFORE=/tmp/before.jar AFTER=target/health-careers-hub-0.1.0-SNAPSHOT.jar \
#       bench/search-ab.sh -- --modules trainings,employers,jobs-filter
#
# Environment: DATA (required), BEFORE, AFTER (jars), PORT (the first of two ports; else 18210), JAVA_OPTS,
# PROFILE_DIR (a JFR recording of each build, a.jfr and b.jfr there, written when the script stops them).
# Arguments after "--" go to bench/search_ab.py.
set -euo pipefail

cd "$(dirname "$0")/.."
: "${DATA:?DATA must name a data directory kept by bench/search-benchmark.sh}"
BEFORE=${BEFORE:-/tmp/before-dbebbed.jar}
AFTER=${AFTER:-$(ls target/health-careers-hub-*.jar | grep -v -- '-plain' | head -1)}
PORT=${PORT:-18210}
ab_args=()
while [[ $# -gt 0 ]]; do
    case "$1" in
        --) shift; ab_args=("$@"); break ;;
        *) echo "unknown argument: $1" >&2; exit 2 ;;
    esac
done

copies=$(mktemp -d -t hub-ab.XXXXXX)
pids=()
stop() {
    for pid in "${pids[@]}"; do
        kill "$pid" 2>/dev/null || true
        wait "$pid" 2>/dev/null || true
    done
    rm -rf "$copies"
}
trap stop EXIT

echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo "A (before): $BEFORE"
echo "B (after):  $AFTER"
echo "data: copies of $DATA"
for build in a b; do
    cp -r "$DATA" "$copies/$build"
    rm -f "$copies/$build/app.log"
done
started=$(date +%s)
port=$PORT
for build in a b; do
    jar=$BEFORE
    [[ $build == b ]] && jar=$AFTER
    profile=""
    if [[ -n ${PROFILE_DIR:-} ]]; then
        profile="-XX:StartFlightRecording=filename=$PROFILE_DIR/$build.jfr,settings=profile"
    fi
    # shellcheck disable=SC2086 # JAVA_OPTS is a list of options
    java ${JAVA_OPTS:-} $profile -jar "$jar" --server.address=127.0.0.1 --server.port="$port" \
        --hub.data-dir="$copies/$build" --management.endpoint.health.probes.enabled=true \
        >"$copies/$build.log" 2>&1 &
    pids+=($!)
    port=$((port + 1))
done
for port in "$PORT" "$((PORT + 1))"; do
    until curl -fs "http://127.0.0.1:$port/actuator/health/readiness" >/dev/null; do
        for pid in "${pids[@]}"; do
            if ! kill -0 "$pid" 2>/dev/null; then
                echo "a build stopped; last lines of its log:" >&2
                tail -20 "$copies"/*.log >&2
                exit 1
            fi
        done
        sleep 2
    done
done
echo "both ready after $(($(date +%s) - started)) s"
python3 bench/search_ab.py --a "http://127.0.0.1:$PORT" --a-pid "${pids[0]}" \
    --b "http://127.0.0.1:$((PORT + 1))" --b-pid "${pids[1]}" "${ab_args[@]}"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
