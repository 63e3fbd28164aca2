"""A programme's operator read as its payer (round 36, FUND-O).

"Programme Operator: Ministry X", "Fundusz Y to program …, zarządzany przez Fundację Z",
"w ramach Programu „P”, realizowanego przez Centrum Q": the organisation finders give the named
operator the role `other` (rules `label:operator` and `operator_phrase`), while a funding finder
may read the same body as a payer (a logo line, "Instytucja finansująca: Q", the operator's
clause closing the funding sentence). By SCHEMA.md an operator that hands out someone else's
money is no funder: the funding item keeps its programme and sum with no payer, and an item
left with nothing is dropped.
"""

from __future__ import annotations

from ngo_atlas.model import Funding, OrgRef

# the organisation rules that name a programme's operator
OPERATOR_RULES = ("label:operator", "operator_phrase")


def operators_pay_nothing(funding: list[Funding], orgs: list[OrgRef]) -> list[Funding]:
    """The funding items without the payers that the record lists as a programme's operator."""
    from ngo_atlas.extract.organisations import same_org

    ops = [o.name for o in orgs if o.role == "other" and o.span and o.span.rule in OPERATOR_RULES]
    if not ops:
        return funding
    out = []
    for f in funding:
        if f.funder and any(same_org(f.funder, n) for n in ops):
            if not (f.programme or f.amount is not None):
                continue
            f.funder = None
        out.append(f)
    return out
