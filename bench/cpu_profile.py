"""Where an ingest's CPU goes: cProfile with a CPU-time timer, shares of the main stages.

    .venv/bin/python -m bench.cpu_profile CORPUS /tmp/p.sqlite [/tmp/p.prof]

A 1-worker ingest in this process. Wall-time samplers (pyinstrument) count waiting on a
loaded machine (a COMMIT waiting on the disk); ``time.process_time`` counts only CPU.
cProfile inflates Python-heavy code, so read the shares, not the seconds.
"""

from __future__ import annotations

import cProfile
import pstats
import sys
import time
from pathlib import Path

from ngo_atlas.pipeline import ingest_paths
from ngo_atlas.store import open_atlas

# label -> (file suffix, function name) of the stage's entry point
STAGES = {
    "extract (extract_document)": ("extract/pipeline.py", "extract_document"),
    "read (read_bytes)": ("ingest/readers.py", "read_bytes"),
    "  trafilatura extract": ("trafilatura/core.py", "extract"),
    "  python-docx": ("ingest/docx.py", "docx_text"),
    "  decode plausibility": ("ingest/decode.py", "plausibility"),
    "  language detection": ("lang/detect.py", "detect_language"),
    "store (save)": ("store/sql.py", "save"),
    "  indexing (_index_rows)": ("store/sql.py", "_index_rows"),
    "  entity linking (_link_mentions)": ("store/entities.py", "_link_mentions"),
    "  blocking_keys": ("resolve/keys.py", "blocking_keys"),
    "  FTS terms (search_terms)": ("store/records.py", "search_terms"),
    "  COMMIT (SQLite)": ("store/sqlite.py", "_commit"),
    "  JSON dumps": ("json/__init__.py", "dumps"),
    "listing, loading, dedup (_new_content)": ("ngo_atlas/pipeline.py", "_new_content"),
}


def main(argv: list[str] | None = None) -> int:
    args = argv if argv is not None else sys.argv[1:]
    if len(args) < 2:
        raise SystemExit(__doc__)
    corpus, db = args[0], Path(args[1])
    out = args[2] if len(args) > 2 else str(db) + ".prof"
    for sfx in ("", "-wal", "-shm"):
        Path(str(db) + sfx).unlink(missing_ok=True)
    prof = cProfile.Profile(time.process_time)
    with open_atlas(str(db)) as atlas:
        prof.runcall(ingest_paths, [corpus], atlas, progress=False, workers=1)
    prof.dump_stats(out)
    stats = pstats.Stats(out).stats  # type: ignore[attr-defined]
    total = max(v[3] for v in stats.values())
    print(f"total CPU {total:.2f} s (cProfile, process_time); profile in {out}")
    for label, (suffix, func) in STAGES.items():
        cum = sum(v[3] for (fname, _line, name), v in stats.items()
                  if fname.endswith(suffix) and name == func)
        print(f"{label:40} {cum:7.2f} s {100 * cum / total:5.1f} %")
    return 0


if __name__ == "__main__":
    sys.exit(main())
