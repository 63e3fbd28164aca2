"""The curated word lists of resolve/data, read once: concepts, stopwords, gazetteers."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from ngo_atlas.resolve.text import phon, words


@dataclass(frozen=True)
class Variant:
    concept: str
    stems: tuple[tuple[str, bool], ...]  # (phonetic stem, whole word only)


def _lines(filename: str) -> list[str]:
    text = resources.files("ngo_atlas.resolve").joinpath("data", filename).read_text("utf-8")
    return [ln for ln in text.splitlines() if ln.strip() and not ln.startswith("#")]


@lru_cache(maxsize=1)
def concept_variants() -> tuple[Variant, ...]:
    """Every variant of every concept, longest first so "praw człowieka" wins over "praw"."""
    out = []
    for line in _lines("concepts.tsv"):
        concept, variants = line.split("\t")
        for variant in variants.split("|"):
            stems = tuple((phon(w.lstrip("=")), w.startswith("=")) for w in variant.split())
            out.append(Variant(concept, stems))
    return tuple(sorted(out, key=lambda v: (-len(v.stems), -sum(len(s) for s, _ in v.stems))))


@lru_cache(maxsize=1)
def stopwords() -> frozenset[str]:
    return frozenset(w.lower() for line in _lines("stopwords.txt") for w in line.split())


@lru_cache(maxsize=1)
def alias_rows() -> tuple[tuple[str, str, tuple[str, ...]], ...]:
    """(entity key, kind, names) rows of the gazetteer of multilingual bodies."""
    rows = []
    for line in _lines("aliases.tsv"):
        key, kind, names = line.split("\t")
        rows.append((key, kind, tuple(names.split("|"))))
    return tuple(rows)


@lru_cache(maxsize=1)
def place_rows() -> tuple[tuple[str, tuple[str, ...]], ...]:
    rows = (ln.split("\t") for ln in _lines("places.tsv"))
    return tuple((k, tuple(v.split("|"))) for k, v in rows)


@lru_cache(maxsize=1)
def _variants_by_start() -> dict[str, tuple[Variant, ...]]:
    """Variants indexed by the first two letters of their first stem: a token can only
    start a variant whose first stem shares its first two letters."""
    index: dict[str, list[Variant]] = {}
    for v in concept_variants():
        index.setdefault(v.stems[0][0][:2], []).append(v)
    return {k: tuple(vs) for k, vs in index.items()}


@lru_cache(maxsize=100_000)
def match_concepts(phons: tuple[str, ...]) -> tuple[tuple[int, int, str], ...]:
    """(start, end, concept) spans over phonetic tokens, greedy, longest variant first."""
    spans: list[tuple[int, int, str]] = []
    index = _variants_by_start()
    i = 0
    while i < len(phons):
        for v in index.get(phons[i][:2], ()):
            n = len(v.stems)
            if i + n <= len(phons) and all(
                    (p == st) if whole else p.startswith(st)
                    for p, (st, whole) in zip(phons[i:i + n], v.stems)):
                spans.append((i, i + n, v.concept))
                i += n
                break
        else:
            i += 1
    return tuple(spans)


def tokens_of(name: str) -> list[str]:
    return words(name)
