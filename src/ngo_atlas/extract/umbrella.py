"""An umbrella programme above its numbered sub-projects: the programme's own paragraph (its
operator, payer, period and whole budget) is a record of its own, not text of the first item.

A grant-maker's results page or a programme page opens with "X to program … finansowany przez Y;
łączny budżet wynosi Z" and then lists the sub-projects ("1. „A”", "Projekt 2: B", "3.2 C") with
their own grants. When the split found the items below that paragraph and left it out, the
paragraph becomes the first record; its people and places stay with it."""

from __future__ import annotations

import re

from ngo_atlas.extract.segment import QUOTED_NAME, Segment
from ngo_atlas.extract.title import header_end

# the paragraph speaks of a programme ("program", "programme", "програма", "программа") …
_PROGRAMME = re.compile(r"(?<!\w)(?:program\w*|programme\w*|програм\w*)(?!\w)", re.IGNORECASE)
# … and of its own whole budget: "łączny budżet", "budżet programu", "EUR 1.2 million in total",
# "total budget", "загальний бюджет", "общий бюджет". A results page's "na łączną kwotę X zł"
# sums the grants it lists and makes no programme record (the gold keeps none there).
_WHOLE_BUDGET = re.compile(
    r"(?<!\w)(?:(?:łączn|całkowit)\w+\s+budżet\w*|budżet\w*\s+(?:całego\s+)?programu|"
    r"(?<!grants\s)in\s+total|total\s+budget|overall\s+budget|"
    r"(?:загальн|повн|общ|полн)\w+\s+бюджет\w*|бюджет\w*\s+програм\w+)(?!\w)",
    re.IGNORECASE)
_PARAGRAPH = re.compile(r"\n[ \t]*\n")
PROGRAMME_RULE = "programme_paragraph"


def programme_paragraph(text: str, first_item: int) -> tuple[int, int] | None:
    """The paragraph between the site header and the first item that speaks of a programme and
    its whole budget; None when there is none."""
    top = header_end(text)
    if first_item <= top:
        return None
    pos = top
    for gap in [*_PARAGRAPH.finditer(text, top, first_item), None]:
        end = gap.start() if gap else first_item
        part = text[pos:end]
        if _PROGRAMME.search(part) and _WHOLE_BUDGET.search(part):
            return pos, pos + len(part.rstrip())
        pos = gap.end() if gap else end
    return None


def with_programme_record(text: str, segs: list[Segment]) -> list[Segment]:
    """The items of a programme's list, and above them the programme's own record when its
    paragraph stands above the first item outside every item."""
    if len(segs) < 2:
        return segs
    first = min(sg.start for sg in segs)
    para = programme_paragraph(text, first)
    if para is None:
        return segs
    name = _programme_name(text, *para)
    title = (text[name[0]:name[1]], name) if name else (None, None)
    return [Segment(0, first, *title, rule=PROGRAMME_RULE, shared=False)] + segs


_QUOTED_NAME = re.compile(QUOTED_NAME)  # segment's quoted name of one line, its words the group "t"
_NEAR = 40  # characters between the quoted name and its programme noun


def _programme_name(text: str, s: int, e: int) -> tuple[int, int] | None:
    """The programme's quoted name in its paragraph: "program „X”", "„X” to roczny program"."""
    for q in _QUOTED_NAME.finditer(text, s, e):
        if _PROGRAMME.search(text, max(s, q.start() - _NEAR), q.start()) or \
                _PROGRAMME.search(text, q.end(), min(e, q.end() + _NEAR)):
            return q.start("t"), q.end("t")
    return None
