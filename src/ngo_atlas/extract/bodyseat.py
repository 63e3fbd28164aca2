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

from ngo_atlas.lang import polish

# the preposition between a body's name and its town, right before the town
_SEAT_IN = re.compile(r"(?:^|[^\w])(?:w|we|in|у|в|во)[^\S\n]+$")
# a venue preposition before the body's name: the body is where the work happens
# ("Stowarzyszenie na rzecz Uchodźców w Kielcach": "na rzecz" is part of a body's name, no venue)
_VENUE_IN = re.compile(r"(?<![\w])(?i:w|we|na(?![^\S\n]+rzecz)|przy|in|at|в|во|у|на|при)(?![\w])")
_REACH = 120


def seat_bracket(text: str, at: int) -> tuple[int, int] | None:
    """The bracket whose body's name the town at `at` closes: "(… Fundacja X w <town>", with
    an organisation's head word in the bracket and no venue preposition before the one that
    precedes the town; (its start, its end or the line's), or None."""
    line_start = max(text.rfind("\n", 0, at) + 1, at - _REACH)
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


def _same_word(form: str, word: str) -> bool:
    """One word of a town in another case: the word itself, its stem with a short ending
    ("Kielcach", "Варшаве"), or a form the Polish dictionary gives the same lemma ("Nysie" of
    Nysa, "Łodzi" of Łódź, "Pile" of Piła)."""
    stem = word[:max(4, len(word) - 3)]
    if form == word or len(word) > 4 and form.startswith(stem) and len(form) - len(stem) <= 5:
        return True
    lemmas = {polish.base_lemma(lemma) for _o, lemma, _t, _n in polish.analyse(word)}
    return bool(lemmas & {polish.base_lemma(lemma) for _o, lemma, _t, _n in polish.analyse(form)})


def named_elsewhere(text: str, s: int, e: int, town: str, bracket: tuple[int, int]) -> bool:
    """Whether text[s:e] names the town outside the bracket: each of its words, in any case,
    capitalised and as whole words ("w Kielcach", "Kielce", "w Nowym Targu"), not inside
    another word ("medycznej" for "Medyka") or a compound ("Warszawsko-Praskiej")."""
    words = town.split()
    head = re.compile(rf"(?<![\w-]){re.escape(words[0][:1])}\w*(?![\w-])")
    for m in head.finditer(text, s, e):
        if bracket[0] <= m.start() < bracket[1]:
            continue
        found = [m.group()] + text[m.end():min(e, m.end() + 40)].split()[:len(words) - 1]
        if len(found) == len(words) and all(_same_word(f.strip(".,;:()"), w) for f, w in zip(found, words)):
            return True
    return False
