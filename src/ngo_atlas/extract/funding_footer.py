"""A page's funding footer read as a project of its own: folded back into the item above.

A funded project's page ends with the programme's notice: the programme's slogan in quotes
("„Bezpieczna przystań, wspólne jutro”", "«Safe haven, common future»") over the sentence
"Projekt współfinansowany z Programu Krajowego Funduszu …", which the page has already said
of its project. A quoted line over a sentence reads as a news item's heading, so the
splitter makes the slogan a second project. The last item is the footer when it is a
heading and at most two lines, its first line restates funding that the text above already
states word for word, and the item above it is the page's body (several times longer).
"""

from __future__ import annotations

import re

from ngo_atlas.extract.funding import FUNDER_INTRO
from ngo_atlas.extract.segment import Segment
from ngo_atlas.extract.text import words_key

_MAX_LINES = 3  # the slogan, the funding sentence, a publication line
_BODY_RATIO = 4  # the item above is at least this many times longer
_CONTENT_WORD = re.compile(r"[^\W\d_]{4,}")


def fold_funding_footer(text: str, segs: list[Segment]) -> list[Segment]:
    """segs with a last item that is the page's funding footer joined to the item above."""
    if len(segs) < 2 or segs[-1].rule != "news_item" or segs[-2].rule != "news_item":
        return segs
    last, above = segs[-1], segs[-2]
    rows = [r for r in text[last.start:last.end].split("\n") if r.strip()]
    if not 2 <= len(rows) <= _MAX_LINES or (above.end - above.start) < _BODY_RATIO * (last.end - last.start):
        return segs
    notice = rows[1]
    cue = FUNDER_INTRO.search(notice)
    if cue is None or not _restated(words_key(notice[cue.end():]), words_key(text[:last.start])):
        return segs
    above.end = last.end
    return segs[:-1]


def _restated(source: str, before: str) -> bool:
    """The funding source's words (four letters or more) stand in that order earlier on."""
    return len(_CONTENT_WORD.findall(source)) >= 2 and source in before
