"""A body's seat written after its name as a clause (round 26, ORGC).

"Fundacja X z siedzibą w Rzeszowie", "Stowarzyszenie Y z siedzibą we Wrocławiu", "Z Foundation,
based in Gdańsk", "фонд «Ю» с местонахождением в Варшаве": the clause gives where the body sits,
not part of its name; the read gold writes the name alone (jb03, kb01, a01, cb09; none keeps
the clause). A seat joined by a bare "w" ("Muzeum Podlaskie w Białymstoku") is part of many
official names and is left alone.
"""
from __future__ import annotations

import re

_SEAT_CLAUSE = re.compile(
    r",?[^\S\n]+(?:z[^\S\n]+siedzibą|mając\w*[^\S\n]+siedzibę|(?:with[^\S\n]+(?:its[^\S\n]+)?)?"
    r"(?:seat|headquarters)|based|headquartered|с[^\S\n]+(?:местонахождением|штаб-квартирой)|"
    r"з[^\S\n]+(?:місцезнаходженням|осідком|головним[^\S\n]+офісом))"
    r"[^\S\n]+(?:w|we|in|в|у|во)[^\S\n]+\S.*$", re.IGNORECASE)


def without_seat(name: str) -> str:
    """``name`` without a trailing seat clause; unchanged when nothing is left before it."""
    m = _SEAT_CLAUSE.search(name)
    head = name[:m.start()].rstrip(" ,") if m else ""
    return head or name
