#!/usr/bin/env bash
# Search benchmark (docs/benchmarks.md): starts the app on a free local port with a fresh data directory
# (H2 + Lucene), generates a large catalog, directory and job board, waits until it is ready, runs the load
# and stops it.
#
#   bench/search-benchmark.sh                 # build the jar, 20,000 programs, 50,000 sites, 100,000 jobs
#   TRAININGS=2000 SITES=5000 JOBS=10000 bench/search-benchmark.sh --no-build -- --seconds 10
#   bench/search-benchmark.sh --no-build -- --modules jobs-filter,jobs-api
#
# Environment: TRAININGS, SITES, JOBS (sizes), JAR (another build, with --no-build), PORT (else a free one), JAVA_OPTS (e.g. a JFR recording), KEEP_DATA=1 keeps the data
# directory and the app log, DATA=<a kept directory> starts from a copy of it instead of generating the data
# again (minutes). Arguments after "--" go to bench/search_load.py.
set -euo pipefail

cd "$(dirname "$0")/.."
TRAININGS=${TRAININGS:-20000}
SITES=${SITES:-50000}
JOBS=${JOBS:-100000}
build=1
load_args=()
while [[ $# -gt 0 ]]; do
    case "$1" in
        --no-build) build=0 ;;
        --) shift; load_args=("$@"); break ;;
        *) echo "unknown argument: $1" >&2; exit 2 ;;
    esac
    shift
done

if [[ $build == 1 ]]; then
    ./mvnw -B -q -DskipTests package
fi
jar=${JAR:-$(ls target/health-careers-hub-*.jar | grep -v -- '-plain' | head -1)}
port=${PORT:-$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')}
data=$(mktemp -d -t hub-bench.XXXXXX)
log="$data/app.log"
if [[ -n ${DATA:-} ]]; then
    cp -r "$DATA/." "$data/"
    rm -f "$data/app.log"
fi
app=""

stop() {
    if [[ -n $app ]] && kill -0 "$app" 2>/dev/null; then
        kill "$app"
        wait "$app" 2>/dev/null || true
    fi
    if [[ ${KEEP_DATA:-0} == 1 ]]; then
        echo "data and log kept in $data"
    else
        rm -rf "$data"
    fi
}
trap stop EXIT

echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'),"\
" $(free -g | awk '/Mem:/ {print $2}') GB RAM, load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo "java: $(java -version 2>&1 | head -1); jar: $jar"
echo "catalog: $TRAININGS generated programs, directory: $SITES generated sites, job board: $JOBS generated postings;"\
" data in $data"

started=$(date +%s)
# shellcheck disable=SC2086 # JAVA_OPTS is a list of options
java ${JAVA_OPTS:-} -jar "$jar" \
    --server.address=127.0.0.1 --server.port="$port" --hub.data-dir="$data" \
    --hub.bench.generate-trainings="$TRAININGS" --hub.bench.generate-employer-sites="$SITES" \
    --hub.bench.generate-job-postings="$JOBS" \
    --management.endpoint.health.probes.enabled=true \
    >"$log" 2>&1 &
app=$!

# Readiness turns UP once the start's runners (generation, index rebuild) are done.
until curl -fs "http://127.0.0.1:$port/actuator/health/readiness" >/dev/null; do
    if ! kill -0 "$app" 2>/dev/null; then
        echo "the app stopped; last lines of $log:" >&2
        tail -30 "$log" >&2
        exit 1
    fi
    if (($(date +%s) - started > 900)); then
        echo "the app was not ready after 15 minutes" >&2
        exit 1
    fi
    sleep 2
done
echo "ready after $(($(date +%s) - started)) s (generation and indexing included)"
grep -E 'Generated (catalog|directory|job board)|Demo job postings|index (has|rebuilt)' "$log" | sed 's/^.*\] //' || true

python3 bench/search_load.py --base "http://127.0.0.1:$port" --pid "$app" "${load_args[@]}"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
