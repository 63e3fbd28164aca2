"""A short plain-text piece of a document around the first word that matches the query."""

from __future__ import annotations

import re

from ngo_atlas.lang.analyzer import WORD, word_terms

WIDTH = 240
SCAN_LIMIT = 100_000  # long reports: a match past this is not worth the scan for a snippet


def _cut(text: str, start: int, end: int) -> str:
    piece = re.sub(r"\s+", " ", text[start:end]).strip()
    return ("… " if start > 0 else "") + piece + (" …" if end < len(text) else "")


def snippet(text: str, alternatives: list[list[str]], lang: str | None, width: int = WIDTH) -> str:
    """``width`` characters of ``text`` around the first word matching any query alternative."""
    text = text or ""
    wanted = {t for alts in alternatives for t in alts}
    if wanted:
        for m in WORD.finditer(text, 0, min(len(text), SCAN_LIMIT)):
            if wanted.intersection(word_terms(m.group(), lang)):
                start = max(0, m.start() - width // 3)
                # Start on a word boundary so the snippet does not open mid-word.
                if start > 0:
                    space = text.find(" ", start, m.start())
                    start = space + 1 if space != -1 else start
                return _cut(text, start, min(len(text), start + width))
    return _cut(text, 0, min(len(text), width))
