#!/usr/bin/env bash
# Crash and restart probes (docs/reliability.md): runs bench/Reliability.java against the packaged app,
# started as a real process (java -jar) on a fresh data directory and a free port, scenario by scenario:
#
#   crash     kill -9 during a stream of writes on H2; restart; every acknowledged write there, index agrees
#   postgres  PostgreSQL restarted under reads and writes (schema hub_rel in database test); the app answers
#             again within 5 s, health says DOWN meanwhile, no acknowledged write lost
#   smtp      the SMTP server down for a while, then back; every message delivered exactly once
#   load      200 users for 5 minutes of browsing, searching, signing in and saving on H2; errors, p99
#
#   bench/reliability.sh                      # build the jar if missing, run all four
#   bench/reliability.sh --quick              # shorter: 50 users for 30 s in the load scenario
#   bench/reliability.sh crash smtp           # only these scenarios
#
# Environment: JAR (another build), PG_SCHEMA (default hub_rel), KEEP_DATA=1 keeps data and logs.
# The postgres scenario stops and starts the local cluster with pg_ctlcluster: it needs root, and it
# interrupts anything else using that server for about ten seconds.
set -euo pipefail

cd "$(dirname "$0")/.."
quick=0
scenarios=()
for arg in "$@"; do
    case "$arg" in
        --quick) quick=1 ;;
        crash | postgres | smtp | load) scenarios+=("$arg") ;;
        *) echo "unknown argument: $arg" >&2; exit 2 ;;
    esac
done
[[ ${#scenarios[@]} -gt 0 ]] || scenarios=(crash postgres smtp load)

jar=${JAR:-$(ls target/health-careers-hub-*.jar 2>/dev/null | grep -v -- '-plain' | head -1 || true)}
if [[ -z $jar ]]; then
    ./mvnw -B -q -DskipTests package
    jar=$(ls target/health-careers-hub-*.jar | grep -v -- '-plain' | head -1)
fi
schema=${PG_SCHEMA:-hub_rel}
cluster=$(ls /etc/postgresql 2>/dev/null | head -1 || true)

echo "date: $(date -u '+%Y-%m-%d %H:%M UTC')"
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'),"\
" $(free -g | awk '/Mem:/ {print $2}') GB RAM, load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo "java: $(java -version 2>&1 | head -1); jar: $jar"

probe() {
    java bench/Reliability.java "$@" --jar "$jar"
}

failed=0
for scenario in "${scenarios[@]}"; do
    echo
    echo "== $scenario (load average $(cut -d' ' -f1-3 /proc/loadavg))"
    case "$scenario" in
        crash)
            probe crash --seconds 10 || failed=1 ;;
        smtp)
            probe smtp --outage 15 || failed=1 ;;
        postgres)
            if [[ -z $cluster ]]; then
                echo "no local PostgreSQL cluster: skipped"
                continue
            fi
            psql -h 127.0.0.1 -U postgres -d test -v ON_ERROR_STOP=1 -q \
                -c "DROP SCHEMA IF EXISTS $schema CASCADE" -c "CREATE SCHEMA $schema"
            probe postgres --outage 8 \
                --url "jdbc:postgresql://127.0.0.1:5432/test?currentSchema=$schema" \
                --pg-stop "pg_ctlcluster --skip-systemctl-redirect $cluster main stop" \
                --pg-start "pg_ctlcluster --skip-systemctl-redirect $cluster main start" || failed=1
            # make sure the server is up again whatever happened
            pg_isready -h 127.0.0.1 -p 5432 -q || pg_ctlcluster --skip-systemctl-redirect "$cluster" main start
            ;;
        load)
            if [[ $quick == 1 ]]; then
                probe load --users 50 --seconds 30 || failed=1
            else
                probe load --users 200 --seconds 300 || failed=1
            fi
            ;;
    esac
done
echo
echo "load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
exit $failed
