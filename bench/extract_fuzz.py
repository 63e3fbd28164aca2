"""Crash hunt: extract many real and mutated texts strictly, group exceptions by raising site.

usage: python -m bench.extract_fuzz OUT.json DIR [DIR ...] [--mutate] [--stride N] [--limit S]

Round 26 (ROBUST-C) found, with this hunt's first form, that no finder raised over 1,359 real
documents, 4,000 generated pages and ~8,400 mutated read-set pages, and that two regexes
backtracked exponentially on one line. Each document (each of its mutations with --mutate: cut
at random points, lines shuffled, capitals, blank lines gone or doubled, bullets changed,
quotes unbalanced, empty labels, Cyrillic/Latin look-alikes mixed, one long line, tables as tabs
or pipes, numbers at line ends, odd unicode, HTML fragments …) is extracted in strict mode
(``extract.resilient``: an exception is raised, not turned into a warning) under a CPU-time
limit. OUT.json gets ``sites`` (file:line of the last ngo_atlas frame -> count and examples) and
``slow`` (texts over 2 CPU-seconds, or stopped at the limit). Never point it at eval/sealed.
"""

from __future__ import annotations

import argparse
import collections
import json
import os
import random
import re
import signal
import sys
import time
import traceback
import unicodedata
from pathlib import Path

SLOW_SECONDS = 2.0
_ODD_CHARS = ["\u00a0", "\u00ad", "\u200b", "\u200f", "\u0301", "😀", "\ufeff", "\u2028"]
_LOOKALIKE = str.maketrans("aeopcxAEOPCX", "аеорсхАЕОРСХ")


class _Stopped(BaseException):  # (not an Exception: no guard in the extractor catches it)
    pass


def mutations(text: str, rng: random.Random) -> dict[str, str]:
    """Forms real pages take that the read sets seldom show, each a new text."""
    lines = text.split("\n")
    n = len(text)
    out = {f"cut{k}": text[:rng.randrange(1, n)] for k in range(3)} if n > 10 else {}
    shuffled = lines[:]
    rng.shuffle(shuffled)
    paras = text.split("\n\n")
    out.update({
        "shuffle": "\n".join(shuffled),
        "repeat": "\n\n".join(paras + paras[:max(1, len(paras) // 2)]),
        "caps": text.upper(),
        "noblank": "\n".join(ln for ln in lines if ln.strip()),
        "blanks": "\n\n".join(lines),
        "bullets": "\n".join(rng.choice(["• ", "- ", "* ", "", "1. "]) + ln for ln in lines),
        "quotes": re.sub(r"[”\"»]", "", text),
        "emptylabels": re.sub(r"(?m)^([^\n:]{2,40}):[^\n]*$", r"\1:", text),
        "lookalikes": " ".join(w.translate(_LOOKALIKE) if rng.random() < 0.2 else w for w in text.split(" ")),
        "longline": " ".join(lines),
        "title": next((ln for ln in lines if ln.strip()), "") + "\n",
        "tabs": re.sub(r":\s*", "\t", text),
        "pipes": "\n".join("| " + ln.replace(" – ", " | ").replace(", ", " | ") + " |" for ln in lines),
        "numbers": "\n".join(ln + rng.choice(["", " 2023", " 12.05.2024", " 15 000 zł", " 1.", " nr 3"])
                             for ln in lines),
        "unicode": "".join(c + (rng.choice(_ODD_CHARS) if rng.random() < 0.03 else "") for c in text),
        "nfd": unicodedata.normalize("NFD", text),
        "html": "\n".join(rng.choice(["", "<b>", "</li>", "&nbsp;", "<a href='x'>"]) + ln for ln in lines),
        "punct": re.sub(r"[.,;:]", lambda m: rng.choice([".", ",", ";", ":", "", ".."]), text),
        "parens": text.replace(")", ""),
    })
    return out


class Hunt:
    """Extracts texts strictly, one at a time, and keeps what failed and what was slow."""

    def __init__(self, limit: float = 30.0) -> None:
        os.environ["NGO_ATLAS_STRICT_EXTRACT"] = "1"
        from ngo_atlas.extract.pipeline import extract_document

        self._extract = extract_document
        self.limit = limit
        self.sites: dict[str, list[tuple[str, str]]] = collections.defaultdict(list)
        self.slow: list[tuple[str, float]] = []
        self.texts = 0

    def run(self, name: str, text: str) -> None:
        from ngo_atlas.model import Document

        self.texts += 1
        old = signal.signal(signal.SIGPROF, _stop)
        signal.setitimer(signal.ITIMER_PROF, self.limit)
        t0 = time.process_time()
        try:
            self._extract(Document(name, name.rsplit("/", 1)[-1], text))
        except _Stopped:
            pass
        except Exception as e:  # noqa: BLE001 - what the hunt is for
            self.sites[_site(e)].append((name, f"{type(e).__name__}: {e}"[:150]))
        finally:
            signal.setitimer(signal.ITIMER_PROF, 0)
            signal.signal(signal.SIGPROF, old)
        spent = time.process_time() - t0
        if spent > SLOW_SECONDS:
            self.slow.append((name, round(spent, 2)))

    def report(self) -> dict:
        return {"texts": self.texts, "slow": self.slow,
                "sites": {k: {"n": len(v), "examples": v[:5]} for k, v in sorted(self.sites.items())}}


def _stop(*_args) -> None:
    raise _Stopped()


def _site(e: BaseException) -> str:
    """Where it was raised: the last frame of our own code (not Python's library: a regex
    module's frame would group unrelated bugs together)."""
    frames = traceback.extract_tb(e.__traceback__)
    f = ([f for f in frames if "/lib/python" not in f.filename] or frames)[-1]
    return f"{f.filename.split('src/')[-1]}:{f.lineno}"


def documents(dirs: list[Path], stride: int = 1):
    """(name, text) of every document under dirs, read as ingest reads it (sealed sets skipped)."""
    from ngo_atlas.ingest.readers import read_path

    files = sorted(p for d in dirs for p in d.rglob("*")
                   if p.suffix in (".txt", ".html", ".htm", ".docx") and "sealed" not in p.parts)
    for p in files[::stride]:
        try:
            yield str(p), read_path(p).text
        except Exception as e:  # noqa: BLE001 - a file the reader refuses is the reader's matter
            print(f"skipped {p}: {e}", file=sys.stderr)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("out", type=Path)
    ap.add_argument("dirs", type=Path, nargs="+")
    ap.add_argument("--mutate", action="store_true")
    ap.add_argument("--stride", type=int, default=1, help="every Nth document only")
    ap.add_argument("--limit", type=float, default=30.0, help="CPU-seconds before a text is stopped")
    a = ap.parse_args(argv)
    hunt, rng = Hunt(a.limit), random.Random(26)
    for name, text in documents(a.dirs, a.stride):
        hunt.run(name, text)
        if a.mutate:
            for kind, variant in mutations(text, rng).items():
                hunt.run(f"{name}#{kind}", variant)
    rep = hunt.report()
    a.out.write_text(json.dumps(rep, ensure_ascii=False, indent=1), encoding="utf-8")
    print(f"{rep['texts']} texts, {sum(s['n'] for s in rep['sites'].values())} failures at "
          f"{len(rep['sites'])} sites, {len(rep['slow'])} slow")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
