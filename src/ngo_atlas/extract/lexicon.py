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
    """A regex alternation of phrases, longest first, inner spaces matching any whitespace."""
    parts = sorted({w for w in words if w}, key=len, reverse=True)
    return "|".join(r"\s+".join(re.escape(x) for x in p.split()) for p in parts)


@lru_cache(maxsize=1)
def month_map() -> dict[str, int]:
    return {w: int(m) for m, words in lexicon()["months"].items() for w in words}


@lru_cache(maxsize=1)
def currency_map() -> dict[str, str]:
    return {w: code for code, words in lexicon()["currencies"].items() for w in words}
