"""FUND-E35: the donor states beside the fund they pay through are no payers of their own.

"Projekt jest dofinansowany przez Islandię, Liechtenstein i Norwegię w ramach Funduszy EOG",
"Mechanizm Finansowy EOG … ze środków Islandii, Liechtensteinu i Norwegii", "funded by Iceland,
Liechtenstein and Norway through the EEA Grants": where a record's payers are a fund (a name
whose head is a fund, a mechanism or grants) and a list of bare countries, the countries are the fund's
donors and the fund is the payer the page's record names (most of the read sets' golds: ea03,
eb02, ka02, jb13, m02, q03; the golds that keep the states, fc14 and lb21, are fewer).
The countries' programme, where the fund has none, goes to the fund."""
from __future__ import annotations

import re

# a payer whose head names a fund or a financial mechanism ("Fundusze EOG", "Mechanizm
# Finansowy EOG", "EEA Grants", "Norway Grants", "Фонди ЄЕЗ")
_FUND_HEAD = re.compile(r"(?i)(?<!\w)(?:fundusz\w*|mechanizm\w*|grants|fund|фонд\w*|механізм\w*|механизм\w*)(?!\w)")

# the fund states pay into ("Fundusze EOG", "Norweski Mechanizm Finansowy", "Swiss Fund",
# "International Visegrad Fund"): any other fund beside bare places ("Gdańsk i Gdynia oraz
# Fundusz Inicjatyw Obywatelskich", "Germany, France and the European Cultural Fund") is a payer
# of its own, and so are they (_is_country takes a town too)
_DONORS_FUND = re.compile(r"(?i)(?<!\w)(?:EOG|EEA|EFTA|ЄЕЗ|ЕЭЗ|norw\w*|норв\w*|szwajcar\w*|swiss|швейцар\w*|"
                          r"visegrad\w*|wyszehradz\w*|вишеград\w*|вышеград\w*)(?!\w)")

# the states that pay through a fund of their own (the EEA's three, Switzerland): beside any
# fund they are its donors ("Iceland, Liechtenstein and Norway" beside "Active Citizens Fund",
# "Mechanizm Finansowy Europejskiego Obszaru Gospodarczego")
_DONOR_STATE = re.compile(r"(?i)(?:island|iceland|ісланд|исланд|liechtenstein|ліхтенштейн|лихтенштейн|"
                          r"norw|норв|szwajcar|switzerland|швейцар)\w*$")


def states_through_fund(items: list) -> list:
    """The items without the bare countries paid through a fund named beside them."""
    from ngo_atlas.extract.funder_mentions import _is_country

    states = [f for f in items if f.funder and _is_country(f.funder.strip())]
    donors = all(_DONOR_STATE.match(f.funder.strip()) for f in states)
    funds = [f for f in items if f.funder and f not in states and _FUND_HEAD.search(f.funder)
             and (donors or _DONORS_FUND.search(f.funder))]
    if len(states) < 2 or not funds:
        return items  # (one country beside a fund, "Norwegia oraz Norweski Mechanizm", may pay itself)
    programme = next((f.programme for f in states if f.programme), None)
    for f in funds:
        if not f.programme and programme and programme != f.funder:
            f.programme = programme
    return [f for f in items if f not in states]
