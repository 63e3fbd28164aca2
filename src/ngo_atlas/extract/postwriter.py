"""A social-media post's writer who manages the project she writes about is its coordinator.

"Karolina Zych • 2nd\\nProgram Manager at Fundacja X | …\\n1w • Edited • 🌐\\n\\nAfter 18 months,
our project … has come to an end": the writer of a post (a LinkedIn-style header: her name with
a connection degree, her headline under it) whose headline gives a managing job (a programme
manager, a coordinator, a head of programmes) is the project's coordinator in the read golds
(5 of 5 such posts over five writers' sets), where the page names no other coordinator. The
writer with another headline ("President of the Board") or beside a coordinator the post names
("our project coordinator X") keeps the role found for her; so do commenters in the thread
below (see commentthread), whose headers stand lower on the page.
"""

from __future__ import annotations

import re

from ngo_atlas.model import PersonRef, Span

# the post's header at the page's top: a name and a connection degree ("• 2nd", "• 3rd+", "• 2.")
_HEADER = re.compile(r"^[^\S\n]*(?P<name>[^\W\d][^\n•]{2,60}?)[^\S\n]*•[^\S\n]*(?:1st|2nd|3rd\+?|[123]\.)[^\S\n]*$",
                     re.MULTILINE)
_HEADER_REACH = 300  # the header opens the page (after a site's menu line or two)
# a managing job in the headline right under the header
_MANAGING = re.compile(r"(?<![\w])(?i:(?:programme|program|project)[^\S\n]+(?:manager|lead|director)|"
                       r"head[^\S\n]+of[^\S\n]+(?:programmes?|programs?|projects?)|coordinator|"
                       r"koordynator\w*|kierowni\w*[^\S\n]+(?:projekt|program)\w*|menedżer\w*[^\S\n]+(?:projekt|program)\w*|"
                       r"координатор\w*|керівни\w*[^\S\n]+(?:про[еє]кт|програм)\w*|руководител\w*[^\S\n]+(?:проект|программ)\w*)")


def post_writer_coordinator(text: str, people: list[PersonRef]) -> None:
    """Make the post's managing writer (found as other) the coordinator, where no one else is."""
    if "•" not in text[:_HEADER_REACH] or any(p.role == "coordinator" for p in people):
        return
    m = _HEADER.search(text, 0, _HEADER_REACH)
    if not m:
        return
    le = text.find("\n", m.end() + 1)
    headline = text[m.end():le if le >= 0 else len(text)]
    if not _MANAGING.search(headline):
        return
    for p in people:
        if p.role == "other" and p.name and p.span and m.start("name") <= p.span.start < m.end("name"):
            p.role = "coordinator"
            p.span = Span(p.span.start, p.span.end, f"{p.span.rule}+managing_post_writer", p.span.confidence)
