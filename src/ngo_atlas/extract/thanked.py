"""Who a page thanks for help from outside the project ("Dziękujemy pani X z Fundacji Y za
cenne rady", "We thank Mr X, former deputy mayor, for opening the centre", "Окремо дякуємо
пані X за підтримку", "Za pomoc dziękujemy ks. X, który udostępnił salę") is no person in the
project: the thanks give a reason (a "za" / "for" / "за" phrase) in the same sentence. Who is
thanked for her work in it says so by a role of her own ("…, która koordynowała projekt",
"koordynatorce projektu X"), which other rules read before this one is asked; a sentence that
thanks with no reason ("Dziękujemy wolontariuszkom, a szczególnie X, która poprowadziła
warsztaty") names the team."""

from __future__ import annotations

import re

from ngo_atlas.extract.text import cue

# the verbs and nouns of thanking, in every language the pages are written in
_THANKS = cue(r"dziękuj\w*|podziękow\w*|thank\w*|grateful|gratitude|дяку\w*|подяк\w*|благодар\w*|"
              r"спасиб\w*")
_THANKS_WORDS = ("dzięku", "podzięk", "thank", "grateful", "gratitude", "дяку", "подяк", "благодар",
                 "спасиб")
# the reason for the thanks: "za pomoc", "for opening", "за підтримку"; a reason that is the
# project's own work ("za koordynację projektu", "for running the workshops") is a role in it
_FOR = cue(r"(?:za|for|за)[^\S\n]+(?!(?:koordyn|kierow|prowadz|poprowadz|coordinat|lead|runn|"
           r"координ|керів|керув|руковод|провед)\w*)[^\W\d]")
# where a sentence ends: "!", "?", a blank line, or a full stop before a capital that is no
# title's abbreviation ("p. Elżbiety", "ks. Mariana", "Mr. X", "dr Anna")
_END = re.compile(r"[!?]|\n[^\S\n]*\n|\.(?=\s+[A-ZĄĆĘŁŃÓŚŹŻА-ЯЁІЇЄҐ])")
_ABBR = re.compile(r"(?<![\w.])(?i:p|ks|dr|prof|hab|mgr|mec|adw|mr|mrs|ms|św|o|[A-ZА-Я])$")
_REACH = 300
_QUOTE_SHUT = re.compile(r"[”\"»]")


def _sentence(text: str, a: int, b: int) -> tuple[int, int]:
    """The sentence around text[a:b] (at most _REACH characters each way)."""
    s = max(0, a - _REACH)
    for m in _END.finditer(text, s, a):
        if not (m.group() == "." and _ABBR.search(text, max(0, m.start() - 4), m.start())):
            s = m.end()
    e = min(len(text), b + _REACH)
    for m in _END.finditer(text, b, e):
        if not (m.group() == "." and _ABBR.search(text, max(0, m.start() - 4), m.start())):
            return s, m.start()
    return s, e


def thanked_for_help(text: str, a: int, b: int) -> bool:
    """The name at text[a:b] is thanked in its sentence, with a reason for the thanks."""
    s, e = _sentence(text, a, b)
    return thanks_before(text, a) and _FOR.search(text, s, e) is not None


def thanks_before(text: str, a: int) -> bool:
    """The sentence up to text[a] thanks someone ("Dziękujemy zespołowi, a szczególnie …"):
    the name at a is one of the thanked, whether or not a reason follows."""
    s, _e = _sentence(text, a, a)
    cue_at = _THANKS.search(text, s, a)
    # ("„Dziękujemy wszystkim za pomoc” – mówi X": she thanks, no one thanks her)
    return cue_at is not None and not _QUOTE_SHUT.search(text, cue_at.end(), a)


def page_thanks(seg: str) -> bool:
    """Whether a (lowered) segment has a word of thanks at all: most have none."""
    return any(w in seg for w in _THANKS_WORDS)
