"""The body whose public task a competition's grants carry out ("konkurs ofert na realizację
zadań publicznych Miasta Poznania", "Województwa Dolnośląskiego"): in Polish law an open call's
grants are given by the self-government whose tasks they are, so the nearest heading or
introduction above a results table names the grant-maker of every row there, in the genitive."""

from __future__ import annotations

import bisect
import re
from functools import lru_cache

from ngo_atlas.lang import polish
from ngo_atlas.model import Funding, Span

# "zadań publicznych Gminy Lublin", "zadania publicznego Województwa Małopolskiego", "Zadań
# Publicznych Miasta Krakowa" (a line may break between the words): a self-government's head
# noun in the genitive, then its name's capitalised words ("Gminy Miejskiej Kraków", "Miasta
# Stołecznego Warszawy"); a second word is the name's only where the two agree in number, case and gender (below)
_TASK_OWNER = re.compile(
    r"(?<![\w])(?i:zada(?:ń|nia)\s+publiczn(?:ych|ego))\s+"
    r"(?P<name>(?:Gminy|Miasta|Województwa|Powiatu|Samorządu)"
    r"\s+(?:(?:Miasta|Miejskiej)[^\S\n]+)?(?P<first>[A-ZĄĆĘŁŃÓŚŹŻ][\w-]+))"
    r"(?:[^\S\n]+(?P<second>[A-ZĄĆĘŁŃÓŚŹŻ][\w-]+))?")


def _forms(word: str, pos: str) -> set[tuple[str, str, str]]:
    """(number, case, gender) triples of the word's readings as that part of speech."""
    out = set()
    for _o, _l, tag, _n in polish.analyse(word if pos == "subst" else word.lower()):
        parts = tag.split(":")
        if parts[0] == pos and len(parts) > 3:
            out |= {(n, c, g) for n in parts[1].split(".") for c in parts[2].split(".")
                    for g in parts[3].split(".")}
    return out


def _one_name(first: str, second: str) -> bool:
    """Two capitalised words of one town's name: an adjective and a noun in one case
    ("Stołecznego Warszawy", "Nowy Targ", "Gorzowa Wielkopolskiego"), not a name and the
    next body's head ("Lublin Wydział", "Lubelskiego Zarząd")."""
    return bool(_forms(first, "adj") & _forms(second, "subst") or _forms(first, "subst") & _forms(second, "adj"))


@lru_cache(maxsize=2)
def _owners(text: str) -> tuple[tuple[int, ...], tuple[tuple[str, int, int], ...]]:
    """Every task owner the text names, once per document: (their ends, (name, start, end))."""
    found = []
    if text.find("ublicz") >= 0:
        for m in _TASK_OWNER.finditer(text):
            end = m.end("second") if m.group("second") and _one_name(m.group("first"), m.group("second")) \
                else m.end("name")
            found.append((" ".join(text[m.start("name"):end].split()), m.start("name"), end))
    return tuple(e for _n, _s, e in found), tuple(found)


def public_task_owner(text: str, end: int, lang: str) -> Funding | None:
    """The last self-government named above `end` (the nearest heading over the table) as the
    owner of the public tasks that a competition's grants pay for, in the nominative; None
    when the text names none."""
    if lang != "pl":
        return None
    ends, found = _owners(text)
    i = bisect.bisect_right(ends, end)
    if i == 0:
        return None
    from ngo_atlas.extract.funding import clean_funder

    raw, s, e = found[i - 1]
    name = clean_funder(raw, lang)
    return Funding(name, None, None, None, Span(s, e, "public_task_owner", 0.7)) if name else None
