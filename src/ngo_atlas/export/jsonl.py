"""JSON Lines export: one project record per line, as the API serves it (without the source text)."""

from __future__ import annotations

import json
from typing import IO, Iterable


def write_jsonl(projects: Iterable[dict], out: IO[str]) -> int:
    n = 0
    for p in projects:
        rec = {k: v for k, v in p.items() if k != "document"}
        doc = p.get("document") or {}
        rec["source"] = {k: doc.get(k) for k in ("id", "name", "source", "url", "language")}
        out.write(json.dumps(rec, ensure_ascii=False) + "\n")
        n += 1
    return n
