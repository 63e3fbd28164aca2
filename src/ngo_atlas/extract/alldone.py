"""A sentence that says every project on the page has ended ("Wszystkie trzy projekty zostały
zrealizowane", "Wszystkie zadania zostały zrealizowane, a dotacje rozliczone", "All three
sub-projects were completed on schedule", "Все проекты завершены", "Усі проєкти
завершилися") gives each listed item its status, wherever it stands (the intro above the list
or its closing line). Only the past of ending counts: "Wszystkie projekty będą realizowane od
1 czerwca" says when they run, not that they have not begun; "Both projects were carried out
in Kraków" says where."""

from __future__ import annotations

import re

from ngo_atlas.extract.text import cue
from ngo_atlas.model import Span

_EVERY = r"(?:wszystkie|oba|obydwa|all|both|все|оба|обе|усі|всі|обидва|обидві)"
_ITEMS = (r"(?:projekty|zadania|przedsięwzięcia|(?:sub-?)?projects|tasks|проекты|подпроекты|"
          r"проєкти|проекти|підпроєкти)")
_ENDED = (r"(?:(?:zostały|były)\s+(?:już\s+|pomyślnie\s+)?(?:zrealizowane|zakończone|ukończone)|"
          r"zakończyły\s+się|(?:were|have\s+(?:all\s+)?been)\s+(?:successfully\s+)?"
          r"(?:completed|finished|concluded)|(?:have\s+)?ended|"
          r"(?:были\s+)?(?:успешно\s+)?(?:завершены|реализованы)|завершились|закончились|"
          r"(?:були\s+)?(?:успішно\s+)?(?:завершені|реалізовані)|завершилися|закінчилися)")
# a space, or one line break of a wrapped paragraph (not a blank line)
_SP = r"(?:[^\S\n]|\n(?![^\S\n]*\n))+"
# the quantifier, up to two words ("trzy", "powyższe", "dofinansowane"), the noun, up to three
# words of the same sentence ("w archiwum", "of the programme"), the past of ending
_WORD = r"(?:" + _SP + r"[^\s.!?,]+)"
# (no auxiliary of the future among the words after the noun: "Все проекты будут реализованы в
# 2025 году", "All projects will have ended by May" say what is ahead, MEND round 33)
_FUTURE = r"(?:będą|mają|will|shall|будут|должны|будуть|мають|повинні)(?![\w])"
_GAP_WORD = r"(?:" + _SP + r"(?!" + _FUTURE + r")[^\s.!?,]+)"
_ALL_ENDED = cue(_EVERY + _WORD + r"{0,2}?" + _SP + _ITEMS + _GAP_WORD + r"{0,3}?" + _SP
                 + _ENDED.replace(r"\s+", _SP) + r"(?![\w])")
# "Not all projects were completed", "Nie wszystkie projekty zostały zrealizowane", "Не все
# проекты были завершены", "Не всі проєкти завершилися": some have not ended
_NEGATED = re.compile(r"(?<![\w])(?:not|nie|не)" + _SP + r"$", re.IGNORECASE)


def all_items_ended(text: str) -> tuple[str, Span] | None:
    """("completed", span) where a sentence says all the page's projects have ended."""
    for m in _ALL_ENDED.finditer(text):
        if _NEGATED.search(text, max(0, m.start() - 8), m.start()) is None:
            return "completed", Span(m.start(), m.end(), "all_items_ended:completed", 0.7)
    return None
