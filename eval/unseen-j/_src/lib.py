"""Helpers to write holdout documents and their gold records."""
import json
from pathlib import Path

OUT = Path("/root/.lead/unseen-j")


def P(title, start=None, end=None, status=None, funding=(), orgs=(), people=(),
      places=(), urls=(), alts=()):
    rec = {"title": title, "start": start, "end": end, "status": status,
           "funding": [{"funder": f, "programme": p, "amount": a, "currency": c}
                       for f, p, a, c in funding],
           "organizations": [{"name": n, "role": r} for n, r in orgs],
           "people": [{"name": n, "role": r, "organization": o, "email": e}
                      for n, r, o, e in people],
           "places": list(places), "urls": list(urls)}
    if alts:
        rec["title_alternatives"] = list(alts)
    return rec


def write(name, lang, text, projects, cut=None, ext="txt"):
    text = (text.strip("\n") if cut is None
            else text.strip("\n").encode()[:cut].decode("utf-8", "ignore"))
    doc = f"{name}.{ext}"
    (OUT / doc).write_text(text, encoding="utf-8")
    (OUT / f"{name}.json").write_text(
        json.dumps({"doc": doc, "language": lang, "projects": projects},
                   ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
