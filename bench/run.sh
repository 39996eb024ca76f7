#!/usr/bin/env bash
# Mothra's benchmark (docs/performance.md has the results and how to read
# them). Builds the release binary, loads `mothra demo --scale 1` into a
# fresh database, serves it, and measures with wrk on loopback (2 threads,
# 16 connections, token auth): the products page (250 rows), organizations,
# usages page 10, one product, domains; pgbench runs the products page's
# own SQL with the same clients for comparison. Then start-up time, peak
# RSS, and at scale 20 the filtered and searched lists against scale 1,
# with EXPLAIN (ANALYZE) of the main list queries.
#
# Needs: PostgreSQL on 127.0.0.1:5432 (user postgres, trust) or BENCH_PG,
# wrk, pgbench, psql, python3, and read access to the PostgreSQL log
# (BENCH_PG_LOG) to capture the SQL the server sends. Results go to
# target/bench/ (summary.md and the raw outputs).
#
#   bench/run.sh            everything (about 10 minutes on 2 cores)
#   BENCH_SKIP_SCALE20=1 bench/run.sh      scale 1 only
#   BENCH_SKIP_BUILD=1 bench/run.sh        use the release binary as built
set -euo pipefail
cd "$(dirname "$0")/.."

PG=${BENCH_PG:-postgres://postgres@127.0.0.1:5432}
PG_LOG=${BENCH_PG_LOG:-$(ls -t /var/log/postgresql/postgresql-*-main.log 2>/dev/null | head -n 1 || true)}
PORT=${BENCH_PORT:-18181}
DURATION=${BENCH_DURATION:-10}
OUT=target/bench
BIN=target/release/mothra
export SECRET_KEY=bench-secret-key-bench-secret-key-0123456789
export PUBLIC_URL=http://127.0.0.1:8080
export RUST_LOG=warn PORT
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

log "release build"
if [ "${BENCH_SKIP_BUILD:-0}" != 1 ]; then
  cargo build --release
fi
ls -l "$BIN" >&2

log "start-up: spawn to /readyz 200"
cold=()
for i in 1 2 3 4 5; do
  fresh_db mothra_bench_start
  cold+=("$(python3 bench/bench.py startup "$BIN" "$PG/mothra_bench_start" "$PORT" 1 | cut -d' ' -f1)")
done
warm=$(python3 bench/bench.py startup "$BIN" "$PG/mothra_bench_start" "$PORT" 5)
cold_median=$(printf '%s\n' "${cold[@]}" | sort -n | sed -n 3p)
note ""
note "start-up, empty database (applies every migration): median ${cold_median} ms (${cold[*]})"
note "start-up, migrated database: median ${warm%% *} ms (${warm#* })"

log "scale 1 data"
fresh_db mothra_bench
DATABASE_URL=$PG/mothra_bench "$BIN" demo --scale 1 | tee "$OUT/demo-1.txt" >&2
BENCH_TOKEN=$(python3 bench/bench.py token "$PG/mothra_bench" "$SECRET_KEY")
export BENCH_TOKEN
product=$(q mothra_bench "select product_id from usages group by 1 order by count(*) desc, 1 limit 1")
domain=$(q mothra_bench "select id from domains where name = 'Assessment'")
charter=$(q mothra_bench "select id from org_types where name like 'Charter%'")

# The filtered and searched lists compared across scales.
declare -A LISTS=(
  [products]="/api/products/"
  [usages-page-10]="/api/usages/?page=10"
  [products-search]="/api/products/?search=math%20pro"
  [products-by-org-type]="/api/products/?usages__organization__org_type=$charter"
  [usages-filtered]="/api/usages/?product__domain=$domain&rating__gte=4"
  [usages-search]="/api/usages/?search=rostering"
  [organizations-search]="/api/organizations/?search=spring"
)

if [ -n "$PG_LOG" ] && [ -r "$PG_LOG" ]; then
  log "capturing the products page's SQL for pgbench"
  capture_start mothra_bench
  get "/api/products/"
  capture_end mothra_bench
  statement mothra_bench "json_agg(s.j)" "from products t0" >"$OUT/products-page.sql"
else
  echo "no readable PostgreSQL log (BENCH_PG_LOG): pgbench is skipped" >&2
fi

log "wrk, scale 1"
start_server mothra_bench
note ""
note "| endpoint | req/s | p99 ms |"
note "|---|---:|---:|"
declare -A ENDPOINTS=(
  [1-products]="/api/products/"
  [2-organizations]="/api/organizations/"
  [3-usages-page-10]="/api/usages/?page=10"
  [4-product]="/api/products/$product/"
  [5-domains]="/api/domains/"
  [6-product-stats]="/api/products/$product/stats/"
  [7-healthz]="/healthz"
)
for name in $(printf '%s\n' "${!ENDPOINTS[@]}" | sort); do
  get "${ENDPOINTS[$name]}" # warm the connection pool and caches
  # (/healthz, no database and no credentials needed, is the HTTP ceiling)
  read -r rps p99 < <(run_wrk "$name" "${ENDPOINTS[$name]}")
  note "| GET ${ENDPOINTS[$name]} | $rps | $p99 |"
done
for name in $(printf '%s\n' "${!LISTS[@]}" | sort); do
  read -r rps p99 < <(run_wrk "s1-$name" "${LISTS[$name]}" 5)
  echo "$name $rps $p99" >>"$OUT/lists-1.txt"
done
rss=$(awk '/VmHWM/ {print $2}' "/proc/$SERVER/status")
note ""
note "peak RSS (VmHWM) after the runs: $((rss / 1024)) MiB"
stop_server

if [ -s "$OUT/products-page.sql" ]; then
  log "pgbench: the products page's SQL, 16 clients, 2 threads"
  # pgbench would read the `:MI:SS` of to_char's format as variables, so
  # the statement runs inside a PL/pgSQL function: its plan is cached per
  # connection, as the server's prepared statement is.
  {
    echo 'create or replace function bench_products_page() returns table (count bigint, page text)'
    echo 'language plpgsql as $bench$ begin return query'
    sed 's/;$//' "$OUT/products-page.sql"
    echo '; end $bench$;'
  } | psql "$PG/mothra_bench" -q
  echo 'select * from bench_products_page();' >"$OUT/pgbench-products-page.sql"
  pgbench -n -c 16 -j 2 -T "$DURATION" -M prepared -f "$OUT/pgbench-products-page.sql" \
    "$PG/mothra_bench" >"$OUT/pgbench.txt" 2>&1
  tps=$(awk '/^tps/ {printf "%.0f", $3}' "$OUT/pgbench.txt")
  lat=$(awk '/^latency average/ {print $4}' "$OUT/pgbench.txt")
  note "pgbench, products page SQL: $tps tps (average latency $lat ms)"
fi

if [ "${BENCH_SKIP_SCALE20:-0}" = 1 ]; then
  exit 0
fi

log "scale 20 data"
fresh_db mothra_bench20
start=$(date +%s)
DATABASE_URL=$PG/mothra_bench20 "$BIN" demo --scale 20 | tee "$OUT/demo-20.txt" >&2
note ""
note "mothra demo --scale 20: $(($(date +%s) - start)) s"
BENCH_TOKEN=$(python3 bench/bench.py token "$PG/mothra_bench20" "$SECRET_KEY")
export BENCH_TOKEN
domain=$(q mothra_bench20 "select id from domains where name = 'Assessment'")
charter=$(q mothra_bench20 "select id from org_types where name like 'Charter%'")
LISTS[products-by-org-type]="/api/products/?usages__organization__org_type=$charter"
LISTS[usages-filtered]="/api/usages/?product__domain=$domain&rating__gte=4"

if [ -n "$PG_LOG" ] && [ -r "$PG_LOG" ]; then
  log "EXPLAIN (ANALYZE) of the list queries at scale 20"
  capture_start mothra_bench20
  for name in "${!LISTS[@]}"; do get "${LISTS[$name]}"; done
  capture_end mothra_bench20
  : >"$OUT/explain-20.txt"
  for needle in "from products t0" "from usages t0" "from organizations t0"; do
    python3 bench/bench.py capture "$PG_LOG" "$OFFSET" mothra_bench20 "json_agg(s.j)" "$needle" --all |
      while IFS= read -r sql; do
        { echo "-- $needle"; echo "$sql"; psql "$PG/mothra_bench20" -qAtc "explain (analyze, buffers) $sql"; echo; } >>"$OUT/explain-20.txt"
      done
  done
  seq=$(grep -cE 'Seq Scan on (usages|products)' "$OUT/explain-20.txt" || true)
  note "EXPLAIN (ANALYZE) at scale 20: $seq sequential scan(s) on usages/products (target/bench/explain-20.txt)"
fi

log "wrk, scale 20"
start_server mothra_bench20
note ""
note "| list | scale 1 req/s | scale 1 p99 ms | scale 20 req/s | scale 20 p99 ms |"
note "|---|---:|---:|---:|---:|"
for name in $(printf '%s\n' "${!LISTS[@]}" | sort); do
  get "${LISTS[$name]}"
  read -r rps p99 < <(run_wrk "s20-$name" "${LISTS[$name]}" 5)
  read -r _ rps1 p991 < <(grep "^$name " "$OUT/lists-1.txt" || echo "$name - -")
  note "| GET ${LISTS[$name]} | $rps1 | $p991 | $rps | $p99 |"
done
stop_server
log "done: $SUMMARY"
