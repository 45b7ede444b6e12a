#!/usr/bin/env bash
# The project's single test command. Installs what is missing, starts throwaway
# Redis and PostgreSQL servers on free loopback ports, runs every test project
# in Directory.sln, then the store-backed test projects again on PostgreSQL
# (SIGNPOST_TEST_PROVIDER=Postgres), and prints, as the very last line:
#   Tests: N passed, M failed[, K skipped]
# Exits non-zero if the build or any test failed, or if no test ran.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")"

export DOTNET_CLI_TELEMETRY_OPTOUT=1
export DOTNET_NOLOGO=1
export DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

PG_BIN=/usr/lib/postgresql/15/bin

log() { printf '[test.sh] %s\n' "$*" >&2; }

as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

# ---------------------------------------------------------------- installs
missing=()
[ -x /usr/bin/chromium ] || missing+=(chromium)
command -v redis-server >/dev/null 2>&1 || missing+=(redis-server)
{ [ -x "$PG_BIN/initdb" ] && [ -x "$PG_BIN/pg_ctl" ]; } || missing+=(postgresql)
if [ "${#missing[@]}" -gt 0 ]; then
  log "installing missing packages: ${missing[*]}"
  as_root apt-get update </dev/null
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y "${missing[@]}" </dev/null
fi

# ---------------------------------------------------------------- temp area + cleanup
TMP_ROOT="$(mktemp -d "${TMPDIR:-/tmp}/signpost-test.XXXXXX")"
chmod 755 "$TMP_ROOT"
REDIS_PID=""
PG_DATA=""
PG_STARTED=0

run_as_postgres() {
  # initdb/pg_ctl refuse to run as root; cd first so postgres is not left in
  # a cwd it cannot read (e.g. /root).
  if [ "$(id -u)" -eq 0 ]; then
    (cd "$TMP_ROOT" && runuser -u postgres -- "$@")
  else
    (cd "$TMP_ROOT" && "$@")
  fi
}

