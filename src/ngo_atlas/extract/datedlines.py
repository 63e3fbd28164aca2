"""Lines that open with a date or a period, cut into the parts after it: a schedule's entries
("• 14–15 marca – Lublin: „…”", "→ 8 czerwca 2024 – Warsztat „…”, Wałbrzych") and a project
card's line under its name ("2023–2025 | Warsaw", "09.2019–06.2021 | Gdynia")."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from ngo_atlas.extract.lexicon import alternation, lexicon

# a line longer than this is prose that happens to open with a date
MAX_LINE = 160


@lru_cache(maxsize=1)
def _opening() -> re.Pattern[str]:
    """The date or period a line opens with, after an optional bullet, arrow or emoji, and the
    separator after it ("–", "|", "·", ",", ":")."""
    month = "(?:" + alternation([w for words in lexicon()["months"].values() for w in words]) + ")"
    day = r"\d{1,2}(?:[–—-]\d{1,2})?"
    numeric = r"\d{1,2}\.\d{1,2}\.(?:19|20)\d\d|\d{1,2}\.(?:19|20)\d\d|(?:19|20)\d\d"
    named = rf"{day}[^\S\n]+{month}(?:[^\S\n]+(?:19|20)\d\d)?|{month}(?:[^\S\n]+{day},?)?(?:[^\S\n]+(?:19|20)\d\d)?"
    one = rf"(?:{named}|{numeric})"
    return re.compile(
        rf"[^\S\n]*(?:[•→›▸*·–—-]|[^\w\s\"„“«(\[])?[^\S\n]*"
        rf"(?P<date>{one}(?:[^\S\n]*[–—-][^\S\n]*{one})?)(?![\w.])"
        r"(?:[^\S\n]*\([^()\n]{1,20}\))?"  # "(sobota)"
        r"[^\S\n]*(?:[–—|·:,]|[^\S\n]-)[^\S\n]*",
        re.IGNORECASE)


_DIGIT = re.compile(r"\d")
# the parts of the rest of the line: dashes, bars, middle dots, commas, colons
_PART_SEP = re.compile(r"[^\S\n]+[–—-][^\S\n]+|[^\S\n]*[|·][^\S\n]*|,[^\S\n]+|:[^\S\n]+")
# what may wrap a part without being of it: quotes, a pin or other emoji, a stop at the end
_WRAP = "„”“\"«»'‘’.;:!?📍📌🏠 \t"


def parts_after_date(text: str, s: int, e: int) -> Iterator[tuple[int, int]]:
    """(start, end) of each part after the opening date of every short line in text[s:e]
    that opens with one."""
    rx = _opening()
    ls = s
    while ls < e:
        le = text.find("\n", ls, e)
        le = e if le < 0 else le
        line_start, ls = ls, le + 1
        # (a date has a digit near the line's start: the regex runs on those lines only)
        if le - line_start > MAX_LINE or not _DIGIT.search(text, line_start, min(le, line_start + 30)):
            continue
        m = rx.match(text, line_start, le)
        if m is None:
            continue
        pos = m.end()
        for sep in [*_PART_SEP.finditer(text, m.end(), le), None]:
            a, b = pos, sep.start() if sep else le
            while a < b and text[a] in _WRAP:
                a += 1
            while b > a and text[b - 1] in _WRAP:
                b -= 1
            if b > a:
                yield a, b
            if sep:
                pos = sep.end()
