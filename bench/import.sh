#!/usr/bin/env bash
# Times `mothra import` on a Django dump (docs/performance.md, "Importing a
# Django dump"). Loads `mothra demo --scale 1` into a database, writes it
# out as the Django original's `manage.py dumpdata` would (bench/django_dump.sql,
# same ids: about 46,000 objects, 14 MB), checks the document's shape against
# a real dump (bench/check_django_dump.py), then RUNS times: into a fresh,
# empty database each, `mothra import --dry-run FILE` and `mothra import FILE`
# under /usr/bin/time -v (wall time, peak RSS). Prints every run, the
# medians, and the machine; after each import the row counts are compared
# with the source database.
#
# Needs: PostgreSQL on 127.0.0.1:5432 (user postgres, trust) or BENCH_PG,
# psql, python3, GNU time (/usr/bin/time; Debian's `time` package). Results
# go to target/bench/ (import.md, the dump and each run's output).
#
#   bench/import.sh                 3 runs
#   bench/import.sh 5               5 runs (or BENCH_RUNS=5)
#   BENCH_REUSE_DEMO=1 bench/import.sh   keep the ${DB}_dj database an earlier
#                                   run loaded (and leave it for the next one)
#   BENCH_SCALE=20 bench/import.sh  a bigger dump (`mothra demo --scale 20`)
#   BENCH_DUMP=dump.json bench/import.sh time a given dump instead (the row
#                                   counts are then not compared)
#   BENCH_SKIP_BUILD=1 bench/import.sh   use the binary as it is
#   BENCH_BIN=target/debug/mothra BENCH_SKIP_BUILD=1 bench/import.sh 1
#                                   a quick run of the script itself (a debug
#                                   build's figures mean nothing)
set -euo pipefail
cd "$(dirname "$0")/.."

PG=${BENCH_PG:-postgres://postgres@127.0.0.1:5432}
DB=${BENCH_DB:-mothra_bench} # ${DB}_dj (the demo data) and ${DB}_import (each run's target)
SRC=${DB}_dj
DST=${DB}_import
RUNS=${1:-${BENCH_RUNS:-3}}
SCALE=${BENCH_SCALE:-1}
OUT=target/bench
BIN=${BENCH_BIN:-target/release/mothra}
DUMP=${BENCH_DUMP:-$OUT/django-dump-$SCALE.json}
export SECRET_KEY=bench-secret-key-bench-secret-key-0123456789
export PUBLIC_URL=http://127.0.0.1:8080
export RUST_LOG=warn
mkdir -p "$OUT"
SUMMARY=$OUT/import.md
: >"$SUMMARY"

log() { printf '\n== %s\n' "$*" >&2; }
note() { printf '%s\n' "$*" | tee -a "$SUMMARY"; }
q() { psql -X "$PG/$1" -qAtc "$2"; }
exists() { q postgres "select 1 from pg_database where datname = '$1'" | grep -q 1; }
fresh_db() {
  PGOPTIONS="-c client_min_messages=warning" psql -X "$PG/postgres" -qc "drop database if exists $1 with (force)" \
    -c "create database $1" >/dev/null
}
drop_db() { PGOPTIONS="-c client_min_messages=warning" psql -X "$PG/postgres" -qc "drop database if exists $1 with (force)" >/dev/null; }
median() { python3 -c 'import statistics, sys; print(f"{statistics.median(float(x) for x in sys.argv[1:]):.2f}")' "$@"; }

# The databases this script made, dropped on the way out (a reused demo
# database is left as it was found).
MADE=()
cleanup() {
  for db in "${MADE[@]}"; do drop_db "$db" || true; done
}
trap cleanup EXIT

if [ ! -x /usr/bin/time ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    log "installing GNU time"
    apt-get install -y time >&2
  else
    echo "needs GNU time at /usr/bin/time (Debian: apt-get install -y time)" >&2
    exit 1
  fi
fi

if [ "${BENCH_SKIP_BUILD:-0}" != 1 ] && [ ! -x "$BIN" ]; then
  log "release build"
  cargo build --release
fi
ls -l "$BIN" >&2
if ! "$BIN" import --help | grep -q -- --dry-run; then
  echo "$BIN has no \`import --dry-run\`" >&2
  exit 1
fi

cores=$(nproc)
cpu=$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//')
mem=$(awk '/MemTotal/ {printf "%.1f GiB", $2 / 1048576}' /proc/meminfo)
note "# Import benchmark $(date -u +%Y-%m-%dT%H:%MZ)"
note ""
note "machine: $cores cores, $cpu, $mem; PostgreSQL server $(q postgres 'show server_version')"
note "commit: $(git rev-parse --short HEAD)$(git diff --quiet HEAD -- src migrations || echo ' (with local changes)')"
note "load average at the start: $(cut -d' ' -f1-3 /proc/loadavg)"

# Tables compared after each import: Mothra's table, and what the dump
# holds for it.
TABLES="grades locations org_types domains subjects usage_types data_interfaces organizations
  organization_grades organization_locations users profiles products usages api_tokens"
counts() { # db -> "table=rows ..." ("-" for a table that is not there)
  for t in $TABLES; do printf '%s=%s ' "$t" "$(q "$1" "select count(*) from $t" 2>/dev/null || echo -)"; done
}
# Whether a dry run left the database as it was: no rows in any of TABLES
# but the reference data the migrations seed (grades, locations, org types:
# a dry run applies pending migrations, the schema, before it checks).
untouched() { # db -> yes/NO
  case " $(counts "$1" | sed -E 's/(grades|locations|org_types)=[0-9]+ //g') " in
    *=[1-9]*) echo NO ;;
    *) echo yes ;;
  esac
}

