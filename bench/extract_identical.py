"""Dump every extraction (JSON with evidence, and ``--explain``) of the read sets, eval/html and the seeds.

usage: PYTHONPATH=src python bench/extract_identical.py OUT [--dir PATH ...]

For changes meant to keep the output byte-identical (speed work): dump the base tree
(e.g. ``git worktree``/``git archive`` of it on PYTHONPATH) and the new one, then ``cmp`` the
two files. Each document gives its path, its JSON line (what ``ngo-atlas extract`` prints)
and its explanation (what ``--explain`` prints).
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"


def default_dirs() -> list[Path]:
    return [SHARED / "eval" / "dev", *sorted(p for p in (ROOT / "eval").iterdir() if p.is_dir()),
            SHARED / "eval" / "html", SHARED / "seeds"]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("out", type=Path)
    ap.add_argument("--dir", type=Path, action="append")
    a = ap.parse_args()
    from ngo_atlas.extract.explain import explain_text
    from ngo_atlas.extract.pipeline import extract_document
    from ngo_atlas.ingest.readers import read_path

    n = 0
    with a.out.open("w", encoding="utf-8") as out:
        for d in a.dir or default_dirs():
            for p in sorted(d.iterdir()):
                if p.suffix not in (".txt", ".html", ".htm"):
                    continue
                doc = read_path(p)
                ex = extract_document(doc)
                out.write(f"### {p.relative_to(d.parent)}\n")
                out.write(json.dumps(ex.to_record(evidence=True), ensure_ascii=False) + "\n")
                out.write(explain_text(doc, ex) + "\n")
                n += 1
    print(f"{n} documents -> {a.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
