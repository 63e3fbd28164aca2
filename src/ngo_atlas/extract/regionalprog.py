"""The 2021-2027 programmes "Fundusze Europejskie dla X" read as a payer are programmes.

"Źródło: Fundusze Europejskie dla Dolnego Śląska 2021-2027, Europejski Fundusz Społeczny Plus",
"Wkład Funduszy Europejskich: 3 502 000 PLN" beside the programme's name: the read gold names
"Fundusze Europejskie dla Pomorza / dla Rozwoju Społecznego / na Migracje …" as the programme in
every record (48 documents of 30 sets), never as the funder. The Union, or its fund (EFS+, FAMI),
named beside it pays through it: that payer takes the programme and the sum; with no such payer
the programme stands alone, its funder null (SCHEMA.md: "When the text names only a programme,
funder is null").
"""

from __future__ import annotations

import re

from ngo_atlas.model import Funding

# the programme's name: the plural "Fundusze Europejskie", then "dla"/"na" and what it is for
# ("na lata 2021-2027" says when, not what for: the Union's funds, no programme's name)
_REGIONAL = re.compile(r"(?i:fundusze\s+europejskie\s+(?:dla|na)\s+(?!lata\b)\S.*)")


def regional_programmes(items: list[Funding]) -> list[Funding]:
    """Turn each "Fundusze Europejskie dla X" payer into the programme of the Union's payer."""
    from ngo_atlas.extract.funding import EU_NAME, EU_FUND

    out = list(items)
    for f in [x for x in items if x.funder and _REGIONAL.fullmatch(x.funder)]:
        programme = f.programme or f.funder
        payer = next((g for g in out if g is not f and g.funder and g.programme in (None, programme)
                      and (EU_NAME.fullmatch(g.funder) or EU_FUND.match(g.funder))), None)
        if payer is None:
            f.funder, f.programme = None, programme
            continue
        payer.programme = programme
        if payer.amount is None:
            payer.amount, payer.currency = f.amount, f.currency
        out = [g for g in out if g is not f and not (g.funder is None and g.programme == programme
                                                        and g.amount is None)]
    return out
