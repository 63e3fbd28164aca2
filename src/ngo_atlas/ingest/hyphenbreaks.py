"""Words a hard-wrapped page (a PDF's text) breaks with a hyphen at a line's end, made whole
where the Latin-script rule of ingest.text does not reach: Cyrillic words ("ми-\\nграции",
"Това-\\nриством", "«Ин-\\nтерКультура»") and proper-name compounds whose every part is
capitalised ("Bielsko-\\nBiała", "(Friedrich-\\nEbert-Stiftung"). As in ingest.text, the whole
word goes to the end of the first line and the line count stays.
"""
from __future__ import annotations

import re

_CYR_LOWER = "а-яёіїєґ"
_CYR = _CYR_LOWER + "А-ЯЁІЇЄҐ"
_APOS = "'’ʼ"
# the first part (Cyrillic letters), the hyphen, the next line's lower-case rest (a capital may
# follow inside a name, "терКультура"), then the punctuation that closes it
_CYR_BREAK = re.compile(rf"([{_CYR}][{_CYR}{_APOS}]*)-\n(-?)([{_CYR_LOWER}][{_CYR}{_APOS}]*)([^\w\s]*)[ \t]*")
# "Bielsko-\nBiała", "Kędzierzyn-\nKoźle", "(Friedrich-\nEbert-Stiftung,": a capital before the
# hyphen and after it; lower-case letters between (no acronym, "UMO-\n2020/…", "PL-\nUA")
_NAME_BREAK = re.compile(r"(?<![^\W\d_])([A-ZĄĆĘŁŃÓŚŹŻ][a-ząćęłńóśźżäöüé]+)-\n([A-ZĄĆĘŁŃÓŚŹŻ][a-ząćęłńóśźżäöüé]+"
                         r"(?:-[A-ZĄĆĘŁŃÓŚŹŻ]?[a-ząćęłńóśźżäöüé]+)*)([^\w\s]*)[ \t]*")


def join_hyphen_breaks(text: str) -> str:
    """``text`` with its Cyrillic words and capitalised name compounds broken at a line's end
    made whole on their first line (a text with no "-\\n" is returned as it is)."""
    if "-\n" not in text:
        return text
    text = _NAME_BREAK.sub(_join_name, text)
    if re.search(rf"[{_CYR}]-\n", text):
        text = _CYR_BREAK.sub(_join_cyrillic, text)
    return text


def rest_of_line(m: re.Match[str]) -> str:
    """The newline a joined word leaves behind: none where the word's rest stood alone on its
    line (that line's own newline closes the word), else one, so the lines stay as many."""
    alone = m.end() == len(m.string) or m.string[m.end()] == "\n"
    return "" if alone else "\n"


def _join_name(m: re.Match[str]) -> str:
    return f"{m.group(1)}-{m.group(2)}{m.group(3)}" + rest_of_line(m)


def _join_cyrillic(m: re.Match[str]) -> str:
    """A break's hyphen is dropped where the joined word is one the Russian or Ukrainian
    dictionary knows ("миграции", "Товариством", "Вроцлаві"), or where the part before it does
    not end in a compound's linking vowel (a syllable of a name the dictionary cannot know,
    "Ин-терКультура"); a compound's own hyphen stays: repeated at the next line's start, or
    after a linking "-о"/"-е" when the joined word is unknown ("українсько-польський",
    "северо-западный")."""
    first, repeated, rest, punct = m.groups()
    if repeated:
        word = f"{first}-{rest}"
    elif _known(first + rest) or not first.lower().endswith(("о", "е", "є")):
        word = first + rest
    else:
        word = f"{first}-{rest}"
    return word + punct + rest_of_line(m)


def _known(word: str) -> bool:
    from ngo_atlas.lang.slavic import word_is_known  # loaded only for a Cyrillic break
    w = word.lower()
    return word_is_known(w, "ru") or word_is_known(w, "uk")
