"""Source text as safe HTML with the evidence spans marked, and the sentence around a span."""

from __future__ import annotations

import re
from dataclasses import dataclass

from markupsafe import Markup, escape


@dataclass(frozen=True)
class Mark:
    """One evidence span to show: ``key`` becomes the anchor id ev-<key>."""

    key: int
    start: int
    end: int
    label: str


def valid_marks(marks: list[Mark], text_len: int) -> list[Mark]:
    """Spans that point inside the text; a bad span from a store is skipped, never trusted."""
    return [m for m in marks if 0 <= m.start < m.end <= text_len]


def highlight(text: str, marks: list[Mark]) -> Markup:
    """Escape ``text`` and wrap each span in <mark>; overlapping spans are split at boundaries.

    Every piece of the source goes through escape(), so a document containing
    <script> or onerror= attributes shows them as text.
    """
    marks = valid_marks(marks, len(text))
    cuts = sorted({0, len(text), *(m.start for m in marks), *(m.end for m in marks)})
    anchored: set[int] = set()  # spans whose anchor id is placed (on their first piece)
    out: list[str] = []
    for a, b in zip(cuts, cuts[1:]):
        covering = [m for m in marks if m.start <= a and b <= m.end]
        piece = str(escape(text[a:b]))
        if not covering:
            out.append(piece)
            continue
        ids = [m.key for m in covering]
        # Every span needs its own anchor for its "show in source" link; spans that start
        # on the same piece get empty anchors just before the shared <mark>.
        fresh = [k for k in ids if k not in anchored]
        anchored.update(fresh)
        out.extend(f'<span id="ev-{k}" class="ev-anchor"></span>' for k in fresh[1:])
        attrs = f' id="ev-{fresh[0]}"' if fresh else ""
        title = "; ".join(dict.fromkeys(m.label for m in covering))
        out.append(
            f'<mark{attrs} class="ev" data-ev="{" ".join(map(str, ids))}"'
            f' title="{escape(title)}">{piece}</mark>'
        )
    return Markup("".join(out))


_SENTENCE_END = re.compile(r"[.!?…]\s|\n")


def sentence_around(text: str, start: int, end: int, limit: int = 300) -> tuple[str, str, str]:
    """(before, span, after): the sentence that contains the span, cut to ``limit`` chars a side."""
    if not 0 <= start < end <= len(text):
        return "", "", ""
    left = max(0, start - limit)
    head = text[left:start]
    ends = list(_SENTENCE_END.finditer(head))
    s = left + ends[-1].end() if ends else left
    tail = text[end : end + limit]
    m = _SENTENCE_END.search(tail)
    e = end + (m.start() + 1 if m else len(tail))
    return text[s:start].lstrip(), text[start:end], text[end:e].rstrip()
