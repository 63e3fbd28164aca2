"""Pure functions from a project record to what the store indexes: facets, mentions, terms."""

from __future__ import annotations

import copy
import hashlib
import re
from typing import Any

from ngo_atlas.lang.analyzer import index_terms

MAX_YEARS = 60  # a span longer than this is an extraction error, not sixty facet rows
YEAR = re.compile(r"^(\d{4})")
# Record field → the evidence "field" name its facts carry (Project.evidence()).
EVIDENCE_FIELD = {
    "title": "title", "start": "start", "end": "end", "status": "status",
    "funding": "funding", "organizations": "organization", "people": "person",
    "places": "place", "urls": "url", "themes": "theme", "target_groups": "target_group",
    "activities": "activity",
}
LIST_FIELDS = {"funding", "organizations", "people", "places", "urls", "themes",
               "target_groups", "activities", "title_alternatives"}
CORRECTABLE = set(EVIDENCE_FIELD) | {"title_alternatives"}


def valid_id(value: int) -> bool:
    """True when ``value`` fits the 64-bit integer ids of both engines.

    A larger number (a URL typed by hand, a fuzzer) is simply an id that does not exist;
    passed on, it would make sqlite3 raise OverflowError and PostgreSQL an out-of-range error.
    """
    return isinstance(value, int) and -(2**63) <= value < 2**63


def content_hash(text: str) -> str:
    """The hash a document without one is de-duplicated by: sha256 of its text."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _year(value: str | None) -> int | None:
    m = YEAR.match(value or "")
    return int(m.group(1)) if m else None


def years(start: str | None, end: str | None) -> list[str]:
    """Every year between start and end, inclusive; one of them alone gives one year."""
    a, b = _year(start), _year(end)
    if a is None and b is None:
        return []
    a, b = a or b, b or a
    if b < a or b - a > MAX_YEARS:
        return [str(a)]
    return [str(y) for y in range(a, b + 1)]


def funders(rec: dict[str, Any]) -> list[str]:
    names = [f.get("funder") for f in rec.get("funding") or []]
    names += [o.get("name") for o in rec.get("organizations") or [] if o.get("role") == "funder"]
    return _unique(names)


def organizations(rec: dict[str, Any]) -> list[str]:
    return _unique(o.get("name") for o in rec.get("organizations") or []
                   if o.get("role") != "funder")


def _unique(values: Any) -> list[str]:
    out: dict[str, None] = {}
    for v in values:
        if isinstance(v, str) and v.strip():
            out.setdefault(" ".join(v.split()), None)
    return list(out)


def facet_rows(rec: dict[str, Any], language: str) -> list[tuple[str, str]]:
    """(facet, value) pairs of one project; the keys are store.base.FACETS."""
    rows: list[tuple[str, str]] = []
    rows += [("funder", v) for v in funders(rec)]
    rows += [("place", v) for v in _unique(rec.get("places") or [])]
    rows += [("year", v) for v in years(rec.get("start"), rec.get("end"))]
    rows += [("organization", v) for v in organizations(rec)]
    rows += [("theme", v) for v in _unique(rec.get("themes") or [])]
    rows += [("target_group", v) for v in _unique(rec.get("target_groups") or [])]
    rows += [("org_type", v) for v in _unique(o.get("type") for o in rec.get("organizations") or [])]
    if rec.get("status"):
        rows.append(("status", rec["status"]))
    if language:
        rows.append(("language", language))
    return list(dict.fromkeys(rows))


def funding_rows(rec: dict[str, Any]) -> list[tuple[str, str | None, str, float]]:
    """(start year or "?", funder, currency, amount) of each grant with an amount and a
    currency: what the charts sum."""
    year = (rec.get("start") or "")[:4] or "?"
    out = []
    for f in rec.get("funding") or []:
        amount, currency = f.get("amount"), f.get("currency")
        if isinstance(amount, int | float) and not isinstance(amount, bool) \
                and isinstance(currency, str) and currency:
            out.append((year, f.get("funder") or None, currency, float(amount)))
    return out


def mention_rows(rec: dict[str, Any]) -> list[tuple[str, str, str, str | None]]:
    """(kind, name, role, org_type) of every organisation, person, funder and place named."""
    out: list[tuple[str, str, str, str | None]] = []
    for o in rec.get("organizations") or []:
        if o.get("name"):
            kind = "funder" if o.get("role") == "funder" else "organization"
            out.append((kind, o["name"], o.get("role") or "other", o.get("type")))
    for f in rec.get("funding") or []:
        if f.get("funder"):
            out.append(("funder", f["funder"], "funder", None))
    for p in rec.get("people") or []:
        if p.get("name"):
            out.append(("person", p["name"], p.get("role") or "other", None))
    for place in rec.get("places") or []:
        if isinstance(place, str) and place.strip():
            out.append(("place", place, "place", None))
    seen: set[tuple[str, str]] = set()
    unique = []
    for row in out:
        key = (row[0], " ".join(row[1].split()).casefold())
        if key not in seen:
            seen.add(key)
            unique.append(row)
    return unique


def search_terms(rec: dict[str, Any], text: str, language: str) -> str:
    """The lemma string the full-text index holds: the record's names, then the text."""
    head = [rec.get("title") or "", *(rec.get("title_alternatives") or []),
            *organizations(rec), *funders(rec), *(rec.get("places") or []),
            *(rec.get("themes") or []), *(rec.get("target_groups") or [])]
    return " ".join(index_terms(" \n".join(h for h in head if isinstance(h, str)) + "\n" + text,
                                language))


def apply_corrections(rec: dict[str, Any], corrections: list[dict[str, Any]]) -> dict[str, Any]:
    """The record with curators' active corrections applied in order; stale evidence dropped."""
    if not corrections:
        return rec
    out = copy.deepcopy(rec)
    for c in corrections:
        field = c["field"]
        value = c["new_value"]
        if value is None and field in LIST_FIELDS:
            value = []  # "mark wrong" on a list empties it
        out[field] = value
        ev_name = EVIDENCE_FIELD.get(field)
        if "evidence" in out and ev_name:
            out["evidence"] = [e for e in out["evidence"] if e.get("field") != ev_name]
    return out
