"""A body named by its short form where the page also spells its full name (round 24, ORG-V).

SCHEMA.md: organisations are "expanded where the text gives the full name". Pages name a body
once in full (a masthead, a footer, the first mention: "Stowarzyszenie na rzecz Integracji
Społeczności X", "Fundacja przeciwko Handlowi Ludźmi i Niewolnictwu X", "Фонд підтримки
громадських ініціатив «X»") and then by its head word and proper name alone ("Stowarzyszenie X",
"Fundacja X", "Фонд «X»"). The short form's words are the full form's first and last words: the
same head noun (any case: "Stowarzyszenia na rzecz Migrantów „X”"), then one to six words of the
name's matter (capitalised words and the small words that join them), then the same proper name,
quoted or not. The full form, in the nominative, replaces the short one when the page gives
exactly one such full form.
"""
from __future__ import annotations

import re

from ngo_atlas.extract.names import is_cyrillic

# small words inside a Latin-script name's matter ("na rzecz", "dla", "przeciwko", "of", "for")
_JOINS = {"na", "rzecz", "dla", "przeciwko", "i", "do", "spraw", "ds.", "ds", "z", "ze", "przy", "im.",
          "of", "for", "the", "and", "against", "de", "du", "der", "für", "pro", "o", "nad", "w", "we"}
_OPEN, _CLOSE = "„“\"«", "”“\"»"


def expand(text: str, orgs: list, lang: str) -> None:
    """Give each short-named body in ``orgs`` (OrgRef, changed in place) its full name."""
    from ngo_atlas.extract.organisations import clean_org, is_org_head

    for o in orgs:
        words = o.name.split()
        if o.role == "funder":
            continue  # a payer's name is the funding record's too: both are left as read
        if not 2 <= len(words) <= 4 or not is_org_head(words[0]) or not all(
                w.lstrip(_OPEN)[:1].isupper() for w in words[1:]):
            continue
        full = _full_form(text, words, lang, clean_org)
        if full and full.casefold() != o.name.casefold():
            o.name = full


def _full_form(text: str, words: list[str], lang: str, clean_org) -> str | None:
    head, tail = words[0], " ".join(words[1:])
    stem = head[:-1] if len(head) > 4 else head
    wins = []
    at = text.find(tail)
    while at != -1:  # a window before each of the proper name's occurrences: no scan of the page
        w = text.rfind(stem, max(0, at - 160), at)
        if w != -1 and len(text[w:at].split()) >= 2:  # a word between the head and the name
            wins.append((w, at + len(tail) + 1))
        at = text.find(tail, at + len(tail))
    if not wins:
        return None  # (most bodies: the page writes only the short form; no pattern compiled)
    pat = re.compile(r"(?<!\w)" + re.escape(stem) + r"\w{0,3}((?:[^\S\n]+[^\s,;:()„“”\"«»]+){1,6}?)"
                     r"[^\S\n]+[" + _OPEN + r"]?" + re.escape(tail) + r"[" + _CLOSE + r"]?(?!\w)")
    found = set()
    for w, end in wins:
        if m := pat.match(text, w, end):
            found.update(_nominal(m, stem, head, words, lang, clean_org))
    return found.pop() if len(found) == 1 else None


def _nominal(m, stem, head, words, lang, clean_org) -> list[str]:
    """The full form a match spells, in the nominative; none when its middle is no name's matter."""
    if not _matter(m.group(1).split(), stem):
        return []
    c = clean_org(m.group(), lang)
    if c and c[0].split()[0].casefold() == head.casefold() and len(c[0].split()) > len(words):
        return [c[0]]
    return []


_CONJ = {"i", "oraz", "and", "та", "і", "й", "и"}


def _matter(mid: list[str], stem: str) -> bool:
    """The words between the head and the proper name are a name's matter: capitalised words
    (at least one) and the small words that join them; in Cyrillic, lower-case words too
    ("против торговли людьми"), a name's matter being written in lower case there."""
    from ngo_atlas.extract.organisations import is_org_head

    if any(w.startswith(stem) for w in mid):
        return False  # a second body of the same kind ("Fundacja X i Fundacja Y")
    if any(a.lower() in _CONJ and is_org_head(b) for a, b in zip(mid, mid[1:])):
        return False  # "Miasta X i Fundacji X": a conjunction before a head word joins two bodies
    cyr = is_cyrillic(" ".join(mid))
    caps = [w for w in mid if w[:1].isupper()]
    if not caps and not cyr:
        return False
    return all(w[:1].isupper() or w.lower() in _JOINS or (cyr and w[:1].isalpha()) for w in mid)
