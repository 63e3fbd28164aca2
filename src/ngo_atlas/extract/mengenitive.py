"""A man's name left in the genitive or accusative ("z udziałem dr Joanny X i Tarika Mansoura",
"pod kierunkiem dyrygenta Oresta Hnatiuka", "to zasługa Kamila Sobczaka, naszego akustyka"):
both words end in the -a a man's consonant-stem name takes in those cases, which a woman's
nominative ("Oksana Wrona", "Kamila Duda") shows as well. The words around the name decide:
a man's noun or adjective in those cases right before or after it, a preposition or phrase that
governs the genitive, or another name before "i"/"oraz" that stands in the genitive. (A foreign
woman's first name in -a is declined in such a place, "z udziałem Oksany Wrony", so the
reading is a man's.) Polish text only; the dictionary cannot tell, since it does not know
"Tarik" or "Orest", and reads "Kamila" as a woman's nominative first."""

from __future__ import annotations

import re

from ngo_atlas.lang import polish
from ngo_atlas.model import PersonRef

# a first name and a surname, each ending in -a after a consonant (or a soft "-sia": "Alesia")
_PAIR = re.compile(r"[A-ZĄĆĘŁŃÓŚŹŻ][a-ząćęłńóśźż]+(?:[bcdfghjklłmnprstvwzż]|(?<=[aeiouy])(?:dz|[sczn])i)a "
                   r"[A-ZĄĆĘŁŃÓŚŹŻ][a-ząćęłńóśźż]+[bcdfghjklłmnprstvwzż]a")
# a woman's surname whatever its case shows: "-ska", "-cka", "-owa", "-eva", "-ina", "-ava"
_WOMANS_SURNAME = re.compile(r"(?:sk|ck|dzk|ow|ew|ov|ev|av|in|yn)a$")
# a degree or courtesy title between the cue and the name ("dyrygenta dr Oresta X")
_TITLES = r"(?:(?:dr|hab|prof|mgr|inż|ks|mec|adw|red)\.?[^\S\n]+)*"
# the word right before the name, and what a bracket ("(Uniwersytet Łódzki)") may close before it
_BEFORE = re.compile(rf"([^\W\d_]+)[^\S\n]+{_TITLES}$")
_BRACKET_END = re.compile(r"[^\S\n]*\([^()\n]{1,80}\)[^\S\n]*$")
# another person's name in the genitive before "i"/"oraz": "dr hab. Joanny Lipskiej (…) i"
_COORDINATED = re.compile(rf"([A-ZĄĆĘŁŃÓŚŹŻ][a-ząćęłńóśźż]+)[^\S\n]+[A-ZĄĆĘŁŃÓŚŹŻ][\w-]+"
                          rf"(?:[^\S\n]*\([^()\n]{{1,80}}\))?[^\S\n]+(?:i|oraz)[^\S\n]+{_TITLES}$")
# ", naszego technika", ", dyrektora fundacji": a man's word in those cases after a comma
_AFTER = re.compile(r",[^\S\n]*([^\W\d_]+)")
# the prepositions and phrases that govern the genitive (or, for a man, the same accusative)
_GOVERNING = frozenset({"dla", "od", "u", "do", "według", "wg", "bez", "przez", "udziałem", "kierunkiem",
                        "opieką", "inicjatywy", "okiem", "pomocą", "wsparciem"})
_SOFT = {"sia": "ś", "zia": "ź", "cia": "ć", "nia": "ń", "dzia": "dź"}


def _mans_oblique(word: str) -> bool:
    """A noun or adjective that reads as a man's genitive or accusative singular ("dyrygenta",
    "pana", "naszego"), not as any nominative."""
    tags = [a[2] for a in polish.analyse(word.lower())]
    return any(":sg:" in t and "m1" in t and ("gen" in t or "acc" in t) for t in tags) and \
        not any(":nom" in t for t in tags if t.startswith(("subst", "adj")))


def _genitive_name(word: str) -> bool:
    """A known first name read only as a genitive singular ("Moniki", "Katarzyny", "Jana")."""
    found = [a for a in polish.analyse(word) if "imię" in a[3]]
    return bool(found) and any(":sg:gen" in a[2] for a in found) and not any(
        ":sg:nom" in a[2] for a in found)


def _first_may_be_mans(word: str) -> bool:
    """The first name is unknown to the dictionary ("Tarika", "Oresta") or one it reads as a
    man's genitive/accusative too ("Kamila": Kamil)."""
    found = polish.analyse(word)
    return not polish.is_known(word) or any("imię" in a[3] and "m1" in a[2] and "gen" in a[2] for a in found)


def _surname_may_be_mans(word: str) -> bool:
    return not _WOMANS_SURNAME.search(word) and (not polish.is_known(word) or any(
        "m1" in a[2] and "gen" in a[2] for a in polish.analyse(word)))


def _in_oblique_place(text: str, a: int, b: int) -> bool:
    before = text[max(0, a - 160):a]
    m = _BEFORE.search(before)
    if m and (m.group(1).lower() in _GOVERNING or _mans_oblique(m.group(1))):
        return True
    c = _COORDINATED.search(before)
    if c and _genitive_name(c.group(1)):
        return True
    after = _AFTER.match(text, b)
    return bool(after) and _mans_oblique(after.group(1))


def _nominative(first: str, surname: str) -> str:
    for end, soft in _SOFT.items():
        if first.endswith(end) and not first.endswith("d" + end):
            return f"{first[:-len(end)]}{soft} {surname[:-1]}"
    return f"{first[:-1]} {surname[:-1]}"


def mens_genitive_names(text: str, found: list[PersonRef], lang: str) -> None:
    """Put in the nominative each man's name the page writes in the genitive or accusative
    ("Tarika Mansoura" -> "Tarik Mansour"), where the words around one of its mentions say so."""
    if lang != "pl":
        return
    for p in found:
        if not p.name or not _PAIR.fullmatch(p.name):
            continue
        first, surname = p.name.split()
        if not (_first_may_be_mans(first) and _surname_may_be_mans(surname)):
            continue
        at = text.find(p.name)
        while at >= 0:
            if _in_oblique_place(text, at, at + len(p.name)):
                p.name = _nominative(first, surname)
                break
            at = text.find(p.name, at + 1)
