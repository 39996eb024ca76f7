#!/usr/bin/env bash
# Mothra's benchmark (docs/performance.md has the results and how to read
# them). Builds the release binary, loads `mothra demo --scale 1` into a
# fresh database, serves it, and measures with wrk on loopback (2 threads,
# 16 connections, token auth): the products page (250 rows), organizations,
# usages page 10, one product, domains, a product's stats; pgbench runs
# each one's own SQL (every statement the server sends for it, captured
# from the PostgreSQL log) with the same clients for comparison, and
# /healthz gives the HTTP ceiling. Then start-up time, peak RSS, bytes per
# page, and at scale 20 the filtered and searched lists against scale 1,
# with EXPLAIN (ANALYZE, BUFFERS) of every list statement. It ends with ONE
# table: every target of issue 10, measured, met or missed.
#
# Needs: PostgreSQL on 127.0.0.1:5432 (user postgres, trust) or BENCH_PG,
# wrk, pgbench, psql, python3, and read access to the PostgreSQL log
# (BENCH_PG_LOG) to capture the SQL the server sends. Results go to
# target/bench/ (summary.md and the raw outputs).
#
#   bench/run.sh            everything (about 10 minutes on 2 cores)
#   BENCH_SKIP_SCALE20=1 bench/run.sh      scale 1 only
#   BENCH_SKIP_BUILD=1 bench/run.sh        use the release binary as built
#   BENCH_REUSE_SCALE20=1 bench/run.sh     keep the scale-20 database an earlier
#                                          run loaded (saves about 8 minutes)
#   BENCH_BIN=target/debug/mothra BENCH_SKIP_BUILD=1 BENCH_DURATION=2 bench/run.sh
#                                          a quick run of the script itself
#                                          (a debug build's figures mean nothing)
set -euo pipefail
cd "$(dirname "$0")/.."

