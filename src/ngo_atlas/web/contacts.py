"""The personal-data option: people's e-mails and phone numbers masked for anonymous visitors."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

from fastapi import Request

from ngo_atlas.extract.links import find_emails
from ngo_atlas.store.base import Atlas, ProjectHit, SearchQuery, SearchResult

MASK = "•"
CONTACT_KEYS = ("email", "phone")  # record keys that hold nothing but contact data

# A run of digits with spaces, dashes, dots or brackets; judged by _is_phone below.
_PHONE_RUN = re.compile(r"(?<![\w+/.,-])\+?\(?\+?\d[\d \t()./-]{6,22}\d(?![\w])")
_PHONE_CUE = re.compile(r"(?:tel|phone|telefon|kom|mob|fax|тел|моб)\w*\.?[\s:–-]*$", re.IGNORECASE)
# The usual Polish shapes: mobile 796 130 965, landline 22 556 44 66.
_PHONE_SHAPE = re.compile(r"\d{3}[ -]\d{3}[ -]\d{3}|\d{2}[ -]\d{3}[ -]\d{2}[ -]\d{2}")
_MONEY_AFTER = re.compile(r"\s*(?:zł|pln|eur|usd|chf|nok|euro|złot|mln|tys)", re.IGNORECASE)


def _is_phone(text: str, m: re.Match[str]) -> bool:
    """A number is a phone when it looks like one: prefixed, announced, or of a phone shape;
    amounts ("999 750 000 PLN") and date ranges are left alone."""
    digits = sum(c.isdigit() for c in m.group())
    if not 9 <= digits <= 15 or _MONEY_AFTER.match(text, m.end()):
        return False
    if m.group()[0] in "+(" or _PHONE_CUE.search(text[max(0, m.start() - 25) : m.start()]):
        return True
    return bool(_PHONE_SHAPE.fullmatch(m.group()))


def contact_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of every e-mail (obfuscated forms too) and phone number in ``text``."""
    spans = [(s, e) for s, e, _ in find_emails(text)]
    spans += [m.span() for m in _PHONE_RUN.finditer(text) if _is_phone(text, m)]
    return spans


def mask_text(text: str) -> str:
    """``text`` with contacts overwritten character by character: the length is kept, so
    evidence spans still point at the same words of a source text."""
    if not text:
        return text
    chars = list(text)
    for s, e in contact_spans(text):
        chars[s:e] = MASK * (e - s)
    return "".join(chars)


def mask_record(value: Any) -> Any:
    """A copy of a JSON-like record with contact fields emptied and contacts in text masked."""
    if isinstance(value, str):
        return mask_text(value)
    if isinstance(value, list):
        return [mask_record(v) for v in value]
    if isinstance(value, dict):
        return {
            k: None if k in CONTACT_KEYS and v is not None else mask_record(v)
            for k, v in value.items()
        }
    return value


class MaskedAtlas:
    """An Atlas whose read methods answer with contacts masked; the rest passes through."""

    def __init__(self, atlas: Atlas):
        self._atlas = atlas

    def __getattr__(self, name: str) -> Any:
        return getattr(self._atlas, name)

    def search(self, query: SearchQuery) -> SearchResult:
        result = self._atlas.search(query)
        hits = [ProjectHit(**mask_record(dict(h.__dict__))) for h in result.hits]
        return replace(result, hits=hits)

    def project(self, project_id: int) -> dict[str, Any] | None:
        return mask_record(self._atlas.project(project_id))

    def document(self, document_id: int) -> dict[str, Any] | None:
        return mask_record(self._atlas.document(document_id))

    def entity(self, entity_id: int) -> dict[str, Any] | None:
        return mask_record(self._atlas.entity(entity_id))

    def entities(self, *args: Any, **kwargs: Any) -> list[dict[str, Any]]:
        return mask_record(self._atlas.entities(*args, **kwargs))

    def network(self, *args: Any, **kwargs: Any) -> Any:
        return mask_record(self._atlas.network(*args, **kwargs))


def contacts_hidden(request: Request) -> bool:
    """True when the operator hides contacts and the visitor is not a logged-in curator."""
    from ngo_atlas.web.auth import current_user

    return request.app.state.settings.hide_contacts and current_user(request) is None


def reader(request: Request) -> Any:
    """The atlas as this visitor may read it (masked or not); every public page and API uses it."""
    atlas = request.app.state.atlases.get()
    return MaskedAtlas(atlas) if contacts_hidden(request) else atlas
