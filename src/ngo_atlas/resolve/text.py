"""Script-level text helpers for names: quotes, tokens, transliteration, phonetic folding."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from unidecode import unidecode

QUOTES = "\"'„”“‟«»‚‘’‹›`´"
CYRILLIC = re.compile(r"[\u0400-\u04ff]")
UKRAINIAN_LETTERS = re.compile(r"[іїєґІЇЄҐ]")
WORD = re.compile(r"[^\W_]+(?:[.][^\W\d_]+)*[.]?", re.UNICODE)
_QUOTE_TABLE = str.maketrans({q: " " for q in QUOTES})


def clean(name: str) -> str:
    """NFC, quotes and brackets to spaces, whitespace collapsed."""
    s = unicodedata.normalize("NFKC", name)
    s = re.sub(r"(?<=\w)['’ʼ](?=\w)", "", s)  # Ukrainian apostrophe, soft-sign marks
    s = s.translate(_QUOTE_TABLE)
    s = re.sub(r"[()\[\]{}|/;:,]+", " ", s)
    return re.sub(r"\s+", " ", s).strip()


def words(name: str) -> list[str]:
    """Word tokens; hyphenated parts split, an abbreviation keeps its dot ("im.", "ds.")."""
    return [w for part in clean(name).replace("-", " ").replace("–", " ").split()
            for w in WORD.findall(part)]


def script_lang(name: str, lang: str = "") -> str:
    """The language a name is written in as far as script tells: uk, ru, or a Latin-script
    code ("pl" unless the document says "en"): a Polish name quoted in a Russian document
    is still Polish."""
    if CYRILLIC.search(name):
        if UKRAINIAN_LETTERS.search(name) or lang == "uk":
            return "uk"
        return "ru"
    return lang if lang in ("pl", "en") else "pl"


@lru_cache(maxsize=1)
def _translit_hook():  # type: ignore[no-untyped-def]
    # Prefer the project's own transliteration (Polish system: х→ch, ч→cz, в→w), so a
    # romanised Cyrillic name is spelled the way a Polish text would spell it.
    try:
        from ngo_atlas.lang.translit import to_latin  # type: ignore[attr-defined]
    except Exception:  # noqa: BLE001 - absent or broken module: fall back to unidecode
        return None
    return to_latin


# Words repeat across names ("Fundacja", "Stowarzyszenie", city names), so folding and the
# phonetic key are cached per process; bounded, a token is a short string.
@lru_cache(maxsize=65536)
def fold(token: str) -> str:
    """Latin, lower case, no diacritics, no apostrophes: "Łódź" → "lodz", "Люблин" → "lublin"."""
    if token.isascii():
        return token.lower().replace("'", "")
    if CYRILLIC.search(token):
        hook = _translit_hook()
        lang = "uk" if UKRAINIAN_LETTERS.search(token) else "ru"
        token = hook(token, lang) if hook else token
    return unidecode(token).lower().replace("'", "")


# Polish orthography, English and romanised Cyrillic spell the same sounds differently
# ("Kowalska" / "Kovalska", "Chełm" / "Kholm", "Memoriał" / "Miemoriał"); one phonetic key
# per token bridges them. Order matters: multi-letter spellings first.
_DOUBLE = re.compile(r"(.)\1+")
_PHON = (("szcz", "shch"), ("kh", "h"), ("ch", "h"), ("cz", "ch"), ("sz", "sh"), ("rz", "zh"),
         ("w", "v"), ("ij", "i"), ("yj", "i"), ("y", "i"), ("j", "i"), ("ie", "e"),
         ("ck", "tsk"), ("c", "ts"), ("tsh", "ch"))


@lru_cache(maxsize=65536)
def phon(token: str) -> str:
    """A phonetic key that is equal for a Polish spelling and a romanised Cyrillic one."""
    s = fold(token)
    for a, b in _PHON:
        s = s.replace(a, b)
    return _DOUBLE.sub(r"\1", s)  # double letters are spelling, not sound
