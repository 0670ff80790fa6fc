#!/usr/bin/env bash
# Lighthouse benchmark (docs/benchmarks.md, "Light pages and Lighthouse"): for each jar given, starts the
# app with a fresh data directory (demo data) on a local port, runs Lighthouse 12 with Debian's Chromium on
# five public pages, mobile and desktop, prints the four category scores and the ids of the audits that
# fail, and stops the app. Several jars are measured one after the other in the same run, so a "before"
# and an "after" build are compared at the same moment.
#
#   bench/lighthouse.sh                                     # the jar under target/ (build it first)
#   bench/lighthouse.sh /tmp/before-dbebbed.jar target/health-careers-hub-0.1.0-SNAPSHOT.jar
#   PAGES="/ /jobs?near=12207" FORMS=mobile bench/lighthouse.sh
#
# Lighthouse is installed with npm into bench/.lighthouse (ignored by git) on the first run; no browser is
# downloaded: CHROME_PATH (default /usr/bin/chromium) is used. Environment: PORT (default 18400), PAGES,
# FORMS ("mobile desktop"), OUT (reports and final screenshots; default a temporary directory, kept),
# APP_ARGS (more arguments for the app, e.g. --hub.map.tile-url=...).
set -euo pipefail

cd "$(dirname "$0")/.."
root=$(pwd)
lh_dir="$root/bench/.lighthouse"
export CHROME_PATH=${CHROME_PATH:-/usr/bin/chromium}
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1
PORT=${PORT:-18400}
PAGES=${PAGES:-"/ /careers/care-coordination-and-care-management /trainings?q=care /employers?near=12207 /jobs?near=12207"}
FORMS=${FORMS:-"mobile desktop"}
OUT=${OUT:-$(mktemp -d -t hub-lighthouse.XXXXXX)}
chrome_flags="--headless=new --no-sandbox --disable-gpu --disable-background-networking --disable-component-update"
chrome_flags+=" --disable-sync --no-first-run"

if [[ ! -x "$lh_dir/node_modules/.bin/lighthouse" ]]; then
    mkdir -p "$lh_dir"
    (cd "$lh_dir" && npm install --no-audit --no-fund --loglevel=error lighthouse@12 >/dev/null)
fi
lighthouse="$lh_dir/node_modules/.bin/lighthouse"

jars=("$@")
if [[ ${#jars[@]} == 0 ]]; then
    jars=("$(ls target/health-careers-hub-*.jar | grep -v -- '-plain' | head -1)")
fi

app=""
data=""
stop() {
    if [[ -n $app ]] && kill -0 "$app" 2>/dev/null; then
        kill "$app"
        wait "$app" 2>/dev/null || true
    fi
    app=""
    if [[ -n $data ]]; then
        rm -rf "$data"
    fi
    data=""
}
trap stop EXIT

echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo "lighthouse $("$lighthouse" --version), $("$CHROME_PATH" --version 2>/dev/null | head -1); reports in $OUT"

for i in "${!jars[@]}"; do
    jar=${jars[$i]}
    label="$i-$(basename "$jar" .jar)"
    data=$(mktemp -d -t hub-lighthouse-data.XXXXXX)
    started=$(date +%s)
    # shellcheck disable=SC2086 # APP_ARGS and JAVA_OPTS are lists
    java ${JAVA_OPTS:-} -jar "$jar" --server.address=127.0.0.1 --server.port="$PORT" --hub.data-dir="$data" \
        --hub.base-url="http://localhost:$PORT" --management.endpoint.health.probes.enabled=true ${APP_ARGS:-} \
        >"$OUT/$label-app.log" 2>&1 &
    app=$!
    until curl -fs "http://127.0.0.1:$PORT/actuator/health/readiness" >/dev/null; do
        if ! kill -0 "$app" 2>/dev/null; then
            echo "the app stopped; last lines of $OUT/$label-app.log:" >&2
            tail -30 "$OUT/$label-app.log" >&2
            exit 1
        fi
        if (($(date +%s) - started > 600)); then
            echo "the app was not ready after 10 minutes" >&2
            exit 1
        fi
        sleep 2
    done
    echo "$jar: ready after $(($(date +%s) - started)) s"
    # warm up: the first request of each page pays for class loading and JIT compilation
    for page in $PAGES; do
        for _ in 1 2 3; do curl -fs -o /dev/null "http://localhost:$PORT$page" || true; done
    done
    for page in $PAGES; do
        name=$(echo "$page" | tr -c 'a-zA-Z0-9\n' '_' | sed 's/^_*//; s/^$/home/')
        for form in $FORMS; do
            preset=()
            if [[ $form == desktop ]]; then
                preset=(--preset=desktop)
            fi
            "$lighthouse" "http://localhost:$PORT$page" "${preset[@]}" --quiet \
                --only-categories=performance,accessibility,best-practices,seo \
                --chrome-flags="$chrome_flags" --output=json \
                --output-path="$OUT/$label-$name-$form.json" >/dev/null 2>"$OUT/$label-$name-$form.err" || true
        done
    done
    stop
done

python3 - "$OUT" "$PAGES" "$FORMS" "${#jars[@]}" "${jars[@]}" <<'EOF'
import base64, json, os, re, sys

out, pages, forms, count = sys.argv[1], sys.argv[2].split(), sys.argv[3].split(), int(sys.argv[4])
jars = sys.argv[5:5 + count]
cats = ["performance", "accessibility", "best-practices", "seo"]
print()
print(f"{'page':<52} {'form':<8} {'jar':<40} perf a11y  bp  seo     KB req  failing audits")
for page in pages:
    name = re.sub(r"[^a-zA-Z0-9\n]", "_", page).lstrip("_") or "home"
    for form in forms:
        for i, jar in enumerate(jars):
            label = f"{i}-{os.path.splitext(os.path.basename(jar))[0]}"
            path = os.path.join(out, f"{label}-{name}-{form}.json")
            if not os.path.exists(path):
                print(f"{page:<52} {form:<8} {os.path.basename(jar):<40} (no report: see {path[:-5]}.err)")
                continue
            report = json.load(open(path))
            scores = [report["categories"].get(c, {}).get("score") for c in cats]
            # as the report marks them: a binary audit that fails, a metric or insight under 0.9
            failing = sorted(
                a["id"] for a in report["audits"].values()
                if a.get("score") is not None
                and (a.get("scoreDisplayMode") == "binary" and a["score"] < 1
                     or a.get("scoreDisplayMode") in ("numeric", "metricSavings") and a["score"] < 0.9))
            cells = " ".join(f"{round(s * 100):>4}" if s is not None else "   -" for s in scores)
            # what the page load transferred (compressed), and in how many requests
            kb = report["audits"]["total-byte-weight"]["numericValue"] / 1024
            requests = len(report["audits"]["network-requests"]["details"]["items"])
            print(f"{page:<52} {form:<8} {os.path.basename(jar):<40} {cells} {kb:6.1f} {requests:3d}  {' '.join(failing)}")
            shot = report["audits"].get("final-screenshot", {}).get("details", {}).get("data")
            if shot and shot.startswith("data:image/jpeg;base64,"):
                with open(os.path.join(out, f"{label}-{name}-{form}.jpg"), "wb") as f:
                    f.write(base64.b64decode(shot.split(",", 1)[1]))
EOF
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
