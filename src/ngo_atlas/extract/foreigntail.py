"""A foreign body's name whose later words are written in lower case, read whole on a page
in Polish, Russian or Ukrainian.

"oraz Jaunimo iniciatyvų centras (Kowno, Litwa)", "Partnerem norweskim jest Drammen kommune,
która …", "│ Partner wiodący │ Lazdijų kultūros centras (Litwa) │": Lithuanian, Norwegian or
Portuguese names write their head noun in lower case after the capitalised words, and the name
readers, which take capitalised words, stopped before it ("Jaunimo", "Drammen", and "Lazdijų"
then read as the town Lazdijai). The read gold keeps the whole name as written (kc17, pa29,
rb06, sb21). On such a page a lower-case word that no Polish dictionary knows, right after a
name all of whose words are unknown too, is the name's own word; the name ends at the first
word the dictionary knows ("z Kowna", "która") or at punctuation. English pages are left
alone: there every English word is unknown to Morfeusz ("Drammen supports …")."""

from __future__ import annotations

import re

from ngo_atlas.lang import polish
from ngo_atlas.model import OrgRef

# the lower-case Latin words right after a name, up to three, on the same line
_TAIL = re.compile(r"(?:[^\S\n]+[a-zß-öø-ÿā-žș-ț]{3,}){1,3}")
_WORD = re.compile(r"[^\W\d_]+")
_POLISH_LETTER = re.compile(r"[ąćęłńóśźż]")


def _unknown(word: str) -> bool:
    return all(a[2] == "ign" for a in polish.analyse(word))


def _foreign(name: str) -> bool:
    """Every word of the name capitalised and unknown to the Polish dictionary ("Kauno Saulės")."""
    words = _WORD.findall(name)
    return bool(words) and all(w[:1].isupper() and not w.isupper() and _unknown(w) for w in words)


def with_foreign_tails(text: str, orgs: list[OrgRef], lang: str) -> list[OrgRef]:
    """orgs, each foreign name read short of its lower-case words made whole, as written."""
    if lang not in ("pl", "ru", "uk"):
        return orgs
    if lang == "pl" and not _POLISH_LETTER.search(text):
        # a Polish page typed without its diacritics: every word of it is unknown to the
        # dictionary ("Bosch zapewniajac sprzet"), and no lower-case word tells a name's own
        return orgs
    for o in orgs:
        sp = o.span
        if sp is None or not o.name:
            continue
        raw = text[sp.start:sp.end].rstrip(" .,;")
        m = _TAIL.match(text, sp.start + len(raw))
        if m is None or not _foreign(raw):
            continue
        tail = []
        for w in m.group().split():
            if not _unknown(w):
                break
            tail.append(w)
        if tail:
            o.name = raw.strip() + " " + " ".join(tail)
    return orgs
