"""The programme behind a named measure: "w ramach poddziałania 19.2 „Wsparcie na …” Programu
Rozwoju Obszarów Wiejskich na lata 2014–2020", "działania 9.1 „…” objętego Regionalnym Programem
Operacyjnym …". EU operational programmes pay through numbered measures whose quoted names are
parts of the programme, not the programme; the genitive (or "objętego" + instrumental) after
the measure's name is the programme itself, which the record takes when it has none.
"""

from __future__ import annotations

import re

from ngo_atlas.lang import polish
from ngo_atlas.model import Funding

_MEASURE_PROGRAMME = re.compile(
    r"(?i:(?:pod)?działani[ae]|oś\w*\s+priorytetow\w*|priorytetu)\s+[\dIVX][\dIVX.]*\s*"
    r"[„\"][^„”\"\n]{2,200}[”\"],?\s+(?:objęt\w+\s+)?"
    r"(?P<p>(?:[A-ZĄĆĘŁŃÓŚŹŻ]\w+\s+)?Program(?:u|em)\s+[^.;\n„”()]{2,120}?)(?=\s*(?:[.;\n(]|,\s|$))")


def measure_programme(out: list[Funding], text: str, s: int, e: int) -> None:
    """The programme a named measure belongs to, for a record that names no programme."""
    if any(f.programme for f in out) or (text.find("ziałani", s, e) < 0 and text.find("riorytet", s, e) < 0):
        return  # (the literal look-up first: most records name no measure)
    m = _MEASURE_PROGRAMME.search(text, s, e)
    if not m:
        return
    name = polish.nominative(m.group("p").strip())
    if not out:
        out.append(Funding(None, name, None, None))
    for f in out:
        f.programme = name
