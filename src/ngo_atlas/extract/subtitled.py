"""A heading whose colon sets a project's name off from its subtitle ("Baltic Bridges: Youth
Exchange …", "Azymut: Praca – aktywizacja …", "Разом: підтримка …"), not a label from its value."""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from ngo_atlas.extract.labels import find_labels

# the name before the colon: one to four words, each capitalised, in capitals or with a figure
# ("SAFE WORK", "MigraNet-PL", "Welcome 2.0"); a label's key is a common noun phrase
# ("Okres realizacji", "Nowy projekt") whose later words are lower-case
_NAME = re.compile(r"^(?:[^\W\d_]|\d)[\w.’'&+-]*(?:[^\S\n]+(?:[^\W\d_]|\d)[\w.’'&+-]*){0,3}$")
# a part's number after its noun ("Etap II", "Moduł A", "Part 3", "Этап 2"): a key that counts
# the parts of one thing, whatever follows it
_ENUMERATOR = re.compile(r"^(?:\d{1,2}|[IVXL]{1,5}|[^\W\d_])\.?$")
# a line that opens with a word and a colon: a key (counted for the word a heading opens with)
_KEY_AT_LINE = re.compile(r"(?m)^[^\w\n]*(\w[\w.’'&+-]*?)[^\S\n]*:")
_WORD = re.compile(r"\w+")


def name_before_subtitle(line: str, text: str) -> bool:
    """The line is "Name: subtitle": one colon, a capitalised name of one to four words before
    it that is no label the extractor knows, two or more words after it, no sentence's stop at
    the end. A one-word name must open no other line of the page as a key ("Mentor: X" under
    each item is a key however it is written) and must be named again outside such a key."""
    t = line.strip().lstrip("•▸▶►‣–—-*· ").strip()
    if t.count(":") != 1 or t.endswith((".", "!", "?", ":", ",", ";")):
        return False
    key, sub = (p.strip() for p in t.split(":", 1))
    if not _NAME.match(key) or len(sub.split()) < 2 or not sub[:1].isalpha():
        return False
    words = key.split()
    if not all(w[:1].isupper() or w[:1].isdigit() for w in words) \
            or len(words) > 1 and _ENUMERATOR.match(words[-1]):
        return False
    if any(h.label_start < 2 for h in find_labels(t)):  # (the key is a known label)
        return False
    if len(words) == 1:
        # (and the page names it again elsewhere, as written: "Azymut: Praca – …" on Fundacja
        # Azymut's page; a common word or a year said again is no name: "Uwaga: …", "2023: …")
        if not any(c.isalpha() for c in key):
            return False
        keyed = _line_keys(text).count(key)
        named = _word_counts(text).get(key, 0) if _WORD.fullmatch(key) else \
            len(re.findall(rf"(?<!\w){re.escape(key)}(?!\w)", text))
        return keyed <= 1 and named > keyed
    return True


@lru_cache(maxsize=8)
def _line_keys(text: str) -> list[str]:
    """The word and colon each line of the page opens with, read once a page (the test runs
    for every heading with a colon)."""
    return _KEY_AT_LINE.findall(text)


@lru_cache(maxsize=8)
def _word_counts(text: str) -> Counter[str]:
    return Counter(_WORD.findall(text))
