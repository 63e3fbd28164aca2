"""Detect a document's main language (ISO 639-1) from its script, letters and stop words.

Why a small classifier and not a package: the atlas only has to tell apart Polish,
Russian, Ukrainian and English (plus a few neighbouring Latin-script languages that
appear on the sector's pages), and it runs on every document at >= 200 docs/s.
bench/lang_detect.py measured, on 62 documents (the 20 of ../shared/eval/dev, the 10
of ../shared/eval/html by their trafilatura main text, the first 32 of eval/extra),
each whole and cut to its first 200 characters (124 cases):
this classifier 124/124 right at ~150 us per document; lingua-language-detector
(restricted to pl ru uk en de fr), py3langid and langdetect (same restriction) 123/124
(all of them call the half-Polish opening of d13 Polish) at ~1000, ~400 and ~3900 us.
Caveat: the classifier's word endings were added after seeing that opening fail, so on
the dev set it is not an unseen-data figure; eval/extra was written afterwards. With
x33 and x34 added (128 cases) it misses one: x33's first 200 characters, which are a
Ukrainian quotation opening a Polish page. It is also deterministic and needs no 96 MB
model package. The signals:

* script: Cyrillic letters against Latin letters decide the family, so a Polish page
  quoting a Russian sentence keeps its main language;
* letters found in one language only (Ukrainian ї є ґ, Russian ъ, Belarusian ў, Polish
  ą ę ł ś ź ż ń ć, German ß ä ü, ...), or in few (і, ы, э, ё);
* the commonest function words of each language, counted per word.
"""

from __future__ import annotations

import re
from functools import lru_cache
from operator import itemgetter

UNDETERMINED = "und"

_WORD = re.compile(r"[^\W\d_]+")

# Function words; a word listed for several languages splits its vote between them.
_STOP = {
    "pl": "i w z na się do nie że jest dla o od po oraz przez jak to są ich ze który "
          "która które także lub był była było być przy tym jego jej ale czy tak we "
          "pod już roku r ramach projektu projekt osób może można tego",
    "en": "the and of to in for is on with by that this are as from was were be at "
          "an it its or which have has been will their our we project projects",
    "de": "der die das und ist nicht mit von zu den für auf ein eine sich dem des im "
          "auch werden wird sind",
    "fr": "le la les et des est un une du en pour dans qui sur au aux pas par ce sont "
          "avec être ont",
    "es": "el los las y es del en un una por con para que se su al como más fue son",
    "it": "il lo gli e di che è per non una della delle sono con del nel alla",
    "cs": "a je se na že ve pro jsou jako který která také nebo byl být tak již",
    "ru": "и в не на что с по для как это из к от о при или также был была было "
          "быть его её их который которые которая мы вы они он она года году "
          "проект проекта проекте является будет были так же только",
    "uk": "і й та в у не на що з із по для як це від до при або також був була "
          "було бути його її їх який які яка ми ви вони він вона року проєкт "
          "проект проекту є буде були так лише через",
    # Belarusian: the diaspora's pages in Poland; told from both neighbours by ў.
    "be": "і ў у не на што з па для як гэта ад да пры або таксама быў была было "
          "быць яго яе іх які якія якая мы вы яны ён яна года годзе праект праекта "
          "будзе былі толькі праз калі",
}

# Letters of one language of the group, or of few (lower case).
_LETTERS = {
    "pl": "ąęłśźżńćó",
    "de": "ßäöü",
    "fr": "àâçèêëîïôûœ",
    "es": "ñ¿¡áíóú",
    "cs": "ěřůšťďňáíúýé",
    "it": "àèìòù",
    "ru": "ыэъё",
    "uk": "іїєґ",
    "be": "ўыэёі",
}

