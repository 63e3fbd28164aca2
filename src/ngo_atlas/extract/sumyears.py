"""Two bare years that share their sentence with a sum date the money, not the project's run.

"Od kwietnia 2022 r. schronisko finansuje fundacja X – łącznie 180 000 zł w latach 2022–2024",
"w latach 2022–2024 otrzymaliśmy na ten cel 1 240 000 zł", "1 200 000 грн на 2022/2023
навчальний рік", "a grant of EUR 45,000 for 2023–2024": the years a grant or a payer's money
covers. Where the text states the project's own start to the month elsewhere ("od czerwca
2022 r."), that start is the project's, and the sum's last year is no end of it.
"""

from __future__ import annotations

from ngo_atlas.extract.dates import Period
from ngo_atlas.extract.money import find_money
from ngo_atlas.extract.text import sentence_holding


def sum_years(text: str, per: Period) -> bool:
    """per is a range of two bare years whose sentence (on its own line) holds a sum."""
    a, b = per.start, per.end
    if a is None or b is None or a.month or b.month:
        return False
    span = sentence_holding(text, a.start)
    if span is None:
        return False
    ls = text.rfind("\n", 0, a.start) + 1
    le = text.find("\n", b.end)
    ss, se = max(span[0], ls), min(span[1], len(text) if le < 0 else le)
    return bool(find_money(text, ss, se))
