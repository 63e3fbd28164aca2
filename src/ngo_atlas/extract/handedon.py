"""A payer that hands on another body's money (round 21, FUND-H).

"Projekt finansuje Organizacja X (OX) ze środków Agencji Y", "Finansowanie: Fundacja X w ramach
programu „P”, за кошти Фонду Y", "Donor: X Organization (XO) Poland, with funds from the
Government of Z", "Źródło finansowania: Stowarzyszenie X (regranting ze środków Fundacji Y)",
"Проект финансирует Организация X (ОX) из средств, полученных от правительства Z": the body
named first passes on the money of the body named after the money noun. By SCHEMA.md the second
body pays (`funder`), the first is an operator (role `other`, which the organisation finders
give a body named on the page and no longer a payer).

The sentence rules read this frame where the second body follows the first directly
(`funding._FUNDS_OF_OTHER`, `_PASSED_ON`, `_handed_on`); the forms read here are those that fell
between them: a field line's value (the label reader keeps its items and never looks past
them), an acronym or a seat in brackets between the first body and the money noun, the money
noun inside the bracket ("X (regranting ze środków Y)"), a participle of passing on after it
("из средств, полученных от Y"), and a class noun in lower case before the second body's name
("ze środków fundacji Y", "от правительства Z"). The first body must be a body by its head word,
or the money noun must say regranting; the second must be named (a capital), and no fund,
programme, mechanism or budget (those are what a payer gives through: "przez NIW ze środków
Programu X", "przez UE ze środków Funduszu Y" keep their payer).
"""

from __future__ import annotations

import re

from ngo_atlas.model import Funding, OrgRef, Span

# the money noun of another body's funds, in the four languages ("regranting" before it)
_MONEY_OF = (r"(?:(?P<re>re-?granting\w*|регрантинг\w*)\s+)?"
             r"(?:ze\s+środków|z\s+funduszy|from\s+(?:the\s+)?funds\s+of|with\s+(?:funds|money)\s+(?:from|of)|"
             r"из\s+средств|за\s+сч[её]т\s+средств|за\s+кошти|з\s+коштів|із\s+коштів|за\s+рахунок\s+коштів)")
_AFTER_PAYER = re.compile(
    # an acronym, a seat or a short gloss in brackets ("(IOM)", "(МОМ)"), and a country after it
    r"(?:[ \t]*\([^()\n]{1,40}\))?(?:[ \t]+(?:Poland|Polska|w\s+Polsce|in\s+Poland|в\s+Польше|у\s+Польщі))?"
    # the programme the payer gave in ("w ramach programu „P”", "в рамках програми «P»")
    r"(?:\s+(?:w\s+ramach|within|under|в\s+рамках|у\s+рамках)\s+(?:(?:programu|programme|the|программы|"
    r"програми)\s+)?[„“\"«][^„”\"«»\n]{2,120}[”\"»“](?:\s+programme)?)?"
    r",?\s*(?P<br>\(\s*)?" + _MONEY_OF +
    # a participle of passing on: "из средств, полученных от Y", "ze środków przekazanych przez Y"
    r"(?:,?\s+(?:przekazanych|otrzymanych|provided|received|given|granted|переданных|предоставленных|"
    r"полученных|переданих|наданих|отриманих)\s+(?:przez|od|by|from|от|від))?"
    r"\s+(?:the\s+)?", re.IGNORECASE)
# a payer that is a body by its class noun ("Międzynarodowa Organizacja …", "Международная организация …")
_INSTITUTION = re.compile(r"(?i:organi[sz]a\w*|организаци\w*|організаці\w*|agencj\w*|agency|агентств\w*|агенці\w*)")
# a class noun in lower case before the name ("fundacji Y", "правительства Z", "agencji Y")
_CLASS = re.compile(r"(?:fundacj\w*|foundation|agencj\w*|agency|rząd\w*|government|организаци\w*|"
                    r"організаці\w*|правительств\w*|уряд\w*|фонд\w*)\s+(?=[A-ZĄĆĘŁŃÓŚŹŻА-ЯЁІЇЄҐ])")
