"""A word of ending said of one stage of the project, not of the project itself.

"Pierwszy etap projektu zakończył się w czerwcu 2024 r. Obecnie trwa drugi etap.",
"odbyła się konferencja podsumowująca pierwszy rok projektu", "zakończyliśmy pierwszą
fazę projektu", "Перший етап проєкту завершився": a stage, a phase, an edition or the first
year ended; the project goes on. The last stage's end ("Ostatni etap projektu zakończył
się") is the project's.
"""

from __future__ import annotations

import re

# a stage, phase, module or edition (any case: the subject before the verb, the object after)
_STAGE = (r"(?:etap\w*|faz(?:a|ę|y|ie)|moduł\w*|edycj\w*|semestr\w*|stages?|phases?|modules?|"
          r"editions?|semesters?|этап\w*|етап\w*|фаз(?:а|у|ы|и)|модул\w*|семестр\w*)")
# a year counted ("pierwszy rok projektu", "the first year of the project", "первый год
# проекта", "перший рік проєкту"); a bare "roku" is when something happened, no stage
_COUNTED_YEAR = (r"(?:pierwsz\w+|drug\w+|trzeci\w*|first|second|third|перв\w+|втор\w+|трет\w+|"
                 r"перш\w+|друг\w+)\s+(?:rok|roku|year|год|рік)")
_PART = _STAGE + "|" + _COUNTED_YEAR
# the last stage ends the project
_LAST = re.compile(r"(?<![\w])(?:ostatni\w*|końcow\w*|finaln\w*|last|final|последн\w*|"
                   r"заключительн\w*|останн\w*|завершальн\w*|фінальн\w*)\s+$", re.IGNORECASE)
# the part as the subject right before the verb, the project's noun (or its quoted name)
# after it: "Pierwszy etap projektu „X” zakończył się", "The first phase of the project ended"
_PART_BEFORE = re.compile(r"(?<![\w])(?P<part>" + _PART + r")(?:\s+of\s+the)?"
                          r"(?:\s+(?:projektu|zadania|programu|project|проекта|проєкту|программы|програми))?"
                          r"(?:\s*[„«\"“][^”»\"\n]{1,80}[”»\"])?\s+(?:się\s+)?$", re.IGNORECASE)
_PART_IN = re.compile(r"(?<![\w])(?P<part>" + _PART + r")(?![\w])", re.IGNORECASE)
# a stage counted: "pierwszą fazę", "kolejny etap", "the second phase", "первый этап"
_ORDINAL = (r"(?:pierwsz|drug|trzec|czwart|piąt|kolejn|first|second|third|next|перв|втор|трет|"
            r"четв|следующ|перш|друг|наступн)\w*")
# the part as the object right after the verb, counted: "Zakończyliśmy pierwszą fazę projektu",
# "Zakończyła się trzecia edycja" (uncounted, "Projekt zakończył się etapem ewaluacji" is the
# project's end, reached through its last stage)
_PART_AFTER = re.compile(r"\w*(?:\s+się)?\s+(?P<part>" + _ORDINAL + r"\s+" + _STAGE + "|" + _COUNTED_YEAR +
                         r")(?![\w])", re.IGNORECASE)


def stage_ended(text: str, start: int, end: int, floor: int) -> bool:
    """The match text[start:end] of a word of ending is said of a stage of the project: its
    subject right before it is a stage, or a stage stands inside it or right after it (its
    object)."""
    m = _PART_BEFORE.search(text, max(floor, start - 120), start)
    if m is None:
        m = _PART_IN.search(text, start, end) or _PART_AFTER.match(text, end)
    return m is not None and not _LAST.search(text, max(floor, m.start("part") - 20), m.start("part"))
