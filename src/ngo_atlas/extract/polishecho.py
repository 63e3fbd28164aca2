"""A Russian or Ukrainian page's Polish footer: the funder said again in Polish.

Pages of migrant organisations written in Russian or Ukrainian name their payer in the page's
language ("при финансовой поддержке Министерства иностранных дел Республики Польша") and then
carry the grant agreement's compulsory line in Polish ("Zadanie publiczne współfinansowane przez
Ministerstwo Spraw Zagranicznych RP", "Projekt współfinansowany ze środków Unii Europejskiej").
The Polish line is a translation of a payer already named, not a second one: a payer in Latin
script, with no sum of its own, read from a stretch of Latin-script text, is dropped when the
same funding list already has a payer written in the page's own script that shares a word
with it, transliterated ("Kraków"/"Краков", "Ministerstwo"/"Министерство",
"Europejskiej"/"Європейський"). A Latin name inside a
Cyrillic sentence ("грант от Save the Children") stays: its clause is Cyrillic.
"""

from __future__ import annotations

import re

from ngo_atlas.extract.names import is_cyrillic
from ngo_atlas.model import Funding

# the clause a payer is read from starts after a line break, a logo bar or a label's colon
_CLAUSE_START = re.compile(r"[\n|:•]")
_LATIN_WORD = re.compile(r"[A-Za-zÀ-ž]{3,}")


def _latin_clause(text: str, start: int) -> bool:
    """The text from the clause's start up to the payer is Latin-script words only."""
    a = max(0, start - 160)
    head = text[a:start]
    cut = max((m.end() for m in _CLAUSE_START.finditer(head)), default=0)
    clause = head[cut:]
    return not is_cyrillic(clause) and bool(_LATIN_WORD.search(clause))


_VOWELS = re.compile(r"[aeiouyj'\W]")


def _skeleton(word: str) -> str:
    """A word's consonants in Latin letters: "Министерство" and "Ministerstwo" both "mnstrstv",
    "Європейський" "vrpsk" and "Europejskiej" "rpsk" (transliteration changes the vowels)."""
    from unidecode import unidecode

    return _VOWELS.sub("", unidecode(word).casefold().replace("w", "v"))


def _echoes(latin: str, cyrillic: set[str]) -> bool:
    """A word of the Latin name (five letters at least) is one of the Cyrillic names' words
    transliterated: the same consonants, or the one's ending the other's (a leading "Є"/"Е")."""
    for w in latin.split():
        k = _skeleton(w) if len(w) >= 5 else ""
        if len(k) >= 4 and any(c.endswith(k) or k.endswith(c) for c in cyrillic):
            return True
    return False


def drop_polish_echo(items: list[Funding], text: str, lang: str) -> list[Funding]:
    """Without the Latin-script payers of a Cyrillic page that only repeat, in a Polish clause,
    a payer the page names in its own script (a word of theirs the same, transliterated; a
    Polish line naming another payer, "Partnerem finansowym jest Fundacja PZU", stays)."""
    if lang not in ("ru", "uk") or not any(f.funder and is_cyrillic(f.funder) for f in items):
        return items
    cyrillic = {k for f in items if f.funder and is_cyrillic(f.funder)
                for w in f.funder.split() if len(w) >= 5 for k in (_skeleton(w),) if len(k) >= 4}
    return [f for f in items if not (
        f.funder and f.amount is None and f.span is not None and not is_cyrillic(f.funder)
        and _echoes(f.funder, cyrillic) and _latin_clause(text, f.span.start))]
