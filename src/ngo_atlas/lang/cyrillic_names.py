"""A first name written in the Latin script that the Russian or Ukrainian dictionary knows once
spelled back in Cyrillic ("Inna" → "Инна", "Nastia" → "Настя", "Mikita" → "Микита", "Omar" →
"Омар").

Why: the Polish dictionary reads many first names of people from the East or the South as common
words ("inna" an adjective, "amina" and "omar" nouns), so a name rule that asks Polish alone turns
away "Inna Kravets" or "Amina Rahimi" while it takes "Iryna Kravets". Spelling the word back in
Cyrillic under the usual Polish and English transcriptions (cz/ch, sz/sh, ia/ya/ja, y as ы, и or й,
h as г or х) and asking pymorphy3's first-name grammeme answers from the dictionaries that know
these names. The spellings are tried in a bounded number, so a long word costs little.
"""

from __future__ import annotations

from functools import lru_cache
from itertools import product

# Latin letter groups and the Cyrillic letters they may stand for, longest first
_GROUPS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("shch", ("щ",)), ("szcz", ("щ",)),
    ("zh", ("ж",)), ("kh", ("х",)), ("ch", ("х", "ч")), ("cz", ("ч",)), ("sz", ("ш",)), ("sh", ("ш",)),
    ("rz", ("ж",)), ("ts", ("ц",)),
    ("ya", ("я",)), ("ja", ("я",)), ("ia", ("я", "ия")), ("yu", ("ю",)), ("ju", ("ю",)),
    ("iu", ("ю", "ию")), ("ye", ("е", "є")), ("je", ("е", "є")), ("yo", ("ё", "йо")), ("jo", ("ё", "йо")),
    ("yi", ("ї",)), ("ji", ("ї",)), ("iia", ("ия", "ія")), ("ii", ("ий", "ії", "ии")), ("iy", ("ий",)), ("yy", ("ий",)),
    ("ij", ("ий",)),
    ("a", ("а",)), ("b", ("б",)), ("c", ("ц", "к")), ("d", ("д",)), ("e", ("е", "э")), ("f", ("ф",)),
    ("g", ("г",)), ("h", ("г", "х")), ("i", ("и", "і")), ("j", ("й",)), ("k", ("к",)), ("l", ("л",)),
    ("ł", ("л",)), ("m", ("м",)), ("n", ("н",)), ("ń", ("нь",)), ("o", ("о",)), ("ó", ("о",)),
    ("p", ("п",)), ("r", ("р",)), ("s", ("с",)), ("ś", ("сь",)), ("t", ("т",)), ("u", ("у",)),
    ("v", ("в",)), ("w", ("в",)), ("x", ("кс",)), ("y", ("ы", "и", "й")), ("z", ("з",)), ("ź", ("зь",)),
    ("ż", ("ж",)), ("ć", ("ць",)),
)
_MAX_SPELLINGS = 64


def cyrillic_spellings(word: str) -> list[str]:
    """The Cyrillic spellings a Latin-script name may transcribe (capitalised, at most 64);
    [] where a letter has no reading here (a digit, an accent of another language)."""
    low = word.lower()
    parts: list[tuple[str, ...]] = []
    i = 0
    while i < len(low):
        for latin, cyr in _GROUPS:
            if low.startswith(latin, i):
                parts.append(cyr)
                i += len(latin)
                break
        else:
            return []
    out = []
    for combo in product(*parts):
        out.append("".join(combo).capitalize())
        if len(out) >= _MAX_SPELLINGS:
            break
    return out


@lru_cache(maxsize=4096)
def is_transcribed_first_name(word: str) -> bool:
    """The Latin-script word, spelled back in Cyrillic, is a first name that the Russian or
    Ukrainian dictionary knows (see the module's note)."""
    if not (word.isalpha() and word[:1].isupper() and 3 <= len(word) <= 12):
        return False
    from ngo_atlas.lang.slavic import is_first_name, word_is_known

    # (a spelling the dictionary knows, not one its guesser reads as a name: "Биуро")
    return any(word_is_known(c, lang) and is_first_name(c, lang)
               for c in cyrillic_spellings(word) for lang in ("ru", "uk"))
