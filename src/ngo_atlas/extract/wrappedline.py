"""A hard-wrapped line (a PDF's text, a report's paragraph): the rest of the line above, or a
line the next one continues, not a line of its own. "Zleceniodawca: Samorząd Województwa X (otwarty konkurs\\nofert w obszarze
pomocy społecznej)" or "…w Braniewie, a także\\ntygodniowy obóz nad Zalewem…": the second line
opens in lower case right under a line that does not close a sentence, so it continues it and
heads nothing.
"""
from __future__ import annotations

# what closes a line that the next line does not continue: a sentence's or a label's end
_CLOSED = ".!?:;…»”\"|"


def continues_line_above(text: str, start: int) -> bool:
    """The line at ``start`` (its first character) opens in lower case and the line right
    above it, with no blank line between, ends without closing its sentence."""
    if start >= len(text) or not text[start].islower():
        return False
    ls = text.rfind("\n", 0, start) + 1
    if ls == 0 or text[ls:start].strip():
        return False  # the page's first line, or ``start`` inside a line
    above = text[text.rfind("\n", 0, ls - 1) + 1:ls - 1].rstrip()
    return bool(above) and above[-1] not in _CLOSED


_QUOTES = "„“”\"«»"


def continued_below(text: str, start: int, end: int) -> bool:
    """The line ``text[start:end]`` is a wrapped paragraph's line: prose of six words or more
    (no quoted name, no number or bullet before it: a numbered or quoted title may wrap),
    ending on a word or a comma, and the next line, right under it, opens in lower case with
    no label ("realizator: X" under a card's name is a field)."""
    line = text[start:end]
    if not line[:1].isalpha() or any(q in line for q in _QUOTES) or len(line.split()) < 6:
        return False
    if not (line[-1].isalpha() or line[-1] == ","):
        return False
    nl = text.find("\n", end)
    if nl == -1 or text[end:nl].strip():
        return False
    nxt = text[nl + 1:text.find("\n", nl + 1) if text.find("\n", nl + 1) != -1 else len(text)]
    return nxt[:1].islower() and ":" not in nxt[:40]