if [ -n "${BENCH_DUMP:-}" ]; then
  [ -r "$DUMP" ] || { echo "cannot read $DUMP" >&2; exit 1; }
  note "dump: $DUMP (given)"
  expected=
else
  if [ "${BENCH_REUSE_DEMO:-0}" = 1 ] && exists "$SRC"; then
    log "reusing $SRC"
    DATABASE_URL=$PG/$SRC "$BIN" migrate >&2
  else
    log "scale $SCALE demo data into $SRC"
    fresh_db "$SRC"
    [ "${BENCH_REUSE_DEMO:-0}" = 1 ] || MADE+=("$SRC")
    DATABASE_URL=$PG/$SRC "$BIN" demo --scale "$SCALE" >"$OUT/import-demo.txt"
    tail -n 1 "$OUT/import-demo.txt" >&2
  fi
  log "writing the Django dump"
  start=$(date +%s.%N)
  psql -X -q -At -R '' -v ON_ERROR_STOP=1 -v FETCH_COUNT=5000 \
    -f bench/django_dump.sql -o "$DUMP" "$PG/$SRC"
  took=$(python3 -c "import sys; print(f'{float(sys.argv[2]) - float(sys.argv[1]):.2f}')" "$start" "$(date +%s.%N)")
  note "dump: $DUMP, from \`mothra demo --scale $SCALE\` by bench/django_dump.sql in $took s"
  # What the import should leave: the source's rows, plus the dump's tokens.
  tokens=$(grep -o '"model": "authtoken.token"' "$DUMP" | wc -l)
  expected=$(counts "$SRC" | sed -E "s/api_tokens=[0-9]+/api_tokens=$tokens/")
fi

rm -f "$OUT/import-check.txt"
if [ "${BENCH_SKIP_CHECK:-0}" != 1 ] && [ -r /work/shared/django/django-sample.json ]; then
  log "checking the dump's shape against django-sample.json"
  python3 bench/check_django_dump.py "$DUMP" >"$OUT/import-check.txt" || { cat "$OUT/import-check.txt" >&2; exit 1; }
fi
objects=$(python3 -c 'import json, sys; print(len(json.load(open(sys.argv[1], encoding="utf-8"))))' "$DUMP")
note "dump size: $objects objects, $(stat -c %s "$DUMP") bytes"
if [ -r "$OUT/import-check.txt" ]; then
  note ""
  sed 's/^/    /' "$OUT/import-check.txt" | tee -a "$SUMMARY" >&2
fi

# timed NAME ARGS... -> "seconds peak_kib" (the command's output in $OUT/NAME.txt)
timed() {
  local name=$1
  shift
  if ! /usr/bin/time -v -o "$OUT/$name.time" "$@" >"$OUT/$name.txt" 2>&1; then
    echo "failed: $* (see $OUT/$name.txt)" >&2
    tail -n 20 "$OUT/$name.txt" >&2
    exit 1
  fi
  python3 - "$OUT/$name.time" <<'EOF'
import re, sys
text = open(sys.argv[1]).read()
wall = re.search(r"Elapsed \(wall clock\) time .*: (\S+)", text).group(1)
seconds = 0.0
for part in wall.split(":"):
    seconds = seconds * 60 + float(part)
rss = re.search(r"Maximum resident set size \(kbytes\): (\d+)", text).group(1)
print(f"{seconds:.2f} {rss}")
EOF
}

MADE+=("$DST")
dry_s=() dry_rss=() imp_s=() imp_rss=()
note ""
note "| run | import --dry-run s | peak RSS MiB | wrote nothing | import s | peak RSS MiB | rows as the source |"
note "|---:|---:|---:|---|---:|---:|---|"
for i in $(seq 1 "$RUNS"); do
  log "run $i of $RUNS"
  # Each command gets its own new, empty database.
  fresh_db "$DST"
  res=$(timed "import-dry-run-$i" env DATABASE_URL="$PG/$DST" "$BIN" import --dry-run "$DUMP")
  read -r s rss <<<"$res"
  clean=$(untouched "$DST")
  dry_s+=("$s") dry_rss+=("$rss")
  fresh_db "$DST"
  res=$(timed "import-$i" env DATABASE_URL="$PG/$DST" "$BIN" import "$DUMP")
  read -r s2 rss2 <<<"$res"
  imp_s+=("$s2") imp_rss+=("$rss2")
  got=$(counts "$DST")
  if [ -z "$expected" ]; then
    same="-"
  elif [ "$got" = "$expected" ]; then
    same="yes"
  else
    same="NO"
    printf 'expected %s\n     got %s\n' "$expected" "$got" >&2
  fi
  note "| $i | $s | $((rss / 1024)) | $clean | $s2 | $((rss2 / 1024)) | $same |"
done
note "| median | $(median "${dry_s[@]}") | $(($(median "${dry_rss[@]}" | cut -d. -f1) / 1024)) | | $(median "${imp_s[@]}") | $(($(median "${imp_rss[@]}" | cut -d. -f1) / 1024)) | |"
note ""
note "rows after the last import: $got"
note "load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
log "the last dry run said:"
tail -n 30 "$OUT/import-dry-run-$RUNS.txt" >&2
log "the last import said:"
tail -n 30 "$OUT/import-$RUNS.txt" >&2
log "done: $SUMMARY"
