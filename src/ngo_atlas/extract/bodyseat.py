"""A town that closes a body's name inside a bracket: the body's seat, not a venue.

"dr Jan Nowak (Uniwersytet Jana Kochanowskiego w Kielcach)", "Straż Graniczna (Placówka SG w
Medyce)", "юрист Павел Кулеш (Белорусский дом в Варшаве)", "(founder of the Women's Association
in Toruń)": a bracket that glosses a person or a body with the body it belongs to; the town
the body's name ends with tells where that body sits, not where the project's work happens.
Outside a bracket a body's town is often the only word on where a local body works ("Centrum
Integracji Cudzoziemców w Bydgoszczy" heading a table row), so only the bracket is read.
A venue preposition inside the bracket ("(zajęcia w Szkole nr 5 w Gdyni)", "(spotkanie w
siedzibie fundacji w Opolu)") makes the body the venue and keeps its town.
"""

from __future__ import annotations

import re

# the preposition between a body's name and its town, right before the town
_SEAT_IN = re.compile(r"(?:^|[^\w])(?:w|we|in|у|в|во)[^\S\n]+$")
# a venue preposition before the body's name: the body is where the work happens
_VENUE_IN = re.compile(r"(?<![\w])(?i:w|we|na|przy|in|at|в|во|у|на|при)(?![\w])")
_REACH = 120


def seat_bracket(text: str, at: int) -> tuple[int, int] | None:
    """The bracket whose body's name the town at `at` closes: "(… Fundacja X w <town>", with
    an organisation's head word in the bracket and no venue preposition before the one that
    precedes the town; (its start, its end or the line's), or None."""
    line_start = text.rfind("\n", max(0, at - _REACH), at) + 1
    open_at = text.rfind("(", line_start, at)
    if open_at < 0 or ")" in text[open_at:at]:
        return None
    inner = text[open_at + 1:at]
    m = _SEAT_IN.search(inner)
    if not m or _VENUE_IN.search(inner, 0, m.start() + 1):
        return None
    from ngo_atlas.extract.organisations import org_starts

    if not any(org_starts(w.strip("„”\"«»,;:")) for w in inner[:m.start() + 1].split()):
        return None
    line_end = text.find("\n", at)
    close = text.find(")", at, len(text) if line_end < 0 else line_end)
    return open_at, (close + 1 if close >= 0 else len(text) if line_end < 0 else line_end)


def named_elsewhere(text: str, s: int, e: int, town: str, bracket: tuple[int, int]) -> bool:
    """Whether text[s:e] names the town outside the bracket: its first word's stem (less its
    last letters, as any case keeps it: "Kielc-", "Варш-") capitalised and as a whole word
    with a short ending ("w Kielcach", "Kielce"), not inside another word ("medycznej" for
    "Medyka") or a compound ("Warszawsko-Praskiej")."""
    word = town.split()[0]
    stem = re.compile(rf"(?<![\w-]){re.escape(word[:max(4, len(word) - 3)])}\w{{0,5}}(?![\w-])")
    return any(not bracket[0] <= m.start() < bracket[1] for m in stem.finditer(text, s, e))
