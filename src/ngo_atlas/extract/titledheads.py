"""A person whose line opens with the project's head title is its coordinator.

"Koordynatorka projektu: X", "Dyrektorka projektu: X – x@…", "Liderka projektu – X (x@…)",
"Project coordinator – X, x@…", "Programme Manager: X", "Координаторка – X (x@…)": in a team's
list or a page's footer the job title that opens the line, then a colon or a dash, then the
name (a degree or a courtesy title between) says what she is. Over the read sets such lines
give the gold's coordinator 288 times in 289; read as a team member with her address she
became the page's contact, read as a bare name she became `other`. The title must name the
head of the project itself: bare "Koordynator(ka)", "Kierownik/Kierowniczka", "Coordinator",
"Координатор", or the head's word with the project's noun ("Dyrektor projektu", "Lider
projektu", "Project/Programme manager/leader/director", "керівник проєкту"); a unit's head
("Dyrektorka szkoły", "Koordynator ds. wolontariatu", "Koordynator lokalny") is left as read.
"""

from __future__ import annotations

import re

from ngo_atlas.model import PersonRef, Span

_PROJECT_NOUN = r"(?:projektu|programu|проєкту|проекту|проекта|програми|программы)"
_TITLE = (r"(?:(?i:koordynator\w*|kierowni\w*|координатор\w*)(?:[^\S\n]+" + _PROJECT_NOUN + r")?"
          r"|(?i:dyrektor\w*|lider\w*|керівни\w*|руководител\w*|директор\w*|лідер\w*|лидер\w*)"
          r"[^\S\n]+" + _PROJECT_NOUN +
          r"|(?i:coordinator)|(?i:(?:the[^\S\n]+)?(?:project|programme|program)[^\S\n]+"
          r"(?:coordinator|manager|leader|director|lead))"
          r"|(?i:coordinator|manager|leader|director)[^\S\n]+of[^\S\n]+the[^\S\n]+(?i:project|programme))")
# the line (or a list's item after ";") opens with the title, a colon or a dash, and the name
# after courtesy titles and degrees ("adw.", "dr hab.", "prof. UAM", "Ms.", "pani")
_TITLED = re.compile(r"(?:^|(?<=\n)|(?<=;))[^\S\n]*(?:[•*·▪–—-][^\S\n]*)?" + _TITLE +
                     r"[^\S\n]*(?:[:–—]|-(?=\s))[^\S\n]*"
                     r"(?:(?:[^\W\d]{1,5}\.|[A-ZА-Я]{2,4}|dr|mgr|Dr|Ms|Mr|Mrs|pani|Pani|pan|Pan)[^\S\n]+)*$")


def titled_heads(text: str, people: list[PersonRef]) -> None:
    """Give coordinator to a person read as other, expert or contact whose line opens with
    the project head's title right before her name (see the module's docstring)."""
    for p in people:
        if not (p.name and p.span and p.role in ("other", "expert", "contact")):
            continue
        ls = text.rfind("\n", 0, p.span.start) + 1
        if p.span.start - ls > 90 or _TITLED.search(text[ls:p.span.start]) is None:
            continue
        p.role = "coordinator"
        p.span = Span(p.span.start, p.span.end, f"{p.span.rule}+titled_head", p.span.confidence)
