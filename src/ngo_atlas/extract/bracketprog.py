"""A programme in brackets right after its payer (PROG-B, round 23).

"X (Public Diplomacy Small Grants Program)", "European Commission (Erasmus+)", "Government of
Japan (through the Emergency Grant Aid for …)", "Ambasada X (grant w wysokości … z programu Y)",
"Уряд Японії (програма «Y», через …)": a bracket after a payer's name that holds a programme
noun with its name, a cue of money from a programme, or a name headed by a programme or fund
word names the programme the payer gave through (SCHEMA.md: "the funder's programme, call or
fund a grant comes from"). A bracket holding anything else (an acronym, a translation, a seat,
a channel body) leaves the payer as it is.
"""

from __future__ import annotations

import re

from ngo_atlas.model import Funding, Span

_Q = r"[„“\"«]([^„“”\"«»\n]{2,120})[”\"»“]"
_CAP = r"[A-ZĄĆĘŁŃÓŚŹŻА-ЯЁІЇЄҐ]"
# a programme (or call) noun opening the bracket, its name quoted or capitalised after it:
# "(program „Y”)", "(Programme “Y”)", "(програма «Y», через …)", "(konkurs „Y”)"
_NOUN_FIRST = re.compile(r"(?i:program|programme|programa|programu|программа|програма|konkurs|call)\s+"
                         r"(?:" + _Q + r"|(" + _CAP + r"[^,;()\n]{1,100}))")
# a cue of money from a programme inside the bracket ("grant of … from the Y programme", "z
# programu Y", "through the Y", "w ramach programu Y", "в рамках програми Y"): the name after it
_CUE = re.compile(r"(?:^|\s)(?:z|ze|from|through|via|under|within|w\s+ramach|в\s+рамках|у\s+рамках|"
                  r"в\s+межах|у\s+межах|из|з|із)\s+(?:the\s+|its\s+)?"
                  r"(?:(?i:programu|programme|program|программы|програми)\s+)?"
                  r"(?:" + _Q + r"|(" + _CAP + r"[^,;()\n]{1,100}))")
# a whole capitalised name headed by a programme or fund word: "(Public Diplomacy Small Grants
# Program)", "(Asylum, Migration and Integration Fund)", "(Program Operacyjny …)", "(Fundusz …)"
_EN_HEAD = re.compile(r"(?:[A-Z][\w+'-]*,?\s+(?:(?:of|for|and|the|in|on)\s+)*)+(?:Program|Programme|Fund|Facility|Grants)")
_PL_HEAD = re.compile(r"(?:Program|Programu|Fundusz|Funduszu)\s+(?:" + _CAP + r"|[a-ząćęłńóśźż]+\s+" + _CAP + r")[^,;()\n]*")


def _bracket_after(text: str, f: Funding) -> str | None:
    """The content of a bracket that opens right after the payer's written name."""
    a, b = f.span.start, f.span.end
    p = text.find("(", a, min(len(text), b + 2))
    # (the bracket follows the payer's own name: no item or clause boundary before it)
    if p <= a or any(c in text[a:p] for c in ",;:\n|"):
        return None
    q = text.find(")", p, p + 200)
    inner = text[p + 1:q] if q > 0 else ""
    if not inner or "(" in inner or "\n" in inner:
        return None
    return inner.strip()


# the programme and fund head words, which the organisation heads hold too
_PROGRAMME_HEADS = {"program", "programme", "programu", "fund", "fundusz", "funduszu", "facility", "grants",
                    "программа", "програма", "фонд"}


def _is_body(name: str) -> bool:
    """A body's name (an organisation head word other than a programme's or a fund's)."""
    from ngo_atlas.extract.organisations import is_org_head

    return any(is_org_head(w) and w.lower().strip("„”\"'(),.;:") not in _PROGRAMME_HEADS for w in name.split())


def _name_in(inner: str, lang: str, funder: str = "") -> str | None:
    from ngo_atlas.extract.funding import _EU_PROGRAMME_NAME

    if _EU_PROGRAMME_NAME.fullmatch(inner):
        return inner  # "(Erasmus+)": a programme known by its name alone
    m = _NOUN_FIRST.match(inner) or _CUE.search(inner)
    if m:
        if m.group(1):
            return m.group(1).strip()
        name = m.group(2).strip().rstrip(" .")
        # "(through the Embassy of X)": a body handing the money on, no programme
        if _is_body(name) or _EU_PROGRAMME_NAME.fullmatch(name) is None and len(name.split()) > 10:
            return None
        return name
    head = inner.split(",")[0].strip() if lang != "en" else inner
    if any(w.lower() in _PROGRAMME_HEADS for w in funder.split()):
        return None  # "Фонд X (X Fund)": a payer that is a fund itself, its name in another language
    if _EN_HEAD.fullmatch(inner) and not _is_body(inner):
        return inner
    if _PL_HEAD.fullmatch(head) and not _is_body(head):
        return head
    return None


def bracket_programmes(out: list[Funding], text: str, s: int, e: int, lang: str) -> None:
    """A payer with no programme takes the one a bracket right after its name holds, where it
    was found or where the page writes its name as found ("Co-donor: X (through the Y)"). A
    programme read from the same words by a phrase rule that ran past the bracket's end or
    inflected a foreign name ("z programu X Fund) oraz …") is the bracket's name."""
    for f in out:
        if not f.funder or not f.span or f.programme and not _same_start(f.programme, text, f):
            continue
        inner = _bracket_after(text, f) if "(" in text[f.span.start:f.span.end + 2] else None
        if inner is None:
            at = text.find(f.funder + " (", s, e)
            inner = _bracket_after(text, Funding(f.funder, span=Span(at, at + len(f.funder), "", 0))) \
                if at >= 0 else None
        name = _name_in(inner, lang, f.funder) if inner else None
        if name:
            for g in out:
                if g is f or g.programme and g.programme != name and g.programme.split()[0] == name.split()[0]:
                    g.programme = name


def _same_start(programme: str, text: str, f: Funding) -> bool:
    """The payer's programme begins inside a bracket right after it (a phrase rule's reading)."""
    p = text.find("(", f.span.start, f.span.end + 2)
    return p >= 0 and text.find(programme.split()[0], p, p + 200) > 0 and \
        text.find(")", p, p + 200) > text.find(programme.split()[0], p, p + 200)
