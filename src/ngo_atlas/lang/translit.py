"""Russian/Ukrainian Cyrillic to Latin (Polish transcription) and a cross-script matching key.

Why the Polish system (the rules of the Polish Commission on Standardization of
Geographical Names, as Polish newspapers write Russian and Ukrainian names) and not
ISO 9 or BGN/PCGN: most Cyrillic names in this corpus are Polish names written in
Cyrillic ("Варшава", "Фундация Оцаление", "Люблин"), and the Polish system gives them
back close to the originals ("Warszawa", "Fundacija Ocalienije", "Lublin"), where
ISO 9 gives "Varšava" and BGN "Varshava". Other Cyrillic languages fall back on
unidecode. ``fold`` then removes what still differs between spellings (diacritics,
ch/h, ij/i, ie/e, y/i, v/w) so names match across scripts.
"""

from __future__ import annotations

import re
import unicodedata

from unidecode import unidecode

_VOWELS = set("аеёиоуыэюяєіїaeiouy")
_SOFT_SIGN_PAIRS = {"н": "ń", "с": "ś", "з": "ź", "т": "ć", "д": "dź", "ц": "ć"}

_COMMON = {
    "а": "a", "б": "b", "в": "w", "д": "d", "ж": "ż", "з": "z", "й": "j", "к": "k",
    "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u",
    "ф": "f", "х": "ch", "ц": "c", "ч": "cz", "ш": "sz", "щ": "szcz", "ъ": "",
}
_RU = {**_COMMON, "г": "g", "ы": "y", "э": "e"}
_UK = {**_COMMON, "г": "h", "ґ": "g", "и": "y", "і": "i", "ї": "ji", "е": "e"}

# Iotated vowels: (after a word start, a vowel or a separator; after л; after others).
_IOTATED = {
    "ru": {"е": ("je", "e", "ie"), "ё": ("jo", "o", "io"), "ю": ("ju", "u", "iu"),
           "я": ("ja", "a", "ia")},
    "uk": {"є": ("je", "e", "ie"), "ю": ("ju", "u", "iu"), "я": ("ja", "a", "ia")},
}
_HARD_BEFORE_E = set("жцшчщ")  # after them е is plain "e" and и is "y" (Russian)
_L_SOFTENERS = {"ru": set("еёиюяь"), "uk": set("єіїюяь")}


def _lower_cyrillic(prev: str, ch: str, nxt: str, lang: str) -> str:
    """Latin for one lower-case Cyrillic letter, given its neighbours."""
    table = _UK if lang == "uk" else _RU
    if ch in _IOTATED[lang]:
        initial, after_l, after_cons = _IOTATED[lang][ch]
        if not prev or prev in _VOWELS or prev in "ъь'’ʼ" or not prev.isalpha():
            return initial
        if prev == "л":
            return after_l
        if prev in _HARD_BEFORE_E and ch in "её":
            return after_l
        return after_cons
    if ch == "л":
        return "l" if nxt in _L_SOFTENERS[lang] else "ł"
    if ch == "и" and lang == "ru":
        if prev == "ь":
            return "ji"
        return "y" if prev and prev in "жцш" else "i"
    if ch == "ь":
        return ""  # handled with the consonant before it
    if ch in _SOFT_SIGN_PAIRS and nxt == "ь":
        return _SOFT_SIGN_PAIRS[ch]
    if ch in "'’ʼ" and lang == "uk":
        return ""
    if ch in table:
        return table[ch]
    return ch


def _word_to_latin(word: str, lang: str) -> str:
    low = word.lower()
    out = []
    for i, ch in enumerate(low):
        prev = low[i - 1] if i else ""
        nxt = low[i + 1] if i + 1 < len(low) else ""
        latin = _lower_cyrillic(prev, ch, nxt, lang)
        if word[i].isupper() and latin:
            # "Щ" alone in a capitalised word is "Szcz", in an upper-case word "SZCZ".
            whole_upper = word.isupper() and len(word) > 1
            latin = latin.upper() if whole_upper else latin[0].upper() + latin[1:]
        out.append(latin)
    return "".join(out)


_CYR_RUN = re.compile(r"[\u0400-\u04ff'’ʼ]+")


def to_latin(text: str, lang: str) -> str:
    """``text`` with its Cyrillic words in Latin letters (Polish system for ru and uk)."""
    if lang not in ("ru", "uk"):
        return unidecode(text)
    return _CYR_RUN.sub(lambda m: _word_to_latin(m.group(0), lang), text)


def guess_cyrillic_language(text: str) -> str:
    """"uk" when the text has a letter only Ukrainian uses, otherwise "ru"."""
    return "uk" if re.search(r"[іїєґІЇЄҐ]", text) else "ru"


_FOLD_RULES = (
    (re.compile(r"[kc]h"), "h"),
    (re.compile(r"[iy]j"), "i"),
    (re.compile(r"y"), "i"),
    (re.compile(r"(?<=[bcdfghklmnprstvwxz])j(?=[aeiou])"), "i"),
    (re.compile(r"ie"), "e"),
    (re.compile(r"v"), "w"),
    (re.compile(r"\s+"), " "),
)


def fold(text: str) -> str:
    """A matching key: case folded, Latin, no diacritics, spelling variants merged."""
    text = unicodedata.normalize("NFKC", text)
    if _CYR_RUN.search(text):
        text = to_latin(text, guess_cyrillic_language(text))
    text = text.casefold().replace("ł", "l")
    text = "".join(c for c in unicodedata.normalize("NFKD", text)
                   if not unicodedata.combining(c))
    if not text.isascii():
        text = unidecode(text).lower()
    # Until nothing changes: one merge can make another ("iye" -> "iie" -> "ie" -> "e").
    previous = None
    while previous != text:
        previous = text
        for pattern, repl in _FOLD_RULES:
            text = pattern.sub(repl, text)
    return text.strip()
