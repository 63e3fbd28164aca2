"""A grant-giver's page (round 32, ORG-R): the results of its call or the initiatives its
regranting scheme funds, one record a funded initiative.

Such a page says so in its header or intro from the giver's side: the call's results ("Wyniki
konkursu …", "results of the call", "Результаты конкурса", "Результати конкурсу"), the giver's
grant committee ("Komisja Grantowa rekomendowała …", "the grant committee selected …",
"грантовая комиссия", "грантова комісія"), the grantees ("grantobiorcy", "grantees",
"грантополучатели", "грантоотримувачі"), the assessment of applications ("ocena wniosków"), a
scheme that hands grants on ("program regrantingowy", "regranting", "мікрогранти").

The body whose page it is runs none of the funded initiatives (it is no item's `lead`), but
every writer of the read sets lists it in each item's record: SCHEMA.md's operator of someone
else's money is `other` ("an operator that hands out someone else's money … is an organisation
with role `other`, not a funder"), and a giver that names no other payer hands out its own
money, its `funder`.
"""

from __future__ import annotations

import re

from ngo_atlas.extract.organisations import same_org
from ngo_atlas.extract.text import cue
from ngo_atlas.model import OrgRef, Project, Span

# the giver's own words about grants, in the four languages: its grant committee, its grantees,
# its grant competition or programme, a scheme that hands grants on ("Komisja Grantowa", "Dla
# grantobiorców", "konkurs grantowy", "program regrantingowy", "mikrogranty", "grant committee",
# "грантовая комиссия", "грантоотримувачі"); an open call's results in general words ("wyniki
# konkursu", "komisja konkursowa", "ocena wniosków") are a public authority's, whose town pays
_GIVER = cue(
    r"komisj\w+\s+grantow\w*|grantobiorc\w*|konkurs\w*\s+grantow\w*|program\w*\s+grantow\w*|"
    r"re-?grant\w*|mikrogrant\w*|"
    r"grant\s+(?:committee|panel|competition)|grantees|micro-?grants|small\s+grants|"
    r"грантов\w+\s+(?:комисси|коміс|конкурс|программ|програм)\w*|"
    r"грантополучател\w*|грантоотримувач\w*|регрант\w*|микрогрант\w*|мікрогрант\w*")

# a grantee's words about the money it got, earlier in the cue's sentence ("projekt dofinansowany
# w ramach programu grantowego X", "funded under the small grants scheme of X", "в рамках
# грантовой программы X"): the page is the grantee's, not the giver's; the money the giver
# hands out ("rekomendowane do dofinansowania", "рекомендованные к финансированию", "до
# фінансування") is no grantee's word
_RECEIVED = cue(
    r"w\s+ramach|(?<!do\s)dofinansowan[yaeo]\w*|sfinansowan\w*|ze\s+środków|dzięki|funded|financed|"
    r"supported|under|within|в\s+рамках|у\s+межах|при\s+поддержке|за\s+підтримки|за\s+кошти|"
    r"за\s+сч[её]т|финансируе\w*|профинансирован\w*|фінансуєт\w*|профінансован\w*")

# a public authority's office (its town pays: SCHEMA.md's city budgets) gives no operator
_AUTHORITY = re.compile(
    r"(?i)(?:urz[ąę]d|biuletyn|ministerstw|miasto|gmina|powiat|starostw|wojew[óo]dztw|samorz[ąa]d|"
    r"rad[ay]\b|biur[oa]\b|"
    r"city|municipality|ministry|office|council|government|"
    r"мэри|администрац|управлени|министерств|город|правительств|совет|"
    r"міськ|місто|адміністрац|управлінн|міністерств|уряд|районн\w*\s+рад|рад[аи]\b)\w*\b")


def giver_cue(text: str, end: int) -> int | None:
    """Where the page first speaks as a grant-giver before `end` (the first funded item's
    title), or None. A cue inside brackets is a payer's gloss on a grantee's own page
    ("Źródło finansowania: X (regranting ze środków Y)"), and one after words of money received
    in its sentence is a grantee's, not the giver speaking."""
    for m in _GIVER.finditer(text, 0, end):
        if text.rfind("(", 0, m.start()) > text.rfind(")", 0, m.start()):
            continue
        opens = max(text.rfind(c, 0, m.start()) for c in ".!?\n") + 1
        if not _RECEIVED.search(text, opens, m.start()):
            return m.start()
    return None


# a scheme's own name is no body that gives ("Program „X” jest programem Fundacji Y …")
_SCHEME_NAME = re.compile(r"(?i)(?:program|програм)\w*\b")


def operator_in_items(projects: list[Project], owner: str, acronym: str | None, span: tuple[int, int],
                      cue_at: int) -> list[Project]:
    """The page's owner in each funded item (a record whose title comes after the giver's cue):
    `other` where the page names another payer, else `funder`.
    An item that names the owner already keeps what it says. Returns the records it leaves
    to the caller (the scheme's own record and any above the cue)."""
    if _SCHEME_NAME.match(owner) or _AUTHORITY.match(owner):
        return projects
    payers = [f.funder for p in projects for f in p.funding if f.funder and not same_org(f.funder, owner)]
    role = "other" if payers else "funder"
    rest = []
    for p in projects:
        ts = p.spans.get("title")
        if ts is None or ts.start <= cue_at:
            rest.append(p)
            continue
        if any(same_org(o.name, owner) for o in p.organizations):
            continue
        # (its role only: a payer's entry of its own is left to what the text says of money,
        # as the page may hand on a programme whose payer it names in words no finder reads)
        p.organizations.append(OrgRef(owner, role, Span(span[0], span[1], "grant_giver", 0.55), acronym=acronym))
    return rest
