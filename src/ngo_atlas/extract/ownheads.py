"""A person whose own apposition names her the project's head is its coordinator.

"mec. X – adwokatka, koordynatorka projektu", "X (prezeska Fundacji, koordynatorka projektu)",
"radczyni prawna X (koordynacja)", "X – psycholożka, kierowniczka merytoryczna projektu",
"X – President of PFM, project leader", "Y — юристка, координаторка проєкту": the words in
apposition after the name (in brackets, or after a dash or a comma up to the line's or the
sentence's end or the next name) are hers, and where one of them is the project head's title
she coordinates the project, whatever profession the apposition names first (the profession
had made her an expert, a bare team membership `other`). The title must name the head of the
project itself: a bare "koordynatorka", "koordynacja", "coordinator", "координатор", or the
head's word with the project's noun ("kierowniczka (merytoryczna) projektu", "project
leader/manager", "керівниця проєкту"); a unit's head ("kierowniczka Działu X", "koordynator
ds. rozliczeń", "volunteer coordinator", "координаторка програм з інтеграції") is left as read.

The same words had given the coordinator to the name after them, where the cue ran on past
the apposition's end ("X – President of PFM, project leader\\nY – doula and trainer",
"X (…, koordynatorka projektu), Y (…)"): that name takes the role of its own apposition
(an expert's profession) or `other`.
"""

from __future__ import annotations

import re

from ngo_atlas.extract.teamhead import heads_team
from ngo_atlas.model import PersonRef, Span

_PROJECT_NOUN = r"(?:projektu|programu|project|programme|проєкту|проекту|проекта|програми|программы)"
# the head's word, then (one adjective between: "kierowniczka merytoryczna") the project's noun,
# or nothing more than the apposition's end or the next item
_HEAD = re.compile(
    r"(?<![\w])(?:"
    r"(?i:(?:koordynator\w*|koordynacj[aię]|kierowni\w*|coordinator|coordination|координатор\w*|"
    r"координаці[яї]|координаци[яи]|керівни\w*|руководител\w*|lider\w*|лідер\w*|лидер\w*)"
    r"(?:[^\S\n]+[^\W\d]+[^\S\n]+" + _PROJECT_NOUN + r"|[^\S\n]+" + _PROJECT_NOUN + r")?)"
    r"|(?i:(?:the[^\S\n]+)?(?:project|programme)[^\S\n]+(?:coordinator|manager|leader|lead|director))"
    r")(?=[^\S\n]*(?:[,;)]|$))")
# a bare head word with nothing after it is only the project's where no other noun follows it:
# "koordynatorka wolontariatu" ends at the noun, not at the apposition's end, and so fails _HEAD
_OPEN = re.compile(r"[^\S\n]*(?:\((?P<br>[^()\n]{1,100})\)|(?:,|[–—]|-(?=\s))[^\S\n]*(?P<ap>[^\n;|]{1,140}))")
_SENT_END = re.compile(r"\.(?=\s+[A-ZĄĆĘŁŃÓŚŹŻА-ЯЁІЇЄҐ])|\s[–—]\s|\s(?:i|oraz|and|та|і|и|a)\s+(?=[A-ZĄĆĘŁŃÓŚŹŻА-ЯЁІЇЄҐ])")
# the apposition's items: commas, and a bracket inside a dash/comma run ("X, prof. UŁ
# (kierowniczka projektu)": the title behind a degree is an item of its own), and a dash after
# a chair's title ("X, prof. UŁ – kierowniczka projektu")
_ITEMS = re.compile(r"[,()]|[^\S\n][–—][^\S\n]")
# a professor's chair at a university written after the name ("prof. UW", "prof. ucz."): a title, no
# apposition of its own
_CHAIR_TITLE = re.compile(r"[^\S\n]*(?i:prof)\.?[^\S\n]+[^\W\d][\w.]{0,9}[^\S\n]*")
_ABBR = re.compile(r"(?<![\w])(?:prof|dr|hab|mgr|inż|mec|adw|ds|d/s|r\.pr|np|m\.in|ul|tel)$", re.IGNORECASE)


def _heads(ap: tuple[str, int] | None) -> bool:
    """One item of the apposition is the project head's title, or a team head's (teamhead)."""
    return ap is not None and any(_HEAD.match(part.strip()) or heads_team(part) for part in _ITEMS.split(ap[0]))


def _again(text: str, p: PersonRef) -> list[int]:
    """Where the name, as the record writes it, ends elsewhere on the page (at most five)."""
    out, i = [], text.find(p.name)
    while i >= 0 and len(out) < 5:
        if i != p.span.start:
            out.append(i + len(p.name))
        i = text.find(p.name, i + 1)
    return out


def _apposition_at(text: str, end: int, nxt: int) -> tuple[str, int] | None:
    """The words in apposition right after a name ending at end, and where they end (before
    nxt, the next name's start)."""
    m = _OPEN.match(text, end, min(len(text), nxt))
    if m is None:
        return None
    if m.group("br") is not None:
        return m.group("br"), m.end()
    a = m.start("ap")
    words = m.group("ap")
    for x in _SENT_END.finditer(words):
        if x.group().startswith(".") and _ABBR.search(words, 0, x.start()):
            continue  # "prof. UW", "ds. rozliczeń": no sentence's end
        if x.group().strip() in "–—" and _CHAIR_TITLE.fullmatch(words[:x.start()]):
            continue  # "X, prof. UW – kierowniczka projektu": the dash goes on after her chair's title
        words = words[:x.start()]
        break
    return words.rstrip(" ,.;"), a + len(words.rstrip(" ,.;"))


def own_heads(text: str, people: list[PersonRef], inner_role) -> None:
    """Give coordinator to a person read as other or expert whose apposition names her the
    project's head; the name right after such an apposition, given coordinator by its words,
    takes its own apposition's role (see the module's docstring)."""
    named = sorted((p for p in people if p.name and p.span), key=lambda p: p.span.start)
    for i, p in enumerate(named):
        nxt = named[i + 1].span.start if i + 1 < len(named) else len(text)
        ap = _apposition_at(text, p.span.end, nxt)
        # (or the name written again with her apposition: "[zdjęcie] X" … "X – psycholożka,
        # kierowniczka merytoryczna projektu": the same words, at another place)
        own = _heads(ap)
        heads = own or any(_heads(_apposition_at(text, k, len(text))) for k in _again(text, p))
        if heads and p.role in ("other", "expert"):
            p.role = "coordinator"
            p.span = Span(p.span.start, p.span.end, f"{p.span.rule}+own_head", p.span.confidence)
        if own and i + 1 < len(named):
            q = named[i + 1]
            gap = text[ap[1]:q.span.start]
            if q.role == "coordinator" and q.span.rule.startswith("coordinator_phrase") \
                    and len(gap) <= 12 and re.fullmatch(r"[\s,.)(;•*–—-]*(?:(?:dr|mgr|prof|Dr|Prof)\.?\s+)*", gap):
                # "X – …, project leader\nY – doula and trainer": the cue was X's, not Y's
                nap = _apposition_at(text, q.span.end, named[i + 2].span.start if i + 2 < len(named) else len(text))
                q.role = (inner_role([nap[0]]) if nap else None) or "other"
                q.span = Span(q.span.start, q.span.end, f"{q.span.rule}+cue_was_before", q.span.confidence)
