"""Census of the extractor's cue passes (text.CI): which ever change a record, and what each costs.

usage: PYTHONPATH=src python bench/cue_census.py OUT.json [--knock MAXDOCS]

Every CI pattern is named by where it is made (``organisations:284``: the module and line of its
``cue(...)``/``CI(...)``; an IgnoreCase is named by its own line). One pass over the documents of
bench/extract_identical.py (dev, every eval/ read set but sealed/, eval/html, the seeds) counts,
per pattern, its calls (finditer, search, match), the calls with a hit, the documents with a hit
and the CPU of its finditer calls (the matches drawn included). With --knock, every pattern that
hits in at most MAXDOCS documents is then switched off (no match, ever) in a fresh process over
just those documents, and their JSON+evidence+--explain dumps are compared with the first
pass's: "changed 0" means the pattern's hits change no record there (a pattern with no hit in a
document cannot change it). Round 28 (SPEED-E) used it to look for cue passes to retire.
"""

from __future__ import annotations

import collections
import json
import os
import subprocess
import sys
import time
import traceback
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def instrument(knock: set[str]) -> dict:
    """Wrap text.CI: each pattern knows its maker's line, is counted, and is off if knocked."""
    from ngo_atlas.extract import text as T

    stats = {"calls": collections.Counter(), "hits": collections.Counter(),
             "time": collections.Counter(), "docs": collections.defaultdict(set),
             "cur": None}
    init, finditer, search, match = T.CI.__init__, T.CI.finditer, T.CI.search, T.CI.match

    def made(self, pattern, flags=0):
        init(self, pattern, flags)
        for fr in reversed(traceback.extract_stack()[:-1]):
            if not fr.filename.endswith("extract/text.py") or fr.name not in ("__init__", "cue"):
                self._site = f"{Path(fr.filename).stem}:{fr.lineno}"
                break

    def counted(call, timed):
        def run(self, text, start=0, end=None):
            site = self._site
            if site in knock:
                return iter(()) if timed else None
            t0 = time.process_time()
            got = call(self, text, start, end)
            got = list(got) if timed else got
            stats["time"][site] += time.process_time() - t0 if timed else 0
            stats["calls"][site] += 1
            if got:
                stats["hits"][site] += 1
                stats["docs"][site].add(stats["cur"])
            return iter(got) if timed else got
        return run

    T.CI.__init__ = made
    T.CI.finditer = counted(finditer, True)
    T.CI.search, T.CI.match = counted(search, False), counted(match, False)
    return stats


def dump(paths: list[Path], out: Path, stats: dict) -> dict[str, str]:
    """Each document's JSON line and explanation, as extract_identical writes them."""
    from ngo_atlas.extract.explain import explain_text
    from ngo_atlas.extract.pipeline import extract_document
    from ngo_atlas.ingest.readers import read_path

    blocks = {}
    for p in paths:
        stats["cur"] = str(p)
        doc = read_path(p)
        ex = extract_document(doc)
        record = json.dumps(ex.to_record(evidence=True), ensure_ascii=False)
        blocks[str(p)] = record + "\n" + explain_text(doc, ex)
    out.write_text(json.dumps(blocks, ensure_ascii=False), encoding="utf-8")
    return blocks


def main() -> int:
    args = sys.argv[1:]
    if args and args[0] == "--child":  # --child SITE LIST OUT: one knocked pattern over LIST
        stats = instrument({args[1]})
        dump([Path(x) for x in Path(args[2]).read_text().split("\n")], Path(args[3]), stats)
        return 0
    out = Path(args[0])
    limit = int(args[2]) if len(args) > 2 and args[1] == "--knock" else None
    sys.path.insert(0, str(ROOT / "bench"))
    from extract_identical import default_dirs

    paths = [p for d in default_dirs() for p in sorted(d.iterdir())
             if p.suffix in (".txt", ".html", ".htm")]
    stats = instrument(set())
    tmp = out.with_suffix(".tmp")
    t0 = time.process_time()
    base = dump(paths, tmp, stats)
    census = {site: {"calls": n, "hit_calls": stats["hits"][site],
                     "hit_docs": len(stats["docs"][site]),
                     "finditer_s": round(stats["time"][site], 4)}
              for site, n in stats["calls"].items()}
    print(f"{len(paths)} documents, {len(census)} patterns, {sum(stats['calls'].values())} calls, "
          f"{time.process_time() - t0:.1f} CPU-s", flush=True)
    for site in sorted(census, key=lambda s: census[s]["hit_docs"]):
        docs = sorted(stats["docs"][site])
        if limit is None or len(docs) > limit:
            continue
        if docs:
            lst = out.with_suffix(".list")
            lst.write_text("\n".join(docs))
            subprocess.run([sys.executable, __file__, "--child", site, str(lst), str(tmp)],
                           check=True, env=dict(os.environ, PYTHONPATH=str(ROOT / "src")))
            new = json.loads(tmp.read_text(encoding="utf-8"))
            census[site]["changed_docs"] = sum(new[p] != base[p] for p in docs)
        else:
            census[site]["changed_docs"] = 0
        changed = census[site]['changed_docs']
        print(f"{site:28} hit docs {len(docs):5}  changed {changed}", flush=True)
    out.write_text(json.dumps(census, indent=1, sort_keys=True))
    tmp.unlink()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
