#!/usr/bin/env bash
# Career page throughput against nginx serving the same bytes, in one run (issue 12, item 1).
#
#   bench/page-throughput.sh                              # builds the jar, measures it
#   JAR=target/health-careers-hub-0.1.0-SNAPSHOT.jar bench/page-throughput.sh
#   JAR=... BEFORE=/tmp/before-dbebbed.jar bench/page-throughput.sh   # also the jar of an older commit
#
# For each jar (BEFORE first, if given): starts it on a free port of PORTS (default 18100-18199) with a
# fresh temporary data directory (demo data), fetches the flagship career page as it is served plain and
# gzipped, serves those same bytes from nginx (a static file with the same Content-Type and a precompressed
# .gz next to it, gzip_static), warms both, then runs `wrk -t2 -c32 -d15s` alternately against nginx and the
# app, ROUNDS times (default 3), without and with `Accept-Encoding: gzip`. Prints requests/s per round, the
# medians, the ratio app/nginx and the load average at start and end; with BEFORE, also after/before.
# Settings: ROUNDS, DURATION (wrk -d, default 15s), WARM (default 10s), PAGE, JAVA_OPTS, PORTS=lo-hi.
# Needs java 17+, curl, wrk (/usr/bin/wrk) and nginx (/usr/sbin/nginx). Only one JVM runs at a time.
set -euo pipefail

