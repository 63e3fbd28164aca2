"""FollowTheMoney entities (the data model of Aleph): Project, Organization, Person,
ProjectParticipant and Payment, one JSON entity per line, built and validated by the
``followthemoney`` package itself so the output opens in Aleph as it is.
"""

from __future__ import annotations

import json
from typing import IO, Iterable

from followthemoney import model

DATASET = "ngo-atlas"


def _entity(schema: str, *key: object):
    e = model.make_entity(schema)
    e.make_id(DATASET, schema, *[str(k) for k in key])
    return e


def _org(name: str, org_type: str | None):
    e = _entity("Organization", name.casefold())
    e.add("name", name)
    if org_type:
        e.add("classification", org_type)
    return e


def project_entities(p: dict) -> list:
    doc = p.get("document") or {}
    proj = _entity("Project", p.get("id"))
    proj.add("name", p.get("title") or f"project {p.get('id')}")
    proj.add("startDate", p.get("start"))
    proj.add("endDate", p.get("end"))
    proj.add("status", p.get("status"))
    proj.add("keywords", p.get("themes") or [])
    proj.add("sourceUrl", doc.get("url"), quiet=True)
    proj.add("publisher", doc.get("name"))
    out = [proj]
    orgs: dict[str, object] = {}
    for o in p.get("organizations") or []:
        org = orgs.setdefault(o["name"], _org(o["name"], o.get("type")))
        link = _entity("ProjectParticipant", p.get("id"), o["name"], o.get("role"))
        link.add("project", proj)
        link.add("participant", org)
        link.add("role", o.get("role"))
        out.append(link)
    for x in p.get("people") or []:
        if not x.get("name"):
            continue
        person = _entity("Person", x["name"].casefold(), x.get("email") or "")
        person.add("name", x["name"])
        person.add("email", x.get("email"), quiet=True)
        link = _entity("ProjectParticipant", p.get("id"), x["name"], x.get("role"))
        link.add("project", proj)
        link.add("participant", person)
        link.add("role", x.get("role"))
        out += [person, link]
    recipient = next((o["name"] for o in p.get("organizations") or []
                      if o.get("role") == "lead"), None)
    for i, f in enumerate(p.get("funding") or []):
        pay = _entity("Payment", p.get("id"), i)
        pay.add("project", proj)
        pay.add("programme", f.get("programme"))
        pay.add("purpose", p.get("title"))
        if f.get("amount") is not None:
            pay.add("amount", f["amount"])
        pay.add("currency", f.get("currency"))
        if f.get("funder"):
            pay.add("payer", orgs.setdefault(f["funder"], _org(f["funder"], None)))
        if recipient:
            pay.add("beneficiary", orgs[recipient])
        out.append(pay)
    return list(orgs.values()) + out


def write_ftm(projects: Iterable[dict], out: IO[str]) -> int:
    seen: set[str] = set()
    n = 0
    for p in projects:
        for e in project_entities(p):
            if e.id in seen:  # an organisation shared by many projects is written once
                continue
            seen.add(e.id)
            out.write(json.dumps(e.to_dict(), ensure_ascii=False) + "\n")
            n += 1
    return n
