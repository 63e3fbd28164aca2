"""An informal group named in a value by its kind, its name and its patron: "Wnioskodawca: grupa
nieformalna „Ełckie Sąsiadki” pod patronatem Stowarzyszenia X", "Realizator: grupa nieformalna
Mamy z Piekoszowa (z patronem – Stowarzyszeniem Y)". Grant lists name a group that has no legal
form this way; the group (its name, as written) runs the project, and the patron clause that
follows is read on its own (patronage.py). Quoted or not, the name stands in apposition to
"grupa", so it is in the nominative already and is kept as written."""

from __future__ import annotations

import re

# the group's kind in the nominative (a value's or a list item's first words)
_KIND = r"(?:grupa[^\S\n]+nieformalna|nieformalna[^\S\n]+grupa|grupa[^\S\n]+inicjatywna|informal[^\S\n]+group)"
# what may follow the name: a bracket (a seat, a patron), a patron clause, "przy X"
_TAIL = (r"(?:[^\S\n]*\([^()\n]*\))?(?:,?[^\S\n]+(?:(?:pod|z|ze)[^\S\n]+patron\w*|przy(?=[^\S\n]+[A-ZĄĆĘŁŃÓŚŹŻ])"
         r"|under[^\S\n]+the[^\S\n]+patronage)\b.*)?")
_NAMED = re.compile(
    rf"(?:the[^\S\n]+|an?[^\S\n]+)?(?i:{_KIND})[^\S\n]+"
    rf"(?:[„“\"«](?P<q>[A-ZĄĆĘŁŃÓŚŹŻА-ЯЁІЇЄҐ][^„”“\"«»\n]*)[”“\"»]"
    rf"|(?P<bare>[A-ZĄĆĘŁŃÓŚŹŻ][\w-]*(?:[^\S\n]+(?:[A-ZĄĆĘŁŃÓŚŹŻ][\w-]*|z|ze|w|we|na|nad|spod|od|do|i))*?))"
    rf"(?P<tail>{_TAIL})[.;,]?")


def group_name(raw: str) -> str | None:
    """The informal group's name where the whole value is "grupa nieformalna X" and at most a
    bracket or a patron clause after it; None for anything else (a body with a head word, a
    group named by no capitalised name: "grupa nieformalna mieszkańców wsi")."""
    m = _NAMED.fullmatch(raw.strip(" •*-–●\t\n"))
    if not m:
        return None
    name = (m.group("q") or m.group("bare") or "").strip()
    if m.group("bare") and name.split()[-1] in ("z", "ze", "w", "we", "na", "nad", "spod", "od", "do", "i"):
        return None  # a preposition closes no name
    return name or None