_KEEP_NOUN = re.compile(r"(?:rząd|government|правительств|уряд)", re.IGNORECASE)
# what a payer gives through, not a body that pays: a fund, a programme, a mechanism, a budget
_CHANNEL = re.compile(r"(?:(?:rządow|krajow|government|national|государственн|національн|державн|европейск|"
                      r"європейськ|europejsk|european)\w*\s+)?(?:fundusz|funds?\b|program|mechani|budż|budget|"
                      r"бюджет|програм|механізм|механизм|фонд\w*\s+(?:убежищ|притулк|азил|єез|еэз|внутрен|"
                      r"внутріш|безпек|безопас)|эфи|фами|фумі|фуми|амиф|amif|fami|efs|efi)", re.IGNORECASE)


def handed_on(out: list[Funding], text: str, s: int, e: int, lang: str,
              operators: list | None = None) -> list[Funding]:
    """Each payer followed by another body's money noun gives way to that body: the body named
    after it pays, with the first payer's programme and sum where it has none."""
    from ngo_atlas.extract.funding import clean_funder, _is_body
    from ngo_atlas.extract.names import nominative
    from ngo_atlas.extract.organisations import same_org, list_after

    if not out:  # (each payer's tail is matched where it ends: no scan of the segment)
        return out
    drop: set[int] = set()
    for f in list(out):
        if not (f.funder and f.span) or id(f) in drop:
            continue
        # (a field's item may hold its bracket: "X (regranting ze środków Y)" read whole)
        br = text.find(" (", f.span.start, f.span.end)
        end = br if br > f.span.start else f.span.end
        m = _AFTER_PAYER.match(text, end, min(e, end + 240))
        if not m or not (m.group("re") or _is_body(text[f.span.start:end], lang)
                         or _INSTITUTION.search(text, f.span.start, end)):
            continue
        pos = m.end()
        cls = _CLASS.match(text, pos, e)
        start = cls.end() if cls else pos
        if not text[start:start + 1].isupper() or _CHANNEL.match(text, start, e):
            continue
        items = list_after(text, start, min(e, start + 160))[:1]
        if not items:
            continue
        a, b = items[0]
        a = pos if cls and _KEEP_NOUN.match(cls.group()) else a  # "правительства Z": the noun is the name's
        close = text.find(")", a, min(e, a + 160)) if m.group("br") else -1
        if close > a:  # "(regranting ze środków Fundacji Y. Z)": the bracket ends the name
            b = close
        # (the kept noun in lower case: "правительства Японии" -> "правительство Японии")
        name = clean_funder(text[a:b], lang) if a == start else nominative(text[a:b].strip(), lang)
        if not name or same_org(name, f.funder) or _CHANNEL.match(name):
            continue
        g = next((x for x in out if x is not f and x.funder and (
            x.funder.casefold() == name.casefold() or same_org(x.funder, name))), None)
        if g is None:
            g = Funding(name, None, None, None, Span(a, b, "funds_handed_on", 0.75))
            out.insert(next(i for i, x in enumerate(out) if x is f) + 1, g)
        elif len(name) > len(g.funder) and name.casefold().startswith(g.funder.casefold()):
            g.funder = name  # "Fundacja X N." cut at the initial's stop: the name to the bracket
        g.programme = g.programme or f.programme
        if g.amount is None and f.amount is not None:
            g.amount, g.currency = f.amount, f.currency
        drop.add(id(f))
        if operators is not None:
            operators.append(OrgRef(f.funder, "other", Span(f.span.start, f.span.end, "funds_handed_on", 0.75)))
    return [f for f in out if id(f) not in drop] if drop else out


def operator_roles(orgs: list[OrgRef], operators: list[OrgRef], funding: list[Funding]) -> list[OrgRef]:
    """The bodies that handed on another's money are `other`, not funders (added where no
    finder named them), unless they pay in a record of their own."""
    from ngo_atlas.extract.organisations import same_org

    for op in operators:
        if any(f.funder and same_org(f.funder, op.name) for f in funding):
            continue
        same = [o for o in orgs if o.name.casefold() == op.name.casefold() or same_org(o.name, op.name)]
        for o in same:
            if o.role == "funder":
                o.role, o.span = "other", op.span
        if not same:
            orgs.append(op)
    return orgs
