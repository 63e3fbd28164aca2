#!/bin/bash
# Score the sealed blind sets (eval/sealed/*.tar.xz) with this tree's code: unpack each into a
# temporary folder, extract, score, print one line a set and the pooled micro figures.
# usage: bench/score_sealed.sh OUTDIR   (run from the repository root; lead's use, see eval/sealed/README.md)
set -u
OUT=$1; mkdir -p "$OUT"
PY=${PYTHON:-.venv/bin/python}
SHARED=${SHARED:-../shared}
TMP=$(mktemp -d); trap 'rm -rf "$TMP"' EXIT
for t in eval/sealed/*.tar.xz; do
  tar -C "$TMP" -xJf "$t"; s=$(basename "$t" .tar.xz); D=$TMP/$s
  PYTHONPATH=src $PY -m ngo_atlas.cli extract $(ls "$D"/*.txt "$D"/*.html 2>/dev/null) > "$OUT/$s.jsonl" 2> "$OUT/$s.log"
  $PY "$SHARED/eval/score.py" "$D" "$OUT/$s.jsonl" > "$OUT/$s.txt"
  printf "%-10s %s\n" "$s" "$(awk '$1=="micro"{print $4}' "$OUT/$s.txt")"
done | tee "$OUT/summary.txt"
cat "$OUT"/blind-*.txt | awk '$1=="micro" && NF==7 {tp+=$5; fp+=$6; fn+=$7} END {P=tp/(tp+fp); R=tp/(tp+fn); printf "pooled P %.3f R %.3f F1 %.3f (tp %d fp %d fn %d)\n", P, R, 2*P*R/(P+R), tp, fp, fn}' | tee -a "$OUT/summary.txt"
