"""Who pays for what goes on after a project ends is no payer of the project.

    "Po zakończeniu projektu punkt będzie kontynuował działalność w oparciu o dotację Gminy X."
    "Po zakończeniu finansowania punkt działa nadal dzięki wsparciu Gminy Y."
    "After the project ends, the centre will continue with funds from the City of Z."
    "Після завершення проєкту клуб продовжить роботу за кошти міста W."

A report's or an article's closing paragraph on sustainability ("Trwałość", "Co dalej?") names
the body that keeps the service running once the grant is spent; the writers of the read sets
list the grant's payers alone (SCHEMA.md: the funder is who funds the project). The sentence
must open with the project's (or its funding's) end and speak of the work going on; the payer
stands after those words, so "Po zakończeniu projektu „X”, finansowanego przez Fundację Y, …"
(the project's own payer, named inside the phrase of its end) stays.
"""

from __future__ import annotations

import re

from ngo_atlas.extract.text import lowered
from ngo_atlas.model import Funding

# the project's or its funding's end, then (in the same sentence) the work going on
_AFTER_END = re.compile(
    r"(?i)(?<![\w])(?:po\s+zakończeniu\s+(?:projektu|finansowania|dofinansowania|grantu|programu)|"
    r"after\s+the\s+(?:project|grant|funding)\s+(?:ends|ended|is\s+over)|after\s+the\s+end\s+of\s+the\s+(?:project|grant|funding)|"
    r"після\s+завершення\s+(?:проєкту|проекту|фінансування|гранту)|"
    r"после\s+(?:завершения|окончания)\s+(?:проекта|финансирования|гранта))(?![\w])"
    r"[^.!?;]{0,160}?(?<![\w])(?:kontynu\w+|działa\w*\s+(?:nadal|dalej)|(?:nadal|dalej)\s+działa\w*|"
    r"będzie\s+działa\w*|continu\w+|remain\w*\s+open|keep\w*\s+running|продовж\w+|продолж\w+|"
    r"працюва\w*\s+(?:далі|і\s+надалі)|работа\w*\s+(?:дальше|и\s+дальше))(?![\w])")


# (a semicolon opens a clause of its own: "…będziemy kontynuować zajęcia; projekt sfinansowała
# Fundacja X" names the project's payer; so does a line opening with a capital under an
# unstopped one, as a footer's "Projekt dofinansowany ze środków …" under the closing words)
# the end's nouns as plain strings: most texts hold none, and str.find skips them far faster
# than the pattern's case-blind alternation
_END_WORDS = ("zakończeniu", "after", "завершення", "завершения", "окончания")


def _ends(text: str, s: int, e: int) -> list[re.Match]:
    low = lowered(text)
    if not any(low.find(w, s, e) >= 0 for w in _END_WORDS):
        return []
    return list(_AFTER_END.finditer(text, s, e))


_SENTENCE_END = re.compile(r"[.!?;](?=\s)|\n\s*\n|(?<![,-])\n(?=[^\S\n]*[A-ZĄĆĘŁŃÓŚŹŻА-ЯЁІЇЄҐ])")


def drop_after_end_payers(out: list[Funding], text: str, s: int, e: int) -> list[Funding]:
    """The payers read in a sentence on the work after the project's end, past its words on
    going on (see above), dropped."""
    if not any(f.funder and f.span for f in out):
        return out
    ends = [(m.start(), m.end(), _sentence_end(text, m.end(), e)) for m in _ends(text, s, e)]
    if not ends:
        return out
    return [f for f in out if not (f.funder and f.span and any(go <= f.span.start < stop for _a, go, stop in ends))]


def past_the_end(text: str, s: int, e: int, pos: int) -> bool:
    """Whether pos, in the sentence text[s:e], stands past the words on the work going on after
    the project's end (a body named there as paying pays for that work, see above)."""
    return any(m.end() <= pos < _sentence_end(text, m.end(), e) for m in _ends(text, s, pos))


def _sentence_end(text: str, pos: int, e: int) -> int:
    """Where the sentence holding pos ends: a full stop, a question or exclamation mark, a
    semicolon, a blank line, a new line opening with a capital, or e."""
    m = _SENTENCE_END.search(text, pos, e)
    return m.start() if m else e
