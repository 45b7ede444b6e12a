#!/usr/bin/env bash
# Open Referral import speed: makes an ORUK 3.0 feed of N services (default 50,000) from the search bench's
# store, imports it into an empty store with the `import` verb, imports it again (idempotent: every record
# unchanged), and prints records a second for both runs and each run's peak RSS.
#
#   bench/import-speed.sh [N]          e.g. bench/import-speed.sh 5000 for a quick check
#   KEEP=1 bench/import-speed.sh ...   keep the work folder (feed, stores, logs) afterwards
#
# The feed is what a harvester gets from our API: /api/oruk/services?format=ndjson lists every service (list
# shape), then each is read in full from /api/oruk/services/{id}, one a line. The site and the imports run the
# Release build in Production, as HttpBench.cs starts the site. Writes nothing under bench/results.
set -euo pipefail

N="${1:-50000}"
repo="$(cd "$(dirname "$0")/.." && pwd)"
web="$repo/src/Signpost.Web/bin/Release/net10.0/Signpost.Web.dll"
bench_store="/tmp/bench-ref/signpost-store-N$N/signpost.db"
work="$(mktemp -d "${TMPDIR:-/tmp}/signpost-import-speed-N$N-XXXXXX")"
site_pid=""

cleanup() {
    if [ -n "$site_pid" ]; then kill "$site_pid" 2>/dev/null || true; wait "$site_pid" 2>/dev/null || true; fi
    if [ "${KEEP:-0}" != "1" ]; then rm -rf "$work"; else echo "work folder kept: $work"; fi
}
trap cleanup EXIT

[ -x /usr/bin/time ] || { echo "needs /usr/bin/time (apt-get install time) for the peak RSS" >&2; exit 1; }

if [ ! -f "$web" ]; then
    echo "building the site in Release..."
    dotnet build -c Release "$repo/src/Signpost.Web/Signpost.Web.csproj" -nologo -v q
fi

if [ ! -f "$bench_store" ]; then
    echo "no bench store at $bench_store: writing it with the search bench (see bench/README.md)..."
    # Only the store is wanted here: no engine passes, and the shortest HTTP load.
    dotnet run -c Release --project "$repo/bench/Signpost.Bench" -- --n "$N" --skip-reference --skip-engine --seconds 1 --out "$work/bench-results"
fi

# (a) The feed, from a copy of the bench store so the bench's own store is left as it was.
mkdir -p "$work/source" "$work/target"
cp "$bench_store" "$work/source/signpost.db"
for extra in -wal -shm; do [ -f "$bench_store$extra" ] && cp "$bench_store$extra" "$work/source/signpost.db$extra"; done
port="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
url="http://127.0.0.1:$port"
(cd "$(dirname "$web")" && ASPNETCORE_ENVIRONMENT=Production DOTNET_CLI_TELEMETRY_OPTOUT=1 exec dotnet "$web" --urls "$url" \
    "--Signpost:DataPath=$work/source" --Signpost:SeedOnStart=false --Signpost:MapTileUrl= >"$work/site.log" 2>&1) &
site_pid=$!
for _ in $(seq 1 180); do
    curl -fs "$url/api/oruk/" >/dev/null 2>&1 && break
    kill -0 "$site_pid" 2>/dev/null || { echo "the site stopped; see its log:" >&2; tail -20 "$work/site.log" >&2; exit 1; }
    sleep 1
done
curl -fs "$url/api/oruk/" >/dev/null || { echo "the site did not answer on $url" >&2; exit 1; }

feed="$work/oruk-services-N$N.ndjson"
echo "exporting the feed from $url..."
export_start=$(date +%s.%N)
curl -fsS "$url/api/oruk/services?format=ndjson" >"$work/list.ndjson"
python3 - "$work/list.ndjson" "$url" >"$work/urls.curl" <<'PY'
import json, sys
with open(sys.argv[1]) as lines:
    for line in lines:
        if line.strip():
            print(f'url = "{sys.argv[2]}/api/oruk/services/{json.loads(line)["id"]}"')
PY
# One curl, one kept-alive connection, each body followed by a newline: an ndjson file of full services.
curl -fsS -K "$work/urls.curl" -w '\n' >"$feed"
export_end=$(date +%s.%N)
kill "$site_pid"; wait "$site_pid" 2>/dev/null || true; site_pid=""
services=$(grep -c . "$feed")
echo "feed: $services services, $(du -h "$feed" | cut -f1), exported in $(python3 -c "print(f'{$export_end-$export_start:.1f}')") s"

# (b) and (c): the import verb into an empty store, then again into the same store.
run_import() {
    local name="$1"
    local start end
    start=$(date +%s.%N)
    (cd "$(dirname "$web")" && ASPNETCORE_ENVIRONMENT=Production DOTNET_CLI_TELEMETRY_OPTOUT=1 /usr/bin/time -v -o "$work/$name.time" \
        dotnet "$web" import "$feed" --format oruk3 --source "bench-N$N" "--Signpost:DataPath=$work/target" >"$work/$name.log" 2>"$work/$name.err") \
        || { echo "$name import failed; see below" >&2; tail -20 "$work/$name.err" "$work/$name.log" >&2; exit 1; }
    end=$(date +%s.%N)
    local report rss
    report=$(grep '^Imported ' "$work/$name.log" | sed 's/^Imported [^:]*: //')
    rss=$(awk -F': ' '/Maximum resident set size/ {printf "%.0f", $2/1024}' "$work/$name.time")
    python3 -c "
seconds = $end - $start
print(f'$name import: {$services} records in {seconds:.1f} s = {$services / seconds:,.0f} records/s; peak RSS {$rss} MB')"
    echo "    $report"
}

run_import first
run_import second
echo "(times are wall clock for the whole verb: process start, migrations on the first run, reading, mapping, writing)"