# Word endings typical of one language: they carry capitalised titles and names that
# have no function word ("POLSKO-ROSYJSKA SIEĆ WSPÓŁPRACY ORGANIZACJI").
_ENDINGS = {
    "pl": ("ych", "ów", "ami", "ości", "acji", "iej", "ego", "owa", "owe", "ski", "cja"),
    "en": ("ing", "ness", "ship", "ed", "ly"),
    "de": ("ung", "chen", "lich", "keit", "heit"),
    "fr": ("eux", "ement", "ère"),
    "es": ("ción", "dad", "ado", "ada"),
    "it": ("zione", "ità", "etto", "ato"),
    "cs": ("ého", "ích", "ové", "ých"),
}

_LATIN = ("pl", "en", "de", "fr", "es", "it", "cs")
_CYRILLIC = ("ru", "uk", "be")


def _owners(table: dict[str, tuple[str, ...]]) -> dict[str, tuple[str, ...]]:
    """Invert language -> items into item -> the languages that have it."""
    owners: dict[str, list[str]] = {}
    for lang, items in table.items():
        for item in items:
            owners.setdefault(item, []).append(lang)
    return {k: tuple(v) for k, v in owners.items()}


_STOP_OWNERS = _owners({lang: tuple(words.split()) for lang, words in _STOP.items()})
_LETTER_OWNERS = _owners({lang: tuple(chars) for lang, chars in _LETTERS.items()})
_ENDING_OWNERS = _owners(_ENDINGS)
_ENDING_LENGTHS = sorted({len(e) for e in _ENDING_OWNERS}, reverse=True)


@lru_cache(maxsize=65536)
def _word_votes(word: str) -> tuple[str, tuple[tuple[str, float], ...]]:
    """The word's script and its (language, weight) votes, shared votes split evenly."""
    cyr = sum("\u0400" <= ch <= "\u04ff" for ch in word)
    script = "cyr" if cyr * 2 > len(word) else "lat"
    votes: dict[str, float] = {}

    def give(langs: tuple[str, ...], weight: float) -> None:
        for lang in langs:
            votes[lang] = votes.get(lang, 0.0) + weight / len(langs)

    give(_STOP_OWNERS.get(word, ()), 1.0)
    # A distinctive letter is strong evidence, but it counts once per word.
    for ch in dict.fromkeys(word):
        give(_LETTER_OWNERS.get(ch, ()), 0.5)
    if len(word) > 4:
        for n in _ENDING_LENGTHS:
            if word[-n:] in _ENDING_OWNERS:
                give(_ENDING_OWNERS[word[-n:]], 0.5)
                break
    return script, tuple(votes.items())


_WINDOW = 5_000
_WINDOWS = 4


def _sample(text: str) -> str:
    """A long text's evenly spaced windows: they show its main language at a bounded cost."""
    if len(text) <= _WINDOW * _WINDOWS:
        return text
    step = len(text) // _WINDOWS
    return " ".join(text[i * step:i * step + _WINDOW] for i in range(_WINDOWS))


def language_scores(text: str) -> dict[str, float]:
    """Score of each candidate language within the text's main script (higher is likelier)."""
    words = _WORD.findall(_sample(text).lower())
    if not words:
        return {}
    scores: dict[str, float] = {}
    votes = list(map(_word_votes, words))  # (map and count: no Python step per word)
    cyr = list(map(itemgetter(0), votes)).count("cyr")
    main = "cyr" if cyr > len(votes) - cyr else "lat"
    family = _CYRILLIC if main == "cyr" else _LATIN
    for lang in family:
        scores[lang] = 0.0
    for script, word_votes in votes:
        if script == main:
            for lang, weight in word_votes:
                if lang in scores:
                    scores[lang] += weight
    return scores


def detect_language(text: str) -> str:
    """The main language of ``text`` as an ISO 639-1 code; "und" when it has no letters."""
    scores = language_scores(text)
    if not scores:
        return UNDETERMINED
    best = max(scores, key=lambda lang: (scores[lang], lang == "en"))
    if scores[best] == 0:
        # Letters but no evidence (a name, a code): fall back on the script's main language.
        return "ru" if best in _CYRILLIC else UNDETERMINED
    return best
