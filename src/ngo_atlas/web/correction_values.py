"""A curator's typed value for a field, parsed and checked; a field's value shown for editing."""

from __future__ import annotations

import json
import re
from typing import Any

from ngo_atlas.model import ORG_ROLES, PERSON_ROLES, STATUSES

SCALARS = ("title", "start", "end", "status")
LINES = ("places", "urls", "themes", "target_groups", "title_alternatives")
STRUCTURED = {  # field -> (required key, allowed roles or None)
    "funding": (None, None),
    "organizations": ("name", ORG_ROLES),
    "people": (None, PERSON_ROLES),
    "activities": ("kind", None),
}
FIELDS = (*SCALARS, *STRUCTURED, *LINES)
DATE = re.compile(r"^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$")


class BadValue(ValueError):
    """A value a curator typed that the field cannot take; the message says why."""


def parse_value(field: str, raw: str) -> Any:
    """The JSON value to store for ``field`` from the text of the edit form."""
    raw = raw.strip()
    if field not in FIELDS:
        raise BadValue(f"unknown field {field!r}")
    if field in SCALARS:
        if not raw:
            return None
        if field in ("start", "end") and not DATE.match(raw):
            raise BadValue(f"{field}: write a date as YYYY, YYYY-MM or YYYY-MM-DD, got {raw!r}")
        if field == "status" and raw not in STATUSES:
            raise BadValue(f"status: one of {', '.join(STATUSES)}, got {raw!r}")
        return raw
    if field in LINES:
        return [line.strip() for line in raw.splitlines() if line.strip()]
    return _structured(field, raw)


def _structured(field: str, raw: str) -> list[dict[str, Any]]:
    try:
        value = json.loads(raw or "[]")
    except json.JSONDecodeError as e:
        raise BadValue(f"{field}: not valid JSON ({e.msg} at line {e.lineno})") from None
    if not isinstance(value, list) or not all(isinstance(v, dict) for v in value):
        raise BadValue(f"{field}: a JSON list of objects is needed")
    required, roles = STRUCTURED[field]
    for i, item in enumerate(value, 1):
        if required and not str(item.get(required) or "").strip():
            raise BadValue(f"{field}: item {i} has no {required!r}")
        if roles and item.get("role", "other") not in roles:
            raise BadValue(f"{field}: item {i} role must be one of {', '.join(roles)}")
        if field == "funding" and item.get("amount") is not None:
            if not isinstance(item["amount"], (int, float)):
                raise BadValue(f"funding: item {i} amount must be a number")
    return value


def format_value(field: str, value: Any) -> str:
    """The current value as the edit form shows it (the same form parse_value reads)."""
    if field in SCALARS:
        return "" if value is None else str(value)
    if field in LINES:
        return "\n".join(str(v) for v in value or [])
    return json.dumps(value or [], ensure_ascii=False, indent=2)
