"""Helpers to write one holdout document and its gold record."""
import json
from pathlib import Path

OUT = Path("/root/.lead/unseen-a")


def P(title, start=None, end=None, status=None, funding=(), orgs=(), people=(), places=(), urls=(), alts=()):
    fund = [{"funder": f, "programme": p, "amount": a, "currency": c} for f, p, a, c in funding]
    org = [{"name": n, "role": r} for n, r in orgs]
    for f in fund:  # a funder also appears among organisations (SCHEMA)
        if f["funder"] and not any(o["name"] == f["funder"] for o in org):
            org.append({"name": f["funder"], "role": "funder"})
    ppl = [{"name": n, "role": r, "organization": o, "email": e} for n, r, o, e in people]
    rec = {"title": title, "start": start, "end": end, "status": status, "funding": fund,
           "organizations": org, "people": ppl, "places": list(places), "urls": list(urls)}
    if alts:
        rec["title_alternatives"] = list(alts)
    return rec


def W(name, lang, text, projects, cut=False):
    text = text.strip("\n") + "\n"
    if cut:
        text = text[:2000]
    (OUT / f"{name}.txt").write_text(text, encoding="utf-8")
    gold = {"doc": f"{name}.txt", "language": lang, "projects": projects}
    (OUT / f"{name}.json").write_text(json.dumps(gold, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    return gold
