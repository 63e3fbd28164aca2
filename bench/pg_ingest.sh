#!/bin/bash
# PostgreSQL against SQLite ingest throughput on one machine: the bench corpus ingested
# into a fresh, durable PostgreSQL server, then into a SQLite file; prints wall time, the
# ingest tree's CPU (time -v) and the server's CPU (postmaster + children, reaped
# backends included). Needs root (the server runs as the postgres user) and PostgreSQL 15.
# Usage: bench/pg_ingest.sh [N=10000] [WORK=/tmp/pgb] [WORKERS=2]
set -euo pipefail
N=${1:-10000}; WORK=${2:-/tmp/pgb}; WORKERS=${3:-2}
PG=${NGO_ATLAS_PG_BIN:-/usr/lib/postgresql/15/bin}
cd "$(dirname "$0")/.."
mkdir -p "$WORK"
[ -d "$WORK/corpus" ] || .venv/bin/python -c "from bench.generator import write_corpus; from bench.run import SEED; from pathlib import Path; write_corpus($N, Path('$WORK/corpus'), SEED)"
rm -rf "$WORK/srv"; mkdir -p "$WORK/srv"; chown postgres "$WORK/srv"
runuser -u postgres -- "$PG/initdb" -D "$WORK/srv/data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 > /dev/null
runuser -u postgres -- "$PG/pg_ctl" -D "$WORK/srv/data" -o "-p 55499 -k $WORK/srv -c listen_addresses=127.0.0.1 -c shared_buffers=256MB" -w start > /dev/null
trap 'runuser -u postgres -- "$PG/pg_ctl" -D "$WORK/srv/data" -m fast stop > /dev/null 2>&1 || true' EXIT
runuser -u postgres -- "$PG/createdb" -h "$WORK/srv" -p 55499 atlas
server_ticks() {
    local pm t=0; pm=$(head -1 "$WORK/srv/data/postmaster.pid")
    for p in $pm $(pgrep -P "$pm"); do t=$((t + $(awk '{print $14+$15+$16+$17}' "/proc/$p/stat"))); done
    echo $t
}
s0=$(server_ticks)
/usr/bin/time -v .venv/bin/python -m ngo_atlas.cli ingest "$WORK/corpus" --workers "$WORKERS" --no-progress \
    --db "postgresql://postgres@127.0.0.1:55499/atlas" > "$WORK/pg.out" 2> "$WORK/pg.err"
echo "postgresql: $(tail -1 "$WORK/pg.out")"
s1=$(server_ticks)
echo "  server CPU-s: $(awk -v a="$s1" -v b="$s0" -v h="$(getconf CLK_TCK)" 'BEGIN {printf "%.1f", (a - b) / h}')"
grep -E "Elapsed|User time|System time|Maximum res" "$WORK/pg.err" | sed 's/^/  /'
rm -f "$WORK"/a.sqlite*
/usr/bin/time -v .venv/bin/python -m ngo_atlas.cli ingest "$WORK/corpus" --workers "$WORKERS" --no-progress \
    --db "$WORK/a.sqlite" > "$WORK/sq.out" 2> "$WORK/sq.err"
echo "sqlite: $(tail -1 "$WORK/sq.out")"
grep -E "Elapsed|User time|System time|Maximum res" "$WORK/sq.err" | sed 's/^/  /'
uptime