cd "$(dirname "$0")/.."
# shellcheck source=bench/nginx-page.sh
. bench/nginx-page.sh
ROUNDS=${ROUNDS:-3}
DURATION=${DURATION:-15s}
WARM=${WARM:-10s}
PAGE=${PAGE:-/careers/care-coordination-and-care-management}
PORTS=${PORTS:-18100-18199}
NGINX=${NGINX:-/usr/sbin/nginx}
WRK=${WRK:-/usr/bin/wrk}
JAVA_OPTS=${JAVA_OPTS:-}
LO=${PORTS%-*}
HI=${PORTS#*-}

if [[ -z "${JAR:-}" ]]; then
    ./mvnw -B -o -q -DskipTests package
    JAR=target/health-careers-hub-0.1.0-SNAPSHOT.jar
fi
JARS=()
LABELS=()
if [[ -n "${BEFORE:-}" ]]; then
    JARS+=("$BEFORE")
    LABELS+=(before)
fi
JARS+=("$JAR")
LABELS+=("$([[ -n "${BEFORE:-}" ]] && echo after || echo app)")

WORK=$(mktemp -d /tmp/page-throughput.XXXXXX)
chmod 755 "$WORK"
APP_PID=
NGINX_PID=
cleanup() {
    set +e
    [[ -n "$APP_PID" ]] && kill "$APP_PID" 2>/dev/null && wait "$APP_PID" 2>/dev/null
    [[ -n "$NGINX_PID" ]] && kill "$NGINX_PID" 2>/dev/null && wait "$NGINX_PID" 2>/dev/null
    rm -rf "$WORK"
}
trap cleanup EXIT

free_port() {
    local port
    for ((port = LO; port <= HI; port++)); do
        if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null && [[ " ${USED:-} " != *" $port "* ]]; then
            USED="${USED:-} $port"
            echo "$port"
            return
        fi
    done
    echo "no free port in $PORTS" >&2
    exit 1
}

median() { sort -g | awk '{a[NR] = $1} END {print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2}'; }

# requests/s of one wrk run; errors and non-2xx answers are reported on stderr
rate() {
    local out
    out=$("$WRK" -t2 -c32 -d"$1" "${@:3}" "$2")
    if grep -q "Non-2xx\|Socket errors" <<<"$out"; then
        grep "Non-2xx\|Socket errors" <<<"$out" | sed 's/^/    wrk: /' >&2
    fi
    awk '/Requests\/sec/ {print $2}' <<<"$out"
}

echo "load average at start: $(cat /proc/loadavg)"
declare -A SUMMARY
for i in "${!JARS[@]}"; do
    jar=${JARS[$i]}
    name=${LABELS[$i]}
    app_port=$(free_port)
    data="$WORK/data-$name"
    mkdir -p "$data"
    echo
    echo "== $name: $jar on port $app_port (data $data)"
    start=$(date +%s.%N)
    # shellcheck disable=SC2086
    java $JAVA_OPTS -jar "$jar" --server.address=127.0.0.1 --server.port="$app_port" --hub.data-dir="$data" \
        --hub.base-url="http://127.0.0.1:$app_port" --management.endpoint.health.probes.enabled=true >"$WORK/app-$app_port.log" 2>&1 &
    APP_PID=$!
    until curl -fs -o /dev/null "http://127.0.0.1:$app_port$PAGE"; do
        if ! kill -0 "$APP_PID" 2>/dev/null; then
            tail -30 "$WORK/app-$app_port.log"
            exit 1
        fi
        sleep 1
    done
    printf 'first page after %.1f s\n' "$(echo "$(date +%s.%N) - $start" | bc)"
    # the runners (demo data, indexes) run after "Started" is logged: wait until the app is ready
    until curl -fs -o /dev/null "http://127.0.0.1:$app_port/actuator/health/readiness"; do sleep 1; done
    printf 'ready after %.1f s\n' "$(echo "$(date +%s.%N) - $start" | bc)"
    curl -fs "http://127.0.0.1:$app_port$PAGE" >/dev/null

    root="$WORK/www-$app_port"
    mkdir -p "$root$(dirname "$PAGE")"
    file="$root$PAGE"
    curl -fs -D "$WORK/plain.headers" -o "$file" "http://127.0.0.1:$app_port$PAGE"
    curl -fs -D "$WORK/gzip.headers" -H 'Accept-Encoding: gzip' -o "$file.gz" "http://127.0.0.1:$app_port$PAGE"
    if ! grep -qi '^content-encoding: gzip' "$WORK/gzip.headers"; then
        echo "(the app sent no gzip; nginx gets gzip -9 of the page)"
        gzip -9 -n -c "$file" >"$file.gz"
    fi
    type=$(awk 'tolower($1) == "content-type:" {sub(/\r$/, ""); $1 = ""; sub(/^ /, ""); print}' "$WORK/plain.headers")
    chmod -R a+rX "$root"
    echo "page: $(stat -c %s "$file") bytes plain, $(stat -c %s "$file.gz") gzipped, Content-Type: $type"
    grep -i '^\(etag\|cache-control\|vary\):' "$WORK/plain.headers" | tr -d '\r' | sed 's/^/  app /' || true

    nginx_port=$(free_port)
    nginx_page_conf "$WORK" "$nginx_port" "$root" "$type" >"$WORK/nginx-$nginx_port.conf"
    "$NGINX" -c "$WORK/nginx-$nginx_port.conf" -e "$WORK/nginx-$nginx_port.error.log" &
    NGINX_PID=$!
    until curl -fs -o /dev/null "http://127.0.0.1:$nginx_port$PAGE"; do sleep 0.2; done
    cmp -s <(curl -fs "http://127.0.0.1:$nginx_port$PAGE") "$file" || { echo "nginx serves other bytes"; exit 1; }
    cmp -s <(curl -fs -H 'Accept-Encoding: gzip' "http://127.0.0.1:$nginx_port$PAGE") "$file.gz" \
        || { echo "nginx serves other gzip bytes"; exit 1; }
    echo "nginx on port $nginx_port serves the same bytes (plain and gzip)"

    for encoding in plain gzip; do
        header=()
        [[ $encoding == gzip ]] && header=(-H 'Accept-Encoding: gzip')
        rate "$WARM" "http://127.0.0.1:$nginx_port$PAGE" "${header[@]}" >/dev/null
        rate "$WARM" "http://127.0.0.1:$app_port$PAGE" "${header[@]}" >/dev/null
        nginx_rates=()
        app_rates=()
        for ((round = 1; round <= ROUNDS; round++)); do
            n=$(rate "$DURATION" "http://127.0.0.1:$nginx_port$PAGE" "${header[@]}")
            a=$(rate "$DURATION" "http://127.0.0.1:$app_port$PAGE" "${header[@]}")
            nginx_rates+=("$n")
            app_rates+=("$a")
            printf '%s %-5s round %d: nginx %10.1f req/s   app %10.1f req/s   (load %s)\n' \
                "$name" "$encoding" "$round" "$n" "$a" "$(cut -d' ' -f1-3 /proc/loadavg)"
        done
        nm=$(printf '%s\n' "${nginx_rates[@]}" | median)
        am=$(printf '%s\n' "${app_rates[@]}" | median)
        ratio=$(echo "scale=3; $am / $nm" | bc)
        printf '%s %-5s median: nginx %10.1f req/s   app %10.1f req/s   app/nginx %s\n' \
            "$name" "$encoding" "$nm" "$am" "$ratio"
        SUMMARY["$name $encoding"]="$am $nm $ratio"
    done

    kill "$NGINX_PID"
    wait "$NGINX_PID" 2>/dev/null || true
    NGINX_PID=
    kill "$APP_PID"
    wait "$APP_PID" 2>/dev/null || true
    APP_PID=
done

echo
echo "summary (medians of $ROUNDS rounds of wrk -t2 -c32 -d$DURATION):"
for name in "${LABELS[@]}"; do
    for encoding in plain gzip; do
        read -r am nm ratio <<<"${SUMMARY["$name $encoding"]}"
        printf '  %-6s %-5s app %10.1f req/s   nginx %10.1f req/s   app/nginx %s\n' \
            "$name" "$encoding" "$am" "$nm" "$ratio"
    done
done
if [[ -n "${BEFORE:-}" ]]; then
    for encoding in plain gzip; do
        read -r before _ _ <<<"${SUMMARY["before $encoding"]}"
        read -r after _ _ <<<"${SUMMARY["after $encoding"]}"
        printf '  after/before %-5s %s\n' "$encoding" "$(echo "scale=2; $after / $before" | bc)"
    done
fi
echo "load average at end: $(cat /proc/loadavg)"
