#!/usr/bin/env bash
# Two builds of the app side by side against nginx, interleaved (docs/benchmarks.md, "Issue 12, items 1 and 3").
# bench/page-throughput.sh measures one jar after the other; on a shared machine the load changes between the
# two parts. This script starts both jars at once (each on a copy of one data directory) and, in every round,
# runs `wrk -t2 -c32` against nginx, the before jar and the after jar in turn, plain and gzipped, so the three
# see the same load. nginx serves the after jar's bytes (the same as the before jar's: the script checks).
#
#   BEFORE=/tmp/before.jar JAR=target/health-careers-hub-0.1.0-SNAPSHOT.jar bench/page-ab.sh
#
# Settings: ROUNDS (5), DURATION (10s), WARM (5s), PAGE, DATA (a data directory with demo data already loaded,
# copied for each jar; default: each jar loads the demo data), JAVA_OPTS, PORTS=lo-hi (default 18100-18199).
# Prints requests/s and the app's CPU per request per round, and the medians; needs java, curl, wrk and nginx, as bench/page-throughput.sh.
set -euo pipefail

cd "$(dirname "$0")/.."
# shellcheck source=bench/nginx-page.sh
. bench/nginx-page.sh
ROUNDS=${ROUNDS:-5}
DURATION=${DURATION:-10s}
WARM=${WARM:-5s}
PAGE=${PAGE:-/careers/care-coordination-and-care-management}
PORTS=${PORTS:-18100-18199}
JAVA_OPTS=${JAVA_OPTS:-}
: "${BEFORE:?BEFORE=<jar> is needed}"
JAR=${JAR:-$(ls target/health-careers-hub-*.jar | grep -v -- '-plain' | head -1)}
lo=${PORTS%-*}

work=$(mktemp -d /tmp/page-ab.XXXXXX)
chmod 755 "$work"
pids=()
cleanup() {
    set +e
    for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null && wait "$pid" 2>/dev/null; done
    rm -rf "$work"
}
trap cleanup EXIT

median() { sort -g | awk '{a[NR] = $1} END {print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2}'; }
# rate <duration> <url> [wrk options]: prints requests/s and the number of requests
rate() {
    local out
    out=$(wrk -t2 -c32 -d"$1" "${@:3}" "$2")
    grep "Non-2xx\|Socket errors" <<<"$out" | sed 's/^/    wrk: /' >&2 || true
    awk '/Requests\/sec/ {r = $2} / requests in / {n = $1} END {print r, n}' <<<"$out"
}
cpu_ms() { awk '{print ($14 + $15) * 10}' "/proc/$1/stat"; }

echo "load average at start: $(cat /proc/loadavg)"
declare -A port=([before]=$lo [after]=$((lo + 1)))
nginx_port=$((lo + 2))
declare -A jar=([before]=$BEFORE [after]=$JAR)
declare -A pid
for name in before after; do
    mkdir -p "$work/data-$name"
    [[ -n ${DATA:-} ]] && cp -a "$DATA/." "$work/data-$name/"
    # shellcheck disable=SC2086
    java $JAVA_OPTS -jar "${jar[$name]}" --server.address=127.0.0.1 --server.port="${port[$name]}" \
        --hub.data-dir="$work/data-$name" --hub.base-url="http://127.0.0.1:${port[$name]}" >"$work/$name.log" 2>&1 &
    pids+=($!)
    pid[$name]=$!
    echo "$name: ${jar[$name]} on port ${port[$name]}"
done
for name in before after; do
    until curl -fs -o /dev/null "http://127.0.0.1:${port[$name]}/actuator/health/readiness"; do sleep 1; done
    curl -fs -o /dev/null "http://127.0.0.1:${port[$name]}$PAGE"
done

root="$work/www"
mkdir -p "$root$(dirname "$PAGE")"
file="$root$PAGE"
curl -fs -D "$work/headers" -o "$file" "http://127.0.0.1:${port[after]}$PAGE"
curl -fs -H 'Accept-Encoding: gzip' -o "$file.gz" "http://127.0.0.1:${port[after]}$PAGE"
cmp -s "$file" <(curl -fs "http://127.0.0.1:${port[before]}$PAGE" | sed "s/:${port[before]}/:${port[after]}/g") \
    || echo "(the before jar's page differs from the after jar's beyond its port)"
type=$(awk 'tolower($1) == "content-type:" {sub(/\r$/, ""); $1 = ""; sub(/^ /, ""); print}' "$work/headers")
chmod -R a+rX "$root"
nginx_page_conf "$work" "$nginx_port" "$root" "$type" >"$work/nginx.conf"
nginx -c "$work/nginx.conf" -e "$work/nginx-$nginx_port.error.log" &
pids+=($!)
until curl -fs -o /dev/null "http://127.0.0.1:$nginx_port$PAGE"; do sleep 0.2; done
echo "page: $(stat -c %s "$file") bytes plain, $(stat -c %s "$file.gz") gzipped; nginx on port $nginx_port"

declare -A rates cpus
for encoding in plain gzip; do
    header=()
    [[ $encoding == gzip ]] && header=(-H 'Accept-Encoding: gzip')
    for target in nginx before after; do
        p=$nginx_port
        [[ $target != nginx ]] && p=${port[$target]}
        rate "$WARM" "http://127.0.0.1:$p$PAGE" "${header[@]}" >/dev/null
    done
    for ((round = 1; round <= ROUNDS; round++)); do
        line="$encoding round $round:"
        for target in nginx before after; do
            p=$nginx_port
            [[ $target != nginx ]] && p=${port[$target]}
            [[ $target != nginx ]] && cpu=$(cpu_ms "${pid[$target]}")
            read -r r n < <(rate "$DURATION" "http://127.0.0.1:$p$PAGE" "${header[@]}")
            rates[$encoding $target]+="$r "
            line+=$(printf '  %s %9.1f' "$target" "$r")
            if [[ $target != nginx ]]; then
                # the app's CPU per request (user + system, µs): what a hit costs, whatever else runs
                us=$(((($(cpu_ms "${pid[$target]}") - cpu) * 1000) / n))
                cpus[$encoding $target]+="$us "
                line+=" (${us} µs CPU)"
            fi
        done
        echo "$line req/s  (load $(cut -d' ' -f1-3 /proc/loadavg))"
    done
done

echo
echo "summary (medians of $ROUNDS interleaved rounds of wrk -t2 -c32 -d$DURATION):"
for encoding in plain gzip; do
    n=$(tr ' ' '\n' <<<"${rates[$encoding nginx]}" | grep . | median)
    b=$(tr ' ' '\n' <<<"${rates[$encoding before]}" | grep . | median)
    a=$(tr ' ' '\n' <<<"${rates[$encoding after]}" | grep . | median)
    bc_=$(tr ' ' '\n' <<<"${cpus[$encoding before]}" | grep . | median)
    ac_=$(tr ' ' '\n' <<<"${cpus[$encoding after]}" | grep . | median)
    printf '  %-5s nginx %9.1f  before %9.1f (%.3f of nginx)  after %9.1f (%.3f of nginx)  after/before %.2f\n' \
        "$encoding" "$n" "$b" "$(bc -l <<<"$b / $n")" "$a" "$(bc -l <<<"$a / $n")" "$(bc -l <<<"$a / $b")"
    printf '  %-5s app CPU per request: before %s µs, after %s µs\n' "$encoding" "$bc_" "$ac_"
done
echo "load average at end: $(cat /proc/loadavg)"
