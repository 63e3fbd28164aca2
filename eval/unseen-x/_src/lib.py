"""Helpers that write one held-out document and its gold record."""
import json
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent
CUT = 2000  # the scraper keeps at most this many UTF-8 bytes of a page's text


def F(funder, programme=None, amount=None, currency=None):
    return {"funder": funder, "programme": programme, "amount": amount, "currency": currency}


def O(name, role):
    return {"name": name, "role": role}


def H(name, role, organization=None, email=None):
    return {"name": name, "role": role, "organization": organization, "email": email}


def P(title, start=None, end=None, status=None, funding=(), orgs=(), people=(), places=(),
      urls=(), alts=()):
    p = {"title": title, "start": start, "end": end, "status": status,
         "funding": list(funding), "organizations": list(orgs), "people": list(people),
         "places": list(places), "urls": list(urls)}
    if alts:
        p["title_alternatives"] = list(alts)
    return p


def write(name, lang, text, projects, cut=True):
    text = text.strip("\n") + "\n"
    raw = text.encode("utf-8")
    if cut and len(raw) > CUT:
        text = raw[:CUT].decode("utf-8", errors="ignore")
    (OUT / f"{name}.txt").write_text(text, encoding="utf-8")
    rec = {"doc": f"{name}.txt", "language": lang, "projects": projects}
    (OUT / f"{name}.json").write_text(json.dumps(rec, ensure_ascii=False, indent=2) + "\n",
                                      encoding="utf-8")
    return text
