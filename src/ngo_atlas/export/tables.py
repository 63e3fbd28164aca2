"""Tabular exports: one row per project (CSV) and one row per grant (360Giving-style)."""

from __future__ import annotations

import csv
from typing import IO, Iterable

PROJECT_COLUMNS = ["id", "title", "start", "end", "status", "funders", "programmes", "amounts",
                   "lead", "partners", "organizations", "people", "places", "urls", "themes",
                   "target_groups", "language", "source"]

# The 360Giving Data Standard's column titles for the fields we have.
GIVING_COLUMNS = ["Identifier", "Title", "Description", "Currency", "Amount Awarded",
                  "Award Date", "Planned Dates:Start Date", "Planned Dates:End Date",
                  "Recipient Org:Identifier", "Recipient Org:Name", "Funding Org:Identifier",
                  "Funding Org:Name", "Grant Programme:Title", "Beneficiary Location:Name",
                  "Data Source"]


def _join(values: Iterable[object]) -> str:
    return "; ".join(str(v) for v in values if v not in (None, ""))


def _orgs(p: dict, role: str | None = None) -> list[str]:
    return [o["name"] for o in p.get("organizations") or [] if role is None or o.get("role") == role]


def _source(p: dict) -> str:
    doc = p.get("document") or {}
    return doc.get("url") or doc.get("source") or ""


def write_csv(projects: Iterable[dict], out: IO[str]) -> int:
    w = csv.writer(out)
    w.writerow(PROJECT_COLUMNS)
    n = 0
    for p in projects:
        funding = p.get("funding") or []
        w.writerow([
            p.get("id"), p.get("title"), p.get("start"), p.get("end"), p.get("status"),
            _join(f.get("funder") for f in funding), _join(f.get("programme") for f in funding),
            _join(f"{f['amount']:g} {f.get('currency') or ''}".strip()
                  for f in funding if f.get("amount") is not None),
            _join(_orgs(p, "lead")), _join(_orgs(p, "partner")),
            _join(f"{o['name']} ({o.get('role')})" for o in p.get("organizations") or []),
            _join(f"{x.get('name') or x.get('email')} ({x.get('role')})"
                  for x in p.get("people") or []),
            _join(p.get("places") or []), _join(p.get("urls") or []),
            _join(p.get("themes") or []), _join(p.get("target_groups") or []),
            (p.get("document") or {}).get("language"), _source(p),
        ])
        n += 1
    return n


def _org_id(name: str | None) -> str:
    # 360Giving wants an org identifier; without a registry number we mint a stable local one.
    return "XI-NGOATLAS-" + "-".join((name or "unknown").upper().split()) if name else ""


def write_360giving(projects: Iterable[dict], out: IO[str]) -> int:
    """One row per (project, funding line); projects with no funding give no grant row."""
    w = csv.writer(out)
    w.writerow(GIVING_COLUMNS)
    n = 0
    for p in projects:
        recipients = _orgs(p, "lead") or _orgs(p, "partner")
        recipient = recipients[0] if recipients else None
        for i, f in enumerate(p.get("funding") or []):
            w.writerow([
                f"ngo-atlas-{p.get('id')}-{i}", p.get("title"), _join(p.get("themes") or []),
                f.get("currency"), f.get("amount"), p.get("start"), p.get("start"), p.get("end"),
                _org_id(recipient), recipient, _org_id(f.get("funder")), f.get("funder"),
                f.get("programme"), _join(p.get("places") or []), _source(p),
            ])
            n += 1
    return n
