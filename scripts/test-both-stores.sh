#!/usr/bin/env bash
# Run the test suite on each store: SQLite files, then a throw-away PostgreSQL server.
# Both passes always run; both summaries are printed at the end; either failing fails.
# Usage: scripts/test-both-stores.sh [PYTHON] [extra pytest arguments...]
set -uo pipefail
cd "$(dirname "$0")/.."
py="${1:-.venv/bin/python}"
shift || true
logs=test-artifacts
mkdir -p "$logs"
declare -A rc secs
for store in sqlite postgres; do
    echo "=== test pass: --store=$store ==="
    start=$(date +%s)
    "$py" -m pytest -q --store="$store" "$@" 2>&1 | tee "$logs/pytest-$store.log"
    rc[$store]=${PIPESTATUS[0]}
    secs[$store]=$(( $(date +%s) - start ))
done
echo "=== summary of both passes ==="
status=0
for store in sqlite postgres; do
    # pytest's last line is its summary ("N passed, M skipped in ...").
    printf '%-9s exit %s, %4ss: %s\n' "$store" "${rc[$store]}" "${secs[$store]}" \
        "$(grep -E '(passed|failed|error|no tests ran)' "$logs/pytest-$store.log" | tail -n 1)"
    [ "${rc[$store]}" -eq 0 ] || status=1
done
echo "total: $(( ${secs[sqlite]} + ${secs[postgres]} ))s (logs in $logs/)"
exit $status
