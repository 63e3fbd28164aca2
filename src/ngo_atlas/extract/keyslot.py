"""A name that is a key's whole value, at a line's start or after a stop ("Umawia: X")."""

from __future__ import annotations

import re

from ngo_atlas.extract.tables import header_key

# the key: a few words with no digit (an agenda's "9:30" is a time, not a key) before a colon or a
# spaced dash, after an optional bullet; then titles and courtesies only, up to the name
_WORD = r"[^\W\d_](?:[^\W\d_]|-(?=[^\W\d_]))*"  # letters, hyphens inside ("po-polsku")
_KEY_BEFORE = re.compile(
    r"(?:(?:^|\n)[^\S\n]*(?:[•·*▪►][^\S\n]*|[–—-][^\S\n]+)?|(?P<stop>[.!?][^\S\n]+))"
    r"(?P<key>" + _WORD + r"\.?(?:[^\S\n]+" + _WORD + r"\.?,?){0,7})"
    r"(?:[^\S\n]*:|[^\S\n]+[–—-])[^\S\n]*"
    r"(?:(?i:dr|hab|mgr|inż|prof|adw|mec|adv|ks|pani|pan|p|д-р|доктор|пані|пан)\.?[^\S\n]+)*$")
_STOP_IN_KEY = re.compile(r"[.!?][^\S\n]+(?=[A-ZĄĆĘŁŃÓŚŹŻА-ЯЁІЇЄҐ])")
# a key before a dash is a job's short name ("Asystentka –", "Specjalistka ds. rekrutacji –")
_DASH_KEY_WORDS = 4
# after the name the value ends: the line's end, a comma, a bracket, a dash, a stop
_VALUE_END = re.compile(r"[^\S\n]*(?:\n|$|[,;(|/]|[–—-][^\S\n]|\.(?:[^\S\n]|\n|$))")
# a key that names whom to ask ("Informacje po ukraińsku: X", "Information in English: X"): the
# information noun alone or with a phrase after a preposition ("Information Officers" are a job)
_ASK_KEY = re.compile(r"(?:informac\w*|information|информац\w*|інформац\w*)(?:[^\S\n]+"
                      r"(?:po|w|dla|in|o|about|for|по|на|о|про|в|у|для)(?:[^\S\n].*|-.*)?)?",
                      re.IGNORECASE)


def slot_key(text: str, a: int, b: int) -> str | None:
    """The key whose whole value the name at text[a:b] is, or None."""
    ls = text.rfind("\n", 0, a)
    m = _KEY_BEFORE.search(text, max(ls, 0), a)
    if m is None or m.end() != a or not _VALUE_END.match(text, b):
        return None
    colon = ":" in text[m.end("key"):a]
    key = _STOP_IN_KEY.split(m.group("key"))[-1]  # the key after a sentence before it
    if (m.group("stop") or key != m.group("key")) and not colon:
        return None  # after a sentence on its line only a colon makes a key ("…. Informacje: X")
    if not colon and len(key.split()) > _DASH_KEY_WORDS:
        return None  # "To było dla nas ważne – X": a quote's attribution, no key
    # (a key the labels read as another field's holds a body's or a scheme's name: "Programme:
    # Home Affairs", "Grantor: Active Citizens"; a person's key or an unknown one may hold hers)
    if header_key(key) not in (None, "coordinator", "contact", "expert", "team"):
        return None
    return key


def asks_key(key: str) -> bool:
    """The key says whom to ask (a contact), by its words alone."""
    return _ASK_KEY.fullmatch(key.strip()) is not None
