"""Search terms of a text: lemmas (Morfeusz 2, pymorphy3) plus diacritics-folded forms."""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import chain
from typing import Any

from unidecode import unidecode

# The process's one pymorphy3 analyzer per language (each ~21 MB and ~40 ms to load),
# shared with extraction and resolution rather than a pair of its own.
from ngo_atlas.lang.slavic import analyzer as _pymorphy

WORD = re.compile(r"\w+", re.UNICODE)
CYRILLIC = re.compile(r"[\u0400-\u04ff]")
# Polish is the corpus' main language, so unknown/undetermined text is lemmatised as Polish:
# an English word Morfeusz does not know comes back unchanged, which is what we want.
POLISH_LIKE = {"pl", "und", "", None}


@lru_cache(maxsize=1)
def _morfeusz() -> Any:
    import morfeusz2

    return morfeusz2.Morfeusz(generate=False, expand_tags=False)




def _fold(term: str) -> str:
    # unidecode maps ł→l and ó→o, which plain NFKD stripping would not do for ł.
    return unidecode(term).lower() if not term.isascii() else term


def _polish_lemmas(word: str) -> list[str]:
    out: list[str] = []
    for start, _end, interp in _morfeusz().analyse(word):
        if start != 0:
            continue  # later segments are agglutinated endings ("-em", "-śmy")
        lemma = interp[1]
        # Morfeusz qualifies homonyms as "zamek:Sm3~a"; the search term is the bare lemma.
        base = lemma.split(":", 1)[0] if not lemma.startswith(":") else lemma
        if base:
            out.append(base.lower())
    return out


def _cyrillic_lemmas(word: str, lang: str | None) -> list[str]:
    langs = [lang] if lang in ("ru", "uk") else ["ru", "uk"]
    out: list[str] = []
    for code in langs:
        out.extend(p.normal_form for p in _pymorphy(code).parse(word))
    return out


def _lemmas(word: str, lang: str | None) -> list[str]:
    if CYRILLIC.search(word):
        return _cyrillic_lemmas(word, lang)
    if lang in POLISH_LIKE:
        return _polish_lemmas(word)
    return []


def _unique(items: list[str]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(t for t in items if t))


@lru_cache(maxsize=500_000)
def _word_index_terms(word: str, lang: str | None) -> tuple[str, ...]:
    lemmas = _lemmas(word, lang) or [word.lower()]
    return _unique(lemmas + [_fold(t) for t in lemmas])


@lru_cache(maxsize=100_000)
def _word_query_terms(word: str, lang: str | None) -> tuple[str, ...]:
    lower = word.lower()
    # The surface form is kept as an alternative so a Polish inflected word still finds
    # a document in another language that quotes it as written.
    base = _lemmas(word, lang) + [lower]
    return _unique(base + [_fold(t) for t in base])


def words(text: str) -> list[str]:
    """The words of ``text`` (Unicode letters and digits), as written."""
    return WORD.findall(text or "")


def index_terms(text: str, lang: str) -> list[str]:
    """Terms to index for ``text``: for each word its lemmas and their folded forms."""
    lang_key = lang or None
    return list(chain.from_iterable(_word_index_terms(w, lang_key) for w in words(text)))


def query_terms(text: str, lang: str | None) -> list[list[str]]:
    """One list of alternatives per query word; a hit must match one alternative of each."""
    return [list(_word_query_terms(w, lang)) for w in words(text)]


def word_terms(word: str, lang: str | None) -> tuple[str, ...]:
    """The index terms of one word; snippets use it to find where a query matched."""
    return _word_index_terms(word, lang or None)
