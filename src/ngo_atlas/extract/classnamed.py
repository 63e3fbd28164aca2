"""A body named after a lower-case noun of its legal form: "firma Allegro", "fundacja Porticus".

A brand-like name often follows a common noun that says what kind of body it is, written in
lower case (or capitalised only as a sentence's or a bullet's first word): "Firma X przekazała
nam 50 000 zł", "darowizna firmy X sp. z o.o.", "Sponsorem jest firma X SA, która …", "hostel
finansuje szwajcarska fundacja X", "grantodawcą jest fundacja X", "компанія X", "the company X".
The mention finders open a name only at a capitalised head word, so such a name is never a
mention and a money sentence that names it as its payer gives none. The name is in apposition
to the noun: it keeps its own form whatever the noun's case (a foreign or brand name Morfeusz
does not know, or a word it reads in the nominative), and the record keeps the name without
the noun ("firma Apator SA" -> "Apator SA"). A genitive after the noun ("fundacja Banku X") is
part of one name the finders read already, and is left to them.

The nouns are the class of legal forms that stand before a brand name: foundation, firm,
company, corporation, concern, in Polish, Ukrainian, Russian and English, in every case.
"""

from __future__ import annotations

import re

from ngo_atlas.lang import polish

_FORM_NOUN = re.compile(
    r"(?<![\w])(?:"
    r"[fF]undacj(?:a|i|ę|ą|o)|[fF]irm(?:a|y|ie|ę|ą|o)|[sS]półk(?:a|i|ę|ą|o)|[sS]półce|"
    r"[kK]oncern(?:u|owi|em|ie)?|[kK]orporacj(?:a|i|ę|ą)|"
    r"[cC]ompany|[cC]orporation|"
    r"[фФ]онд(?:у|ом|і|е|а)?|[фФ]ундаці(?:я|ї|ю|єю)|[фФ]ундаци(?:я|и|ю|ей)|"
    r"[кК]омпані(?:я|ї|ю|єю)|[кК]омпани(?:я|и|ю|ей)|[фФ]ірм(?:а|и|і|у|ою)|[фФ]ирм(?:а|ы|е|у|ой)|"
    r"[кК]орпораці(?:я|ї|ю|єю)|[кК]орпораци(?:я|и|ю|ей)"
    r")[^\S\n]+(?=[A-ZĄĆĘŁŃÓŚŹŻÄÖÜ])")
# a Latin-script name: capitalised words or acronyms, small linking words inside, and a
# company form at its end ("sp. z o.o.", "S.A.", "SA", "GmbH", "Ltd")
# ("Sp. z o.o.": the capitalised form is the name's end, no word of it)
_NOT_FORM = r"(?![sS]p\.[^\S\n]*(?:z[^\S\n]|[jkp]\.))"
_NAME = re.compile(
    r"[A-ZĄĆĘŁŃÓŚŹŻÄÖÜ][\w&'’.-]*(?:[^\S\n]+(?:(?:of|and|for|the|i|de|für)[^\S\n]+)?"
    + _NOT_FORM + r"[A-ZĄĆĘŁŃÓŚŹŻÄÖÜ0-9][\w&'’.-]*)*"
    r"(?:[^\S\n]+(?:[sS]p\.[^\S\n]*z[^\S\n]*o\.[^\S\n]*o\.|[sS]p\.[^\S\n]*[jkp]\.|S\.A\.|SA|GmbH|Ltd\.?|Inc\.?|AG))?")
_COMPANY_TAIL = re.compile(r"(?:sp\.\s*z\s*o\.\s*o\.|sp\.\s*[jkp]\.|S\.A\.|Ltd\.|Inc\.)$", re.IGNORECASE)


def class_named(text: str, s: int, e: int) -> list[tuple[int, int]]:
    """The spans of names standing after a noun of legal form in s..e (the noun left out)."""
    out = []
    for m in _FORM_NOUN.finditer(text, s, e):
        if m.group()[:1].isupper() and not _opens(text, m.start()):
            continue  # "Fundacja Batorego": a capitalised head is the name's own, read by the finders
        n = _NAME.match(text, m.end(), e)
        if not n:
            continue
        b = n.end()
        if text[b - 1] == "." and not _COMPANY_TAIL.search(text, n.start(), b):
            b -= 1  # a sentence's stop after the name
        first = re.match(r"[\w-]+", text[n.start():b])
        if first is None or not _own_form(first.group()):
            continue
        out.append((n.start(), b))
    return out


def _opens(text: str, a: int) -> bool:
    """The noun is capitalised only because it opens its line, bullet or sentence."""
    before = text[max(0, a - 3):a].rstrip(" \t•*-–")
    return not before or before[-1:] in ".!?\n"


def _own_form(word: str) -> bool:
    """The name's first word is in apposition, not a genitive of the noun: Morfeusz does not
    know it, or reads it in the nominative (Latin-script words in a Cyrillic text pass)."""
    if not word.isascii() and not any(c in word for c in "ąćęłńóśźżĄĆĘŁŃÓŚŹŻ"):
        return True  # ("Glückskette"): a foreign name, no Polish case
    tags = [t[2] for t in polish.analyse(word) if t[2].startswith(("subst", "adj", "depr"))]
    return not tags or any("nom" in polish.tag_cases(t) for t in tags)
