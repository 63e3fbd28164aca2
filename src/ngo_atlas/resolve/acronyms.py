"""Acronyms of names: the initials of their words, and telling an acronym when one is written."""

from __future__ import annotations

import re

_ACRONYM = re.compile(r"^[A-ZĄĆĘŁŃÓŚŹŻА-ЯЁІЇЄҐ][A-Za-ząćęłńóśźżА-Яа-яЁёІіЇїЄєҐґ]{0,3}"
                      r"[A-ZĄĆĘŁŃÓŚŹŻА-ЯЁІЇЄҐ][A-ZĄĆĘŁŃÓŚŹŻА-ЯЁІЇЄҐa-z]{0,6}$")
SMALL = {"i", "w", "we", "na", "z", "ze", "do", "dla", "o", "oraz", "im.", "ds.", "a",
         "for", "of", "the", "and", "in", "on", "по", "и", "в", "з", "у", "і", "та", "де", "rzecz",
         "nad", "przy", "pod", "po"}


def is_acronym(token: str) -> bool:
    """An all-caps (or mixed like "UdSC", "MSWiA") short token: "HFPC", "IOM", "UNHCR"."""
    letters = [c for c in token if c.isalpha()]
    if not 2 <= len(letters) <= 8 or not _ACRONYM.match(token):
        return False
    upper = sum(c.isupper() for c in letters)
    return upper >= max(2, len(letters) - 2)


def initials(tokens: list[str], skip: set[str] | frozenset[str] = frozenset()) -> str:
    """Upper-case initials of the tokens not in ``skip`` (small words are always skipped)."""
    return "".join(t[0].upper() for t in tokens
                   if t and t[0].isalpha() and t.lower() not in SMALL and t.lower() not in skip)


def acronym_forms(tokens: list[str], legal_form_idx: set[int]) -> set[str]:
    """Acronyms a name may be written as: with and without its legal-form word, and with
    "do Spraw" kept as in "UdSC"; only three letters and more, as two are too ambiguous."""
    from unidecode import unidecode

    out = {initials(tokens)}
    out.add(initials([t for i, t in enumerate(tokens) if i not in legal_form_idx]))
    tiny = {"i", "w", "z", "ze", "a", "the", "of", "and"}
    out.add("".join(t[0].upper() for t in tokens if t[0].isalpha() and t.lower() not in tiny))
    out.add("".join(t[0].upper() for t in tokens if t[:1].isalpha()))  # "ZUwP" keeps "w"
    # Leading parts of long names: "Katolicki Uniwersytet Lubelski Jana Pawła II" is "KUL".
    content = [t for t in tokens if t[:1].isalpha() and t.lower() not in SMALL]
    for n in range(3, len(content)):
        out.add(initials(content[:n]))
    # "Lubelski Urząd Wojewódzki w Lublinie" is "LUW": the initials before a preposition.
    head = []
    for t in tokens:
        if t.lower() in SMALL:
            break
        head.append(t)
    if len(head) >= 3:
        out.add(initials(head))
    return {unidecode(a).upper() for a in out if len(a) >= 3}
