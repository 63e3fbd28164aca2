"""ORG-U (round 24): a list of bodies opened by a colon inside a prose sentence.

A sentence that names the partners' role first and then lists them after a colon
("W projekcie uczestniczą również: X, Y oraz Z", "Partnerami są trzy organizacje
członkowskie: X, Y i Z", "Партнерами проекта являются: X, Y", "Партнерські школи, у
яких діяли асистенти, зокрема: X, Y") puts a colon between the cue and its list, which
the cues that take their names right after the verb do not read. The cue is a verb of
taking part, or a partner noun with its copula, or a partner adjective with its noun;
between it and the colon only lower-case words may stand (a count, a class of bodies,
"również", a relative clause); each listed item must open with a body's head word or an
acronym, so that people listed after "wzięli udział:" stay out.
"""
from __future__ import annotations

import re

from ngo_atlas.extract import organisations as _o

_UP = "A-ZĄĆĘŁŃÓŚŹŻА-ЯЁЇІЄҐ"
_CUE = re.compile(
    r"(?i:\b(?:uczestnicz(?:ą|yły|yli)|biorą\s+udział|brały\s+udział|brali\s+udział|wzięły\s+udział|"
    r"участвуют|участвовали|принимают\s+участие|приняли\s+участие|беруть\s+участь|брали\s+участь|"
    r"взяли\s+участь|take\s+part|took\s+part|"
    r"partner(?:ami|zy)(?:\s+projektu)?\s+(?:są|byli|były|zostały|zostali)|partners\s+(?:are|were)|"
    r"партн[её]рами(?:\s+про[еє]кт[ау])?\s+(?:являются|являлись|были|стали|выступают|є|були|стали|виступають)|"
    r"(?:partnersk|партнерськ|партн[её]рск)\w+[ \t]+(?=\w)))"
    # lower-case words (a count, a class of bodies, "również", a relative clause), then the colon
    rf"((?:[ \t,]*(?!(?:jako|як|как|as)\b)[^\W\d_{_UP}][\w-]*|[ \t]+\d+){{0,8}})[ \t]*:[ \t]*(?=[\"„«{_UP}])")


def colon_partners(text: str, s: int, e: int, lang: str) -> list:
    out = []
    if text.find(":", s, e) < 0:
        return out  # (most sentences hold no colon: no scan, no slice)
    for m in _CUE.finditer(text, s, e):
        for a, b in _o.list_after(text, m.end(), e):
            words = text[a:b].split()
            if not words or not (_o.org_starts(words[0]) or any(_o.is_org_head(w) for w in words[1:3])):
                continue  # a person's name, a place: no body
            o = _o._org(text, a, b, "partner", "partner_colon_list", 0.7, lang)
            if o:
                out.append(o)
    return out
