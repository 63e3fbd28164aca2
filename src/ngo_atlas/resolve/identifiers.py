"""Registry numbers (KRS, NIP, REGON) and website domains written inside a name string."""

from __future__ import annotations

import re

_KRS = re.compile(r"\bKRS\W{0,3}(?:nr\W{0,2})?(\d{10})\b", re.I)
_NIP = re.compile(r"\bNIP\W{0,3}((?:\d[\s-]?){9}\d)\b", re.I)
_REGON = re.compile(r"\bREGON\W{0,3}(\d{14}|\d{9})\b", re.I)
_DOMAIN = re.compile(r"\b(?:https?://)?(?:www\.)?((?:[a-z0-9-]+\.)+"
                     r"(?:pl|org|com|eu|net|int|info|ua|by|ru))\b(?:/\S*)?", re.I)


def extract_identifiers(name: str) -> tuple[dict[str, str], str]:
    """({"krs": ..., "nip": ..., "regon": ..., "domain": ...}, the name without them)."""
    ids: dict[str, str] = {}
    rest = name
    for key, rx in (("krs", _KRS), ("nip", _NIP), ("regon", _REGON), ("domain", _DOMAIN)):
        m = rx.search(rest)
        if m:
            value = re.sub(r"\D", "", m.group(1)) if key != "domain" else m.group(1).lower()
            ids[key] = value
            rest = (rest[:m.start()] + " " + rest[m.end():]).strip()
    return ids, re.sub(r"\s+", " ", rest).strip(" ,;-–")


def identifier_keys(ids: dict[str, str]) -> list[str]:
    """Blocking keys of identifiers: one per registry number and domain."""
    return [f"id:{k}:{v}" for k, v in sorted(ids.items())]
