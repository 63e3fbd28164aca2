"""CI's faster scan of a pattern that opens with the word-start lookbehind (the rest
searched, hits inside words passed over) finds exactly what the whole pattern finds,
on real and generated texts."""

from __future__ import annotations

import gc
import importlib
import pkgutil
from itertools import islice
from pathlib import Path

import pytest

import ngo_atlas.extract as extract_pkg
from bench.generator import generate
from ngo_atlas.extract.text import CI, cue, lowered

DEV = Path(__file__).resolve().parents[2].parent / "shared" / "eval" / "dev"


def _cues() -> list[tuple[str, CI]]:
    """Every CI with a leading word-start lookbehind, module-level or built on first use
    (dates, themes, activities build theirs from the lexicon): found after extracting."""
    for m in pkgutil.iter_modules(extract_pkg.__path__):
        importlib.import_module(f"ngo_atlas.extract.{m.name}")
    from ngo_atlas.extract.pipeline import extract_document
    from ngo_atlas.model import Document

    for p in sorted(DEV.glob("*.txt"))[:5]:
        extract_document(Document(str(p), p.name, p.read_text(encoding="utf-8")))
    found = {id(o): o for o in gc.get_objects()
             if isinstance(o, CI) and o.pattern.startswith(r"(?<![\w])")}
    return sorted(((c.pattern[:40], c) for c in found.values()), key=lambda x: x[0])


def _texts() -> list[str]:
    texts = [p.read_text(encoding="utf-8") for p in sorted(DEV.glob("*.txt"))]
    made = [data.decode("utf-8", "replace") for name, data in islice(generate(120, 3), 120)
            if name.endswith(".txt")]
    return texts + made


CUES = _cues()


def test_most_cues_take_the_fast_scan() -> None:
    assert len(CUES) >= 10
    assert sum(1 for _n, c in CUES if c._group is not None) >= len(CUES) // 2


@pytest.mark.parametrize(("label", "c"), CUES, ids=[n for n, _c in CUES])
def test_same_matches_as_the_lookbehind_pattern(label: str, c: CI) -> None:
    texts = _texts()
    assert texts
    for text in texts:
        low, n = lowered(text), len(text)
        for start, end in ((0, None), (n // 3, None), (n // 5, 2 * n // 3), (-3, n - 7)):
            stop = n if end is None else end
            want = [(m.span(), m.groups()) for m in c.rx.finditer(low, start, stop)]
            got = [(m.span(), m.groups()) for m in c.finditer(text, start, end)]
            assert got == want, (label, start, end)
            first = c.search(text, start, end)
            assert (first.span() if first else None) == (want[0][0] if want else None)
        for pos in range(0, n, 7):  # match at word starts, inside words, on spaces
            a, b = c.match(text, pos), c.rx.match(low, pos, n)
            assert (a.span() if a else None) == (b.span() if b else None), (label, pos)


def test_a_hit_inside_a_word_is_passed_over() -> None:
    c = cue(r"ramach|z\s+programu")
    assert c._group is not None
    assert CI(r"(?<![\w])(?:projekt)\w*|,\s*która")._group is None  # lookbehind in one branch
    assert CI(r"(?<![\w])(?:\w*)")._group is None  # may match empty
    text = "Wramach bez programu; w ramach programu; zamiast z programu"
    assert [m.start() for m in c.finditer(text)] == [
        m.start() for m in c.rx.finditer(text.lower())] == [24, 49]
    assert c.match(text, 1) is None and c.match(text, 24) is not None
