#!/usr/bin/env bash
# Bounded loopback load on GET /api/search of an already running Signpost site, with the bench-ref query mix.
# Usage: bench/http-load.sh http://127.0.0.1:PORT [connections=16] [seconds=60]
# (The full run, which writes the store and starts/stops the site itself, is:
#    dotnet run -c Release --project bench/Signpost.Bench -- --n 50000)
set -euo pipefail
url="${1:?usage: $0 http://127.0.0.1:PORT [connections] [seconds]}"
connections="${2:-16}"
seconds="${3:-60}"
case "$url" in
  http://127.0.0.1:*|http://localhost:*|http://\[::1\]:*) ;;
  *) echo "refusing: loopback URLs only" >&2; exit 2 ;;
esac
here="$(cd "$(dirname "$0")" && pwd)"
exec timeout $((seconds + 300)) dotnet run -c Release --project "$here/Signpost.Bench" -- http --url "$url" \
  --connections "$connections" --seconds "$seconds" --out "$here/results"
