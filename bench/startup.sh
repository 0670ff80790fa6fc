#!/usr/bin/env bash
# Start-up time and memory (docs/benchmarks.md, "Start-up time and memory"): starts a jar RUNS times on a data
# directory that already has data and measures, per start, the time from the process start to the first 200
# of the flagship career page, the CPU the process used by then, and its RSS once ready. The first start on a
# fresh demo data directory is timed and reported too. With a second jar (BEFORE=...), both are started in
# turn on copies of the same data, so the comparison is made at the same moment.
#
#   bench/startup.sh                                   # the built jar, 3 starts, default JVM options
#   BEFORE=/tmp/before-dbebbed.jar RUNS=5 bench/startup.sh
#   OPTS="-XX:+UseSerialGC -Xmx384m" CDS=1 bench/startup.sh   # extract + class-data sharing archive (README)
#   bench/startup.sh --large DATA=/tmp/hub-bench.X    # a data dir kept by KEEP_DATA=1 bench/search-benchmark.sh;
#                                                      # also measures RSS after bench/search_load.py
#
# Environment: JAR (default target/health-careers-hub-*.jar), BEFORE (a second jar), RUNS (3), OPTS (JVM
# options for both), BEFORE_OPTS (the before jar's, default OPTS), LOAD_ARGS (more arguments for
# bench/search_load.py with --large, e.g. "--warmup 200 --requests 300 --seconds 10"), CDS=1 (run each jar extracted with an AppCDS archive recorded first), DATA (an existing
# data directory, copied for each start; default: a fresh demo data directory made by the first start),
# PORT (18300).
set -euo pipefail

cd "$(dirname "$0")/.."
large=0
for arg in "$@"; do
    case "$arg" in
        --large) large=1 ;;
        *=*) export "${arg?}" ;;
        *) echo "unknown argument: $arg" >&2; exit 2 ;;
    esac
done
RUNS=${RUNS:-3}
PORT=${PORT:-18300}
OPTS=${OPTS:-}
JAR=${JAR:-$(ls target/health-careers-hub-*.jar | grep -v -- '-plain' | head -1)}
work=$(mktemp -d -t hub-startup.XXXXXX)
app=""
stop_app() {
    if [[ -n $app ]] && kill -0 "$app" 2>/dev/null; then
        kill "$app"
        wait "$app" 2>/dev/null || true
    fi
    app=""
}
trap 'stop_app; rm -rf "$work"' EXIT

now_ms() { echo $(($(date +%s%N) / 1000000)); }
rss_kb() { awk '/VmRSS/ {print $2}' "/proc/$1/status"; }
cpu_ms() { awk '{print ($14 + $15) * 10}' "/proc/$1/stat"; }

# prepare <label> <jar>: prints the java arguments that start it (extracted + CDS archive when CDS=1)
prepare() {
    local label=$1 jar=$2
    local OPTS=$OPTS
    [[ $label == before ]] && OPTS=${BEFORE_OPTS:-$OPTS}
    if [[ ${CDS:-0} == 1 ]]; then
        java -Djarmode=tools -jar "$jar" extract --destination "$work/$label" >/dev/null
        local extracted
        extracted=$(ls "$work/$label"/*.jar)
        # shellcheck disable=SC2086 # OPTS is a list of options
        java $OPTS -XX:ArchiveClassesAtExit="$work/$label/app.jsa" -Dspring.context.exit=onRefresh \
            -jar "$extracted" --hub.data-dir="$work/$label-training" --server.port=0 >"$work/$label-training.log" 2>&1
        echo "-XX:SharedArchiveFile=$work/$label/app.jsa $OPTS -jar $extracted"
    else
        echo "$OPTS -jar $jar"
    fi
}

# start <args> <data> <log>: starts the app, waits for the first 200 of the flagship page; sets $app, $page_ms, $page_cpu
start() {
    local args=$1 data=$2 log=$3 started
    started=$(now_ms)
    # shellcheck disable=SC2086 # args is a list of options
    java $args --server.address=127.0.0.1 --server.port="$PORT" --hub.data-dir="$data" >"$log" 2>&1 &
    app=$!
    until curl -fs -m 60 -o /dev/null "http://127.0.0.1:$PORT/careers/care-coordination-and-care-management"; do
        if ! kill -0 "$app" 2>/dev/null; then
            echo "the app stopped; last lines of $log:" >&2
            tail -20 "$log" >&2
            exit 1
        fi
        sleep 0.1
    done
    page_ms=$(($(now_ms) - started))
    page_cpu=$(cpu_ms "$app")
    until curl -fs -o /dev/null "http://127.0.0.1:$PORT/actuator/health/readiness"; do sleep 0.2; done
    ready_ms=$(($(now_ms) - started))
}

median() { sort -n | awk '{a[NR] = $1} END {print (NR % 2 ? a[(NR + 1) / 2] : int((a[NR / 2] + a[NR / 2 + 1]) / 2))}'; }

echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg); java: $(java -version 2>&1 | head -1)"
echo "options: ${OPTS:-(none)}; before: ${BEFORE_OPTS:-the same}; CDS: ${CDS:-0}; runs: $RUNS; data: ${DATA:-fresh demo data}"
labels=(after)
jars=("$JAR")
if [[ -n ${BEFORE:-} ]]; then
    labels=(before after)
    jars=("$BEFORE" "$JAR")
fi
declare -A args
for i in "${!labels[@]}"; do
    args[${labels[$i]}]=$(prepare "${labels[$i]}" "${jars[$i]}")
    echo "${labels[$i]}: ${jars[$i]}"
done

# the data every start begins from
seed="$work/seed"
if [[ -n ${DATA:-} ]]; then
    cp -a "$DATA" "$seed"
else
    for label in "${labels[@]}"; do
        start "${args[$label]}" "$work/first-$label" "$work/first-$label.log"
        echo "$label first start (demo data loaded): first page $page_ms ms, ready $ready_ms ms"
        stop_app
    done
    cp -a "$work/first-${labels[-1]}" "$seed"
fi

declare -A pages cpus rsses
for run in $(seq 1 "$RUNS"); do
    for label in "${labels[@]}"; do
        rm -rf "$work/data"
        cp -a "$seed" "$work/data"
        start "${args[$label]}" "$work/data" "$work/$label-$run.log"
        sleep 2
        rss=$(rss_kb "$app")
        line="$label run $run: first page $page_ms ms (process CPU $page_cpu ms), ready $ready_ms ms, RSS $((rss / 1024)) MB"
        if [[ $large == 1 ]]; then
            # shellcheck disable=SC2086 # LOAD_ARGS is a list of arguments
            python3 bench/search_load.py --base "http://127.0.0.1:$PORT" --pid "$app" ${LOAD_ARGS:-} \
                >"$work/$label-$run-load.txt"
            line="$line, after the search load $(($(rss_kb "$app") / 1024)) MB"
        fi
        echo "$line (load average $(cut -d' ' -f1 /proc/loadavg))"
        pages[$label]+="$page_ms "
        cpus[$label]+="$page_cpu "
        rsses[$label]+="$((rss / 1024)) "
        stop_app
    done
done

for label in "${labels[@]}"; do
    printf '%s median: first page %s ms, process CPU %s ms, RSS %s MB\n' "$label" \
        "$(tr ' ' '\n' <<<"${pages[$label]}" | grep . | median)" \
        "$(tr ' ' '\n' <<<"${cpus[$label]}" | grep . | median)" \
        "$(tr ' ' '\n' <<<"${rsses[$label]}" | grep . | median)"
done
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
