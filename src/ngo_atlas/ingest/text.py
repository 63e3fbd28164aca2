"""Clean decoded text for extraction: NFC, one newline convention, line structure kept."""

from __future__ import annotations

import re
import unicodedata

_NEWLINES = re.compile(r"\r\n|\r|\u2028|\u2029|\x85|\x0b|\x0c")
# Control characters, and characters that are invisible in print but split words for
# search and rules, all dropped in one pass (str.translate with a dict looks up every
# character of a non-Latin-1 text in Python's dict: ten times slower).
_CONTROLS = re.compile(r"[\x00-\x08\x0e-\x1f\x7f\u00ad\u200b\u200c\u200d\u2060\ufeff]")
_TRAILING = re.compile(r"[ \t\u00a0]+$", re.MULTILINE)
_BLANK_RUNS = re.compile(r"\n{3,}")


def normalize_text(text: str) -> str:
    """NFC; CR/LF, CR and Unicode separators to \\n; control and invisible characters
    dropped; trailing spaces and runs of blank lines trimmed. Lines are never joined:
    the extractor reads labels line by line."""
    text = unicodedata.normalize("NFC", text)
    text = _NEWLINES.sub("\n", text)
    text = _CONTROLS.sub("", text)
    text = _TRAILING.sub("", text)
    text = _BLANK_RUNS.sub("\n\n", text)
    return text.strip("\n")


def join_cells(cells: list[str]) -> str:
    """One table row as one line: cells joined by " | ", except that a label cell ending
    in ":" is followed by its value directly ("Grantodawca: FAMI"), as prose writes it."""
    out = ""
    for cell in cells:
        if not out:
            out = cell
        else:
            out += (" " if out.endswith(":") else " | ") + cell
    return out