cleanup() {
  local rc=$?
  # Silent on purpose: nothing may be printed after the totals line.
  {
    if [ "$PG_STARTED" -eq 1 ]; then
      run_as_postgres "$PG_BIN/pg_ctl" -D "$PG_DATA" -m fast -w -t 30 stop || true
    fi
    if [ -n "$REDIS_PID" ] && kill -0 "$REDIS_PID" 2>/dev/null; then
      kill "$REDIS_PID" || true
      wait "$REDIS_PID" || true
    fi
    rm -rf "$TMP_ROOT"
  } >/dev/null 2>&1
  exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM
trap 'exit 129' HUP

# ---------------------------------------------------------------- free ports
port_in_use() {
  # A successful connect means something is already listening.
  (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}

free_port() {
  local p
  if command -v python3 >/dev/null 2>&1; then
    p="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')"
    if ! port_in_use "$p"; then echo "$p"; return 0; fi
  fi
  for _ in $(seq 1 200); do
    p=$(( 20000 + RANDOM % 40000 ))
    if ! port_in_use "$p"; then echo "$p"; return 0; fi
  done
  log "no free loopback port found"
  return 1
}

wait_until() {
  # wait_until SECONDS DESCRIPTION COMMAND...
  local secs=$1 what=$2; shift 2
  local i
  for ((i = 0; i < secs * 5; i++)); do
    if "$@" >/dev/null 2>&1; then return 0; fi
    sleep 0.2
  done
  log "$what did not become ready within ${secs}s"
  return 1
}

# ---------------------------------------------------------------- redis
REDIS_PORT="$(free_port)"
REDIS_DIR="$TMP_ROOT/redis"
mkdir -p "$REDIS_DIR"
redis-server --save '' --appendonly no --port "$REDIS_PORT" --bind 127.0.0.1 \
  --daemonize no --dir "$REDIS_DIR" >"$REDIS_DIR/redis.log" 2>&1 </dev/null &
REDIS_PID=$!

redis_ping() {
  if command -v redis-cli >/dev/null 2>&1; then
    [ "$(redis-cli -h 127.0.0.1 -p "$REDIS_PORT" ping 2>/dev/null)" = "PONG" ]
  else
    local reply
    exec 4<>"/dev/tcp/127.0.0.1/$REDIS_PORT" || return 1
    printf 'PING\r\n' >&4
    read -r -t 2 reply <&4 || true
    exec 4<&- 4>&-
    [ "${reply%$'\r'}" = "+PONG" ]
  fi
}
if ! wait_until 30 "redis-server" redis_ping; then
  cat "$REDIS_DIR/redis.log" >&2 || true
  exit 1
fi
log "redis-server on 127.0.0.1:$REDIS_PORT"

# ---------------------------------------------------------------- postgresql 15
PG_PORT="$(free_port)"
PG_ROOT="$TMP_ROOT/pg"
PG_DATA="$PG_ROOT/data"
PG_PASSWORD="signpost-$(date +%s)-$RANDOM"
mkdir -p "$PG_ROOT"
printf '%s\n' "$PG_PASSWORD" >"$PG_ROOT/pwfile"
if [ "$(id -u)" -eq 0 ]; then chown -R postgres:postgres "$PG_ROOT"; fi
chmod 700 "$PG_ROOT"

# Password auth over TCP (what the tests use); trust on the private socket so
# this script can create the database without a password prompt.
run_as_postgres "$PG_BIN/initdb" -D "$PG_DATA" -U postgres --pwfile="$PG_ROOT/pwfile" \
  --auth-host=scram-sha-256 --auth-local=trust --encoding=UTF8 --locale=C.UTF-8 \
  >"$PG_ROOT/initdb.log" 2>&1 || { cat "$PG_ROOT/initdb.log" >&2; exit 1; }

if ! run_as_postgres "$PG_BIN/pg_ctl" -D "$PG_DATA" -l "$PG_ROOT/server.log" \
  -o "-p $PG_PORT -k $PG_ROOT -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300" \
  -w -t 60 start >/dev/null; then
  cat "$PG_ROOT/server.log" >&2 || true
  exit 1
fi
PG_STARTED=1
wait_until 30 "postgresql" "$PG_BIN/pg_isready" -q -h 127.0.0.1 -p "$PG_PORT"
run_as_postgres "$PG_BIN/createdb" -h "$PG_ROOT" -p "$PG_PORT" -U postgres signpost_test
log "postgresql 15 on 127.0.0.1:$PG_PORT (database signpost_test)"

export SIGNPOST_TEST_REDIS="127.0.0.1:$REDIS_PORT"
export SIGNPOST_TEST_POSTGRES="Host=127.0.0.1;Port=$PG_PORT;Database=signpost_test;Username=postgres;Password=$PG_PASSWORD"

# ---------------------------------------------------------------- tests
# Each test project writes its TRX file into its own TestResults folder under
# a name unique to this run. One shared --results-directory would need
# timestamped names, and two projects finishing in the same instant can then
# pick the same file name and one overwrites the other.
RUN_ID="$(date +%Y%m%d%H%M%S)-$$"
TRX_NAME="signpost-test-$RUN_ID.trx"
RESULTS_DIR="${SIGNPOST_TEST_RESULTS_DIR:-$TMP_ROOT/results}"
mkdir -p "$RESULTS_DIR"
rm -f "$RESULTS_DIR"/*.trx # a kept results folder must only count this run
TEST_LOG="$RESULTS_DIR/dotnet-test.log"

# Gather this run's TRX files out of the source tree, as <Project><suffix>.trx.
gather_trx() {
  local name=$1 suffix=$2 trx project_dir
  while IFS= read -r -d '' trx; do
    project_dir="$(dirname "$(dirname "$trx")")"
    mv -f "$trx" "$RESULTS_DIR/$(basename "$project_dir")$suffix.trx"
    rmdir "$(dirname "$trx")" 2>/dev/null || true
  done < <(find src tests -path '*/node_modules' -prune -o -path "*/TestResults/$name" -print0)
}

set +e
dotnet test Directory.sln \
  --logger "trx;LogFileName=$TRX_NAME" \
  --logger "console;verbosity=normal" </dev/null 2>&1 | tee "$TEST_LOG"
TEST_RC=${PIPESTATUS[0]}
set -e
gather_trx "$TRX_NAME" ""

# The store-backed projects again, on PostgreSQL: every fixture gets its own database
# on the server above (issue 7: every test that runs on SQLite also runs on PostgreSQL).
# Core.Tests and Search.Tests are not here because they never touch the store: Core has
# no data access, and the SQLite in Search.Tests is the node's own search index, which is
# SQLite whichever store the site uses.
PG_TRX_NAME="signpost-test-$RUN_ID-postgres.trx"
PG_PROJECTS=(tests/Signpost.Data.Tests/Signpost.Data.Tests.csproj tests/Signpost.Web.Tests/Signpost.Web.Tests.csproj tests/Signpost.E2E/Signpost.E2E.csproj)
PG_RC=0
for project in "${PG_PROJECTS[@]}"; do
  log "running $(basename "$project" .csproj) on PostgreSQL"
  set +e
  SIGNPOST_TEST_PROVIDER=Postgres dotnet test "$project" --no-build \
    --logger "trx;LogFileName=$PG_TRX_NAME" \
    --logger "console;verbosity=normal" </dev/null 2>&1 | tee -a "$TEST_LOG"
  rc=${PIPESTATUS[0]}
  set -e
  [ "$rc" -eq 0 ] || PG_RC=$rc
done
gather_trx "$PG_TRX_NAME" ".postgres"

# Sum the <Counters .../> element of every TRX file. xunit's skipped tests are
# counted in total but not in executed (notExecuted stays 0), so
# skipped = total - executed; error, timeout and aborted outcomes are failures.
attr() { grep -o " $1=\"[0-9]*\"" <<<"$2" | head -n1 | grep -o '[0-9][0-9]*' || echo 0; }
passed=0 failed=0 skipped=0 files=0
for trx in "$RESULTS_DIR"/*.trx; do
  [ -f "$trx" ] || continue
  files=$((files + 1))
  counters="$(grep -o '<Counters [^>]*>' "$trx" | head -n1 || true)"
  [ -n "$counters" ] || continue
  passed=$((passed + $(attr passed "$counters")))
  failed=$((failed + $(attr failed "$counters") + $(attr error "$counters") + $(attr timeout "$counters") + $(attr aborted "$counters")))
  not_run=$(( $(attr total "$counters") - $(attr executed "$counters") ))
  if [ "$not_run" -gt 0 ]; then skipped=$((skipped + not_run)); fi
done

status=0
if [ "$TEST_RC" -ne 0 ]; then
  echo "dotnet test exited with code $TEST_RC"
  status=1
fi
if [ "$PG_RC" -ne 0 ]; then
  echo "dotnet test on PostgreSQL exited with code $PG_RC"
  status=1
fi
if [ "$files" -eq 0 ]; then
  echo "no TRX result files were written"
  status=1
fi
if [ $((passed + failed)) -eq 0 ]; then
  echo "no tests ran"
  status=1
fi
[ "$failed" -eq 0 ] || status=1

summary="Tests: $passed passed, $failed failed"
if [ "$skipped" -gt 0 ]; then summary="$summary, $skipped skipped"; fi
echo "$summary"
exit "$status"