PG=${BENCH_PG:-postgres://postgres@127.0.0.1:5432}
PG_LOG=${BENCH_PG_LOG:-$(ls -t /var/log/postgresql/postgresql-*-main.log 2>/dev/null | head -n 1 || true)}
PORT=${BENCH_PORT:-18181}
DB=${BENCH_DB:-mothra_bench} # and ${DB}20, ${DB}_start: dropped and made anew
DURATION=${BENCH_DURATION:-10}
# Each endpoint and each pgbench statement is measured REPEAT times after a
# discarded warm-up run; the table gives the median and the runs beside it,
# so one noisy run does not decide a target.
REPEAT=${BENCH_REPEAT:-3}
WARMUP=${BENCH_WARMUP:-3}
LIST_DURATION=$((DURATION < 5 ? DURATION : 5))
OUT=target/bench
BIN=${BENCH_BIN:-target/release/mothra}
export SECRET_KEY=bench-secret-key-bench-secret-key-0123456789
export PUBLIC_URL=http://127.0.0.1:8080
export RUST_LOG=warn PORT
# The server's session settings (src/db/target.rs), so that pgbench and
# EXPLAIN plan and run the statements as the server's connections do.
export PGOPTIONS="-c jit=off -c random_page_cost=1.1"
mkdir -p "$OUT"
SUMMARY=$OUT/summary.md
: > "$SUMMARY"
: > "$OUT/lists-1.txt"

log() { printf '\n== %s\n' "$*" >&2; }
note() { printf '%s\n' "$*" | tee -a "$SUMMARY"; }
fresh_db() {
  psql "$PG/postgres" -qc "drop database if exists $1 with (force)" -c "create database $1" >/dev/null
}
q() { psql "$PG/$1" -qAtc "$2"; }
# median N... -> the median (whole above 100, else one decimal) ("-" when none is a number)
median() { python3 -c 'import statistics, sys
xs = [float(x) for x in sys.argv[1:] if x.replace(".", "", 1).isdigit()]
m = statistics.median(xs) if xs else None
print("-" if m is None else round(m) if m >= 100 else round(m, 1))' "$@"; }

SERVER=
start_server() { # db
  DATABASE_URL=$PG/$1 "$BIN" serve >"$OUT/server-$1.log" 2>&1 &
  SERVER=$!
  for _ in $(seq 1 300); do
    curl -fs "http://127.0.0.1:$PORT/readyz" >/dev/null 2>&1 && return 0
    sleep 0.05
  done
  echo "the server did not become ready; see $OUT/server-$1.log" >&2
  exit 1
}
stop_server() {
  if [ -n "$SERVER" ]; then
    kill "$SERVER" 2>/dev/null || true
    wait "$SERVER" 2>/dev/null || true
    SERVER=
  fi
}
trap stop_server EXIT

get() { curl -fs -o /dev/null -H "Authorization: Token $BENCH_TOKEN" "http://127.0.0.1:$PORT$1"; }

# wrk NAME PATH [SECONDS] -> "req/s p99_ms"
run_wrk() {
  wrk -t2 -c16 -d"${3:-$DURATION}s" --timeout 10s --latency -s bench/auth.lua \
    "http://127.0.0.1:$PORT$2" >"$OUT/wrk-$1.txt"
  python3 bench/bench.py wrk "$OUT/wrk-$1.txt"
}

# Statements the server sends for PATHS, captured from the PostgreSQL log
# (log_min_duration_statement = 0 on this database while a separate server
# instance answers each path once).
capture_start() { # db
  q postgres "alter database $1 set log_min_duration_statement = 0"
  OFFSET=$(stat -c %s "$PG_LOG")
  start_server "$1"
}
capture_end() { # db
  stop_server
  q postgres "alter database $1 reset log_min_duration_statement"
}
statement() { # db needle... -> SQL with parameters inlined
  local db=$1
  shift
  python3 bench/bench.py capture "$PG_LOG" "$OFFSET" "$db" "$@"
}

cores=$(nproc)
cpu=$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//')
mem=$(awk '/MemTotal/ {printf "%.1f GiB", $2 / 1048576}' /proc/meminfo)
note "# Benchmark run $(date -u +%Y-%m-%dT%H:%MZ)"
note ""
note "machine: $cores cores, $cpu, $mem; $(psql --version | head -n 1); PostgreSQL server $(q postgres 'show server_version')"
note "commit: $(git rev-parse --short HEAD)$(git diff --quiet HEAD -- src migrations || echo ' (with local changes)')"
note "load average at the start: $(cut -d' ' -f1-3 /proc/loadavg)"

# The final table: one row per target (what, measured, goal, verdict).
TARGETS=$OUT/targets.md
: >"$TARGETS"
target() { printf '| %s | %s | %s | %s |\n' "$1" "$2" "$3" "$4" >>"$TARGETS"; }
verdict() { python3 bench/bench.py verdict "$@"; }
ratio() { python3 -c "import sys; a, b = sys.argv[1:]; print('-' if '-' in (a, b) or float(b) == 0 else f'{100 * float(a) / float(b):.0f}')" "$1" "$2"; }

log "release build"
if [ "${BENCH_SKIP_BUILD:-0}" != 1 ]; then
  cargo build --release
fi
ls -l "$BIN" >&2

log "start-up: spawn to /readyz 200"
cold=()
for i in 1 2 3 4 5; do
  fresh_db ${DB}_start
  cold+=("$(python3 bench/bench.py startup "$BIN" "$PG/${DB}_start" "$PORT" 1 | cut -d' ' -f1)")
done
warm=$(python3 bench/bench.py startup "$BIN" "$PG/${DB}_start" "$PORT" 5)
cold_median=$(printf '%s\n' "${cold[@]}" | sort -n | sed -n 3p)
note ""
note "start-up, empty database (applies every migration): median ${cold_median} ms (${cold[*]})"
note "start-up, migrated database: median ${warm%% *} ms (${warm#* })"
target "start-up to ready, migrated database" "${warm%% *} ms" "< 100 ms" "$(verdict "${warm%% *}" '<' 100)"

log "scale 1 data"
fresh_db $DB
DATABASE_URL=$PG/$DB "$BIN" demo --scale 1 | tee "$OUT/demo-1.txt" >&2
BENCH_TOKEN=$(python3 bench/bench.py token "$PG/$DB" "$SECRET_KEY")
export BENCH_TOKEN
product=$(q $DB "select product_id from usages group by 1 order by count(*) desc, 1 limit 1")
domain=$(q $DB "select id from domains where name = 'Assessment'")
charter=$(q $DB "select id from org_types where name like 'Charter%'")

# The endpoints of the throughput targets (req/s), in the table's order;
# /healthz (no database, no credentials) is the HTTP ceiling.
ENDPOINT_NAMES=(product domains products organizations usages-page-10 product-stats)
declare -A ENDPOINTS=(
  [product]="/api/products/$product/"
  [domains]="/api/domains/"
  [products]="/api/products/"
  [organizations]="/api/organizations/"
  [usages-page-10]="/api/usages/?page=10"
  [product-stats]="/api/products/$product/stats/"
  [healthz]="/healthz"
)
declare -A GOAL=(
  [product]=10000 [domains]=10000 [products]=2500 [organizations]=1500
  [usages-page-10]=1500 [product-stats]=2000
)

# The filtered and searched lists compared across scales. The last two
# need the per-product figures (issue 10, item 1): a 400 from a server
# without them is reported as skipped.
LIST_NAMES=(products usages-page-10 organizations-search products-by-org-type products-search
  usages-filtered usages-search usages-newest products-by-nps products-nps-50)
lists_for() { # charter domain
  declare -gA LISTS=(
    [products]="/api/products/"
    [usages-page-10]="/api/usages/?page=10"
    [organizations-search]="/api/organizations/?search=spring"
    [products-by-org-type]="/api/products/?usages__organization__org_type=$1"
    [products-search]="/api/products/?search=math%20pro"
    [usages-filtered]="/api/usages/?product__domain=$2&rating__gte=4"
    [usages-search]="/api/usages/?search=rostering"
    [usages-newest]="/api/usages/?ordering=-created_at"
    [products-by-nps]="/api/products/?ordering=-nps"
    [products-nps-50]="/api/products/?nps__gte=50"
  )
}
lists_for "$charter" "$domain"
status() { curl -s -o /dev/null -w '%{http_code}' -H "Authorization: Token $BENCH_TOKEN" "http://127.0.0.1:$PORT$1"; }
run_lists() { # scale: "name req/s p99" per list into lists-SCALE.txt ("skipped HTTP-400" for one refused)
  : >"$OUT/lists-$1.txt"
  for name in "${LIST_NAMES[@]}"; do
    code=$(status "${LISTS[$name]}")
    if [ "$code" != 200 ]; then
      echo "$name skipped HTTP-$code" >>"$OUT/lists-$1.txt"
      continue
    fi
    read -r rps p99 < <(run_wrk "s$1-$name" "${LISTS[$name]}" "$LIST_DURATION")
    echo "$name $rps $p99" >>"$OUT/lists-$1.txt"
  done
}

PGBENCH=0
if [ -n "$PG_LOG" ] && [ -r "$PG_LOG" ]; then
  PGBENCH=1
  log "capturing each endpoint's SQL for pgbench"
  capture_start $DB
  for name in "${ENDPOINT_NAMES[@]}"; do
    get "${ENDPOINTS[$name]}" # the pool's connections are set up once
    sleep 0.2                 # (the log is written asynchronously)
    OFFSET=$(stat -c %s "$PG_LOG")
    get "${ENDPOINTS[$name]}"
    sleep 0.2
    python3 bench/bench.py statements "$PG_LOG" "$OFFSET" $DB >"$OUT/sql-$name.sql"
  done
  capture_end $DB
else
  echo "no readable PostgreSQL log (BENCH_PG_LOG): pgbench is skipped" >&2
fi

log "wrk, scale 1 (a ${WARMUP}s warm-up, then the median of $REPEAT runs)"
start_server $DB
declare -A RPS P99 RUNS
for name in "${ENDPOINT_NAMES[@]}" healthz; do
  get "${ENDPOINTS[$name]}" # warm the connection pool and caches
  run_wrk "$name-warmup" "${ENDPOINTS[$name]}" "$WARMUP" >/dev/null
  rates=() p99s=()
  for i in $(seq 1 "$REPEAT"); do
    read -r rps p99 < <(run_wrk "$name-$i" "${ENDPOINTS[$name]}")
    rates+=("$rps") p99s+=("$p99")
  done
  RPS[$name]=$(median "${rates[@]}") P99[$name]=$(median "${p99s[@]}")
  RUNS[$name]=$(IFS=/; echo "${rates[*]}")
done

log "bytes per page"
declare -A BYTES
for name in products organizations usages-page-10; do
  BYTES[$name]=$(curl -fs -H "Authorization: Token $BENCH_TOKEN" "http://127.0.0.1:$PORT${ENDPOINTS[$name]}" | wc -c)
done
brotli=$(curl -fs -H "Authorization: Token $BENCH_TOKEN" -H 'Accept-Encoding: br' "http://127.0.0.1:$PORT${ENDPOINTS[products]}" | wc -c)
note ""
note "bytes per page (scale 1, no compression): products ${BYTES[products]} (with Accept-Encoding: br, $brotli), organizations ${BYTES[organizations]}, usages page 10 ${BYTES[usages-page-10]}"

log "lists, scale 1"
run_lists 1
rss=$(awk '/VmHWM/ {print $2}' "/proc/$SERVER/status")
stop_server

declare -A TPS
if [ "$PGBENCH" = 1 ]; then
  log "pgbench: each endpoint's SQL, 16 clients, 2 threads"
  for name in "${ENDPOINT_NAMES[@]}"; do
    fn="bench_${name//-/_}"
    python3 bench/bench.py pgbench_function "$fn" "$OUT/sql-$name.sql" | psql "$PG/$DB" -q
    echo "select $fn();" >"$OUT/pgbench-$name.sql"
    rates=()
    for i in $(seq 1 "$REPEAT"); do
      pgbench -n -c 16 -j 2 -T "$DURATION" -M prepared -f "$OUT/pgbench-$name.sql" \
        "$PG/$DB" >"$OUT/pgbench-$name-$i.txt" 2>&1 || true
      rates+=("$(awk '/^tps/ {printf "%.0f", $3}' "$OUT/pgbench-$name-$i.txt")")
    done
    TPS[$name]=$(median "${rates[@]}")
  done
fi

note ""
note "| endpoint (scale 1) | req/s (median) | runs | p99 ms | pgbench tps, same SQL | % of pgbench | % of /healthz |"
note "|---|---:|---|---:|---:|---:|---:|"
for name in "${ENDPOINT_NAMES[@]}" healthz; do
  tps=${TPS[$name]:--}
  note "| GET ${ENDPOINTS[$name]} | ${RPS[$name]} | ${RUNS[$name]} | ${P99[$name]} | $tps | $(ratio "${RPS[$name]}" "$tps") | $(ratio "${RPS[$name]}" "${RPS[healthz]}") |"
done
for name in "${ENDPOINT_NAMES[@]}"; do
  path=${ENDPOINTS[$name]}
  target "GET $path req/s" "${RPS[$name]}" "≥ ${GOAL[$name]}" "$(verdict "${RPS[$name]}" '>=' "${GOAL[$name]}")"
  target "GET $path p99" "${P99[$name]} ms" "< 25 ms" "$(verdict "${P99[$name]}" '<' 25)"
  share=$(ratio "${RPS[$name]}" "${TPS[$name]:--}")
  if [ "$share" = - ]; then
    target "GET $path against pgbench, same SQL" "-" "≥ 50 %" "skipped (no PostgreSQL log)"
  else
    target "GET $path against pgbench, same SQL" "$share % (${TPS[$name]} tps)" "≥ 50 %" "$(verdict "$share" '>=' 50)"
  fi
  target "GET $path against /healthz" "$(ratio "${RPS[$name]}" "${RPS[healthz]}") % (${RPS[healthz]} req/s)" "(printed)" "-"
done
note ""
note "peak RSS (VmHWM) after the scale-1 runs: $((rss / 1024)) MiB"

# Bytes per products page against the body of commit ea50734 (before lean
# JSON: 93,806 bytes; organizations 75,028, usages page 10 143,563) on the
# same `mothra demo --scale 1` data (deterministic but for the timestamps,
# whose width does not change).
BYTES_BEFORE=${BENCH_BYTES_BEFORE:-93806}
fewer=$(python3 -c "import sys; a, b = map(float, sys.argv[1:]); print(f'{100 * (1 - a / b):.0f}')" "${BYTES[products]}" "$BYTES_BEFORE")
target "bytes per products page (250 rows)" "${BYTES[products]} ($fewer % fewer than $BYTES_BEFORE)" "≥ 30 % fewer" "$(verdict "$fewer" '>=' 30)"

scale20_rows() { # the list rows of the final table, from lists-1.txt and lists-20.txt
  for name in "${LIST_NAMES[@]}"; do
    read -r _ rps1 p991 < <(grep "^$name " "$OUT/lists-1.txt" || echo "$name - -")
    read -r _ rps20 p9920 < <(grep "^$name " "$OUT/lists-20.txt" 2>/dev/null || echo "$name - -")
    what="scale 20 against scale 1: GET ${LISTS[$name]}"
    if [ "$rps1" = skipped ] || [ "$rps20" = skipped ]; then
      target "$what" "-" "within 2x" "skipped (refused: ${p991/HTTP-/HTTP } at scale 1, ${p9920/HTTP-/HTTP } at scale 20; needs the product figures)"
    elif [ "$rps20" = - ]; then
      target "$what" "scale 1 $rps1 req/s" "within 2x" "not run (BENCH_SKIP_SCALE20)"
    else
      # Latency under the same 16 connections goes as 1 / (req/s).
      slow=$(python3 -c "import sys; a, b = map(float, sys.argv[1:]); print(f'{a / b:.1f}' if b else 'inf')" "$rps1" "$rps20")
      target "$what" "${slow}x scale 1's latency ($rps1 → $rps20 req/s, p99 $p991 → $p9920 ms)" "≤ 2x" \
        "$(verdict "$slow" '<' 2.0001)"
    fi
  done
}

finish() {
  note ""
  note "load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
  note ""
  note "## Every target of issue 10"
  note ""
  note "| target | measured | goal | |"
  note "|---|---|---|---|"
  tee -a "$SUMMARY" <"$TARGETS"
  log "done: $SUMMARY"
}

if [ "${BENCH_SKIP_SCALE20:-0}" = 1 ]; then
  target "peak RSS under the whole benchmark" "$((rss / 1024)) MiB" "< 64 MB" "$(verdict $((rss * 1024 / 1000000)) '<' 64)"
  scale20_rows
  finish
  exit 0
fi

if [ "${BENCH_REUSE_SCALE20:-0}" = 1 ] && q postgres "select 1 from pg_database where datname = '${DB}20'" | grep -q 1; then
  # Loading takes about 8 minutes here; a second run on the same commit
  # may reuse the data (migrated by the server as it starts).
  note ""
  note "scale 20: the ${DB}20 database of an earlier run, reused (BENCH_REUSE_SCALE20=1)"
  DATABASE_URL=$PG/${DB}20 "$BIN" migrate >&2
else
  log "scale 20 data"
  fresh_db ${DB}20
  start=$(date +%s)
  DATABASE_URL=$PG/${DB}20 "$BIN" demo --scale 20 | tee "$OUT/demo-20.txt" >&2
  note ""
  note "mothra demo --scale 20: $(($(date +%s) - start)) s"
fi
BENCH_TOKEN=$(python3 bench/bench.py token "$PG/${DB}20" "$SECRET_KEY")
export BENCH_TOKEN
lists_for "$(q ${DB}20 "select id from org_types where name like 'Charter%'")" \
  "$(q ${DB}20 "select id from domains where name = 'Assessment'")"

if [ "$PGBENCH" = 1 ]; then
  log "EXPLAIN (ANALYZE, BUFFERS) of the list statements at scale 20"
  capture_start ${DB}20
  OFFSET=$(stat -c %s "$PG_LOG")
  for name in "${LIST_NAMES[@]}"; do get "${LISTS[$name]}" || true; done
  sleep 0.2
  capture_end ${DB}20
  : >"$OUT/explain-20.txt"
  # A list's page statement selects its count beside every record.
  python3 bench/bench.py capture "$PG_LOG" "$OFFSET" ${DB}20 " as count, " --all |
    while IFS= read -r sql; do
      { echo "-- $sql"; psql "$PG/${DB}20" -qAtc "explain (analyze, buffers) $sql"; echo; } >>"$OUT/explain-20.txt"
    done
  seq=$(grep -cE 'Seq Scan on (usages|products)' "$OUT/explain-20.txt" || true)
  note "EXPLAIN (ANALYZE) at scale 20: $seq sequential scan(s) on usages/products (target/bench/explain-20.txt)"
  target "sequential scans on usages or products, every list plan at scale 20" "$seq" "0" "$(verdict "$seq" '<' 1)"
else
  target "sequential scans on usages or products, every list plan at scale 20" "-" "0" "skipped (no PostgreSQL log)"
fi

log "wrk, scale 20"
start_server ${DB}20
run_lists 20
rss20=$(awk '/VmHWM/ {print $2}' "/proc/$SERVER/status")
stop_server
note ""
note "| list | scale 1 req/s | scale 1 p99 ms | scale 20 req/s | scale 20 p99 ms |"
note "|---|---:|---:|---:|---:|"
for name in "${LIST_NAMES[@]}"; do
  read -r _ rps1 p991 < <(grep "^$name " "$OUT/lists-1.txt" || echo "$name - -")
  read -r _ rps20 p9920 < <(grep "^$name " "$OUT/lists-20.txt" || echo "$name - -")
  note "| GET ${LISTS[$name]} | $rps1 | $p991 | $rps20 | $p9920 |"
done
scale20_rows
peak=$((rss > rss20 ? rss : rss20))
target "peak RSS under the whole benchmark" "$((peak / 1024)) MiB" "< 64 MB" "$(verdict $((peak * 1024 / 1000000)) '<' 64)"
finish
