"""Activities with their counts ("10 spotkań, w tym 3 warsztaty", "pięć seminariów")."""

from __future__ import annotations

from functools import lru_cache

from ngo_atlas.extract.lexicon import alternation, lexicon
from ngo_atlas.extract.text import CI
from ngo_atlas.model import Activity, Span


@lru_cache(maxsize=1)
def _regex() -> tuple[CI, dict[str, str]]:
    kinds = {w.lower(): k for k, ws in lexicon()["activities"].items() for w in ws}
    nums = alternation(list(lexicon()["numerals"]))
    rx = CI(rf"(?<![\w])(?:(?P<n>\d{{1,4}}|{nums})\s+(?:\w+\s+)?)?(?P<k>{alternation(list(kinds))})(?![\w])")
    return rx, kinds


def find_activities(text: str, s: int, e: int) -> list[Activity]:
    rx, kinds = _regex()
    out: list[Activity] = []
    for m in rx.finditer(text, s, e):
        kind = kinds.get(" ".join(m.group("k").lower().split()))
        if kind is None:
            continue
        count = _count(m.group("n"))
        same = next((a for a in out if a.kind == kind), None)
        if same is not None:
            if same.count is None and count is not None:
                same.count, same.text, same.span = count, text[m.start():m.end()], Span(m.start(), m.end(), "activity", 0.8)
            continue
        out.append(Activity(kind, count, text[m.start():m.end()], Span(m.start(), m.end(), "activity",
                                                           0.8 if count else 0.6)))
    return out


def _count(raw: str | None) -> int | None:
    if not raw:
        return None
    if raw.isdigit():
        return int(raw)
    return lexicon()["numerals"].get(raw.lower())
