"""The extractor's word lists (labels, months, cues, lexicons), loaded once from data/lexicon.json."""

from __future__ import annotations

import json
import re
from functools import lru_cache
from pathlib import Path
from typing import Any

DATA = Path(__file__).with_name("data") / "lexicon.json"


@lru_cache(maxsize=1)
def lexicon() -> dict[str, Any]:
    return json.loads(DATA.read_text(encoding="utf-8"))


def alternation(words: list[str]) -> str:
    """A regex matching any of the phrases (longest match first), inner spaces matching
    any whitespace. Built as a trie: a flat alternation of hundreds of phrases makes the
    regex engine retry every phrase at every position, the trie shares their prefixes."""
    trie: dict[str, Any] = {}
    for w in {" ".join(w.lower().split()) for w in words if w.strip()}:
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = True
    return _trie_pattern(trie)


def _trie_pattern(node: dict[str, Any]) -> str:
    end = "" in node
    branches = []
    for ch in sorted(k for k in node if k):
        piece = r"\s+" if ch == " " else re.escape(ch)
        branches.append(piece + _trie_pattern(node[ch]))
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return f"(?:{body})?" if end else body


@lru_cache(maxsize=1)
def comma_names_regex() -> re.Pattern[str]:
    return re.compile(alternation(lexicon()["comma_names"]), re.IGNORECASE)


@lru_cache(maxsize=1)
def month_map() -> dict[str, int]:
    return {w: int(m) for m, words in lexicon()["months"].items() for w in words}


@lru_cache(maxsize=1)
def currency_map() -> dict[str, str]:
    return {w: code for code, words in lexicon()["currencies"].items() for w in words}


# a word for a project ("projekt", "project", "проєкт", …) as a whole word, in any case
PROJECT_WORDS = re.compile(r"(?<![\w])(?:" + alternation(lexicon()["project_words"]) + r")(?![\w])",
                           re.IGNORECASE)
