"""What /work/shared/eval/SCHEMA.md requires of an extraction record, as a list of violations."""

from __future__ import annotations

import datetime as dt
import json
import math
import re
from typing import Any

from ngo_atlas.model import ORG_ROLES, PERSON_ROLES, STATUSES

DATE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")
CURRENCY = re.compile(r"^[A-Z]{3}$")
LANGUAGE = re.compile(r"^(?:[a-z]{2,3}|und)$")
EVIDENCE_FIELDS = {"title", "start", "end", "status", "funding", "organization", "person",
                   "place", "url", "theme", "target_group", "activity"}


def _date_problem(value: Any) -> str | None:
    if value is None:
        return None
    m = DATE.match(value) if isinstance(value, str) else None
    if not m:
        return f"date {value!r} is not YYYY, YYYY-MM or YYYY-MM-DD"
    y, mo, d = (int(g) if g else 1 for g in m.groups())
    try:
        dt.date(max(y, 1), mo, d)
    except ValueError:
        return f"date {value!r} is not a calendar date"
    return None


def _text_or_none(value: Any, what: str, blank_ok: bool = False) -> list[str]:
    if value is None:
        return []
    if not isinstance(value, str):
        return [f"{what} {value!r} is not a string"]
    if not blank_ok and not value.strip():
        return [f"{what} is a blank string"]
    return []


def _project_problems(p: dict[str, Any], text_len: int) -> list[str]:
    out = _text_or_none(p.get("title"), "title")
    out += [e for k in ("start", "end") if (e := _date_problem(p.get(k)))]
    if p.get("status") not in (None, *STATUSES):
        out.append(f"status {p.get('status')!r}")
    for f in p.get("funding", []):
        out += _text_or_none(f.get("funder"), "funder") + _text_or_none(f.get("programme"),
                                                                         "programme")
        a = f.get("amount")
        if a is not None and (isinstance(a, bool) or not isinstance(a, (int, float))
                              or not math.isfinite(a)):
            out.append(f"amount {a!r}")
        if f.get("currency") is not None and not CURRENCY.match(str(f["currency"])):
            out.append(f"currency {f['currency']!r}")
    for o in p.get("organizations", []):
        out += _text_or_none(o.get("name"), "organisation name") if o.get("name") is not None \
            else ["organisation without a name"]
        if o.get("role") not in ORG_ROLES:
            out.append(f"organisation role {o.get('role')!r}")
    for pe in p.get("people", []):
        out += _text_or_none(pe.get("name"), "person name")
        out += _text_or_none(pe.get("organization"), "person organisation")
        if pe.get("role") not in PERSON_ROLES:
            out.append(f"person role {pe.get('role')!r}")
        if pe.get("email") is not None and "@" not in str(pe["email"]):
            out.append(f"email {pe['email']!r}")
    for key in ("places", "urls", "themes", "target_groups"):
        if not isinstance(p.get(key), list):
            out.append(f"{key} is not a list")
            continue
        out += [e for v in p[key] for e in _text_or_none(v, key) if v is not None or True]
    for e in p.get("evidence", []):
        s, t = e.get("start"), e.get("end")
        if not (isinstance(s, int) and isinstance(t, int) and 0 <= s <= t <= text_len):
            out.append(f"evidence span {s}..{t} outside the text (0..{text_len})")
        if e.get("field") not in EVIDENCE_FIELDS:
            out.append(f"evidence field {e.get('field')!r}")
    return out


def record_problems(rec: dict[str, Any], doc_name: str, text_len: int) -> list[str]:
    """Violations of the record contract; [] for a valid record."""
    try:
        back = json.loads(json.dumps(rec, ensure_ascii=False, allow_nan=False))
    except (TypeError, ValueError) as e:
        return [f"not valid JSON: {e}"]
    if back != rec:
        return ["does not survive a JSON round trip"]
    out = []
    if rec.get("doc") != doc_name:
        out.append(f"doc {rec.get('doc')!r} is not the input's name {doc_name!r}")
    if not isinstance(rec.get("language"), str) or not LANGUAGE.match(rec["language"]):
        out.append(f"language {rec.get('language')!r}")
    if not isinstance(rec.get("projects"), list):
        return out + ["projects is not a list"]
    for p in rec["projects"]:
        missing = {"title", "start", "end", "status", "funding", "organizations", "people",
                   "places", "urls"} - set(p)
        out += [f"project without key {k!r}" for k in sorted(missing)]
        if not missing:
            out += _project_problems(p, text_len)
    return out
