"""A university named with one of its structural units after a dash (round 24, ORG-S).

"Uniwersytet Gdański – Wydział Prawa i Administracji", "Jagiellonian University – Institute of
Psychology", "Белостокский университет – Факультет …": a faculty, institute, chair or department
named by its discipline is a part of the university, which is the body that takes part as a
partner or member (the read gold writes the university: dc08, hb02, ib03, z10; none keeps the
unit after a dash). A unit with a name of its own ("– Klinika Prawa Migracyjnego", "– Centrum
Badań nad Migracjami") stays in the name; so does a lead's unit (the caller passes no lead: a
masthead's "Uniwersytet X – Instytut Y" is the institute's own site, ga30). After a comma the
read gold splits ("Uniwersytet Łódzki, Wydział …" kept on eb26 and t13, cut on fb14 and u09),
so a comma is left alone.
"""
from __future__ import annotations

import re

# the university's name (its head noun first, or an English "X University"), then the unit
_UNIT_AFTER = re.compile(
    r"((?:Uniwersyte|Politechni|Universit|Університет|Университет)\w*\b[^,–—\n]{0,70}?"
    r"|(?:[A-Z][\w-]+\s+){1,3}University|(?:[А-ЯІЇЄҐ][\w-]+\s+){1,2}(?:університет|университет)\w*)"
    r"\s[–—-]\s"
    r"(?:Wydzia[łl]\w*|Instytu\w+|Katedr\w+|Zakład\w*|Faculty|Institute|Department|School|Факультет\w*|Інститут\w*|Институт\w*|Кафедр\w+)\b")


def university_part(name: str) -> str:
    """The university's own name where ``name`` goes on into one of its structural units."""
    if "–" not in name and " - " not in name and "—" not in name:
        return name
    m = _UNIT_AFTER.match(name)
    return m.group(1).rstrip() if m else name
