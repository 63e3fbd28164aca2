#!/bin/bash
# Extract and score every read set with this tree's code, one line a set and their sum.
# usage: bench/score_sets.sh OUTDIR [set ...]   (run from the repository root)
# Sets: the dev set (../shared/eval/dev) and eval/<set> (extra, holdout-*, unseen-*, train-c*).
# OUTDIR/<set>.txt keeps score.py's table with --show-errors lists; OUTDIR/<set>.jsonl the records.
set -u
OUT=$1; shift; mkdir -p "$OUT"
PY=${PYTHON:-.venv/bin/python}
SHARED=${SHARED:-../shared}
SETS=${*:-"dev $(cd eval && ls -d extra holdout-* unseen-* train-* | tr '\n' ' ')"}
for s in $SETS; do
  case $s in dev) D=$SHARED/eval/dev;; *) D=eval/$s;; esac
  PYTHONPATH=src $PY -m ngo_atlas.cli extract $(ls "$D"/*.txt "$D"/*.html 2>/dev/null) > "$OUT/$s.jsonl" 2> "$OUT/$s.log"
  $PY "$SHARED/eval/score.py" "$D" "$OUT/$s.jsonl" --show-errors > "$OUT/$s.txt"
  printf "%-10s %s\n" "$s" "$(awk '$1=="micro"{print $4}' "$OUT/$s.txt")"
done | tee "$OUT/summary.txt"
awk '{s+=$2} END {printf "sum %.4f over %d sets\n", s, NR}' "$OUT/summary.txt" | tee -a "$OUT/summary.txt"
