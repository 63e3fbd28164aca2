"""The records every stage passes on: Document, Extraction, Project and its facts.

The JSON form of an Extraction (``Extraction.to_record``) is the contract of
../shared/eval/SCHEMA.md; extra keys (activities, themes, target groups, evidence)
ride along and are ignored by the scorer.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

ORG_ROLES = ("lead", "partner", "member", "funder", "other")
PERSON_ROLES = ("coordinator", "contact", "author", "expert", "other")
STATUSES = ("completed", "ongoing", "planned")


@dataclass(frozen=True)
class Span:
    """Where a fact came from: a character span in Document.text and the rule that found it."""

    start: int
    end: int
    rule: str
    confidence: float = 1.0

    def to_dict(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "rule": self.rule,
                "confidence": round(self.confidence, 3)}

    @classmethod
    def from_dict(cls, d: dict[str, Any] | None) -> Span | None:
        if not d:
            return None
        return cls(int(d["start"]), int(d["end"]), str(d.get("rule", "")),
                   float(d.get("confidence", 1.0)))


@dataclass
class Document:
    """One source turned into clean text. ``name`` is the file name the scorer matches on."""

    source: str  # path or URL as given
    name: str  # file name (or last URL segment)
    text: str  # cleaned main text; every Span points into it
    language: str = "und"  # ISO 639-1
    content_hash: str = ""  # sha256 of the raw bytes, for de-duplication
    format: str = "txt"  # txt, html, pdf, docx
    encoding: str | None = None  # how the bytes were decoded
    fetched_at: str = ""  # ISO 8601 time of reading
    title: str | None = None  # the page's own title (HTML <title>, PDF metadata)
    url: str | None = None  # the page's URL, when known
    meta: dict[str, Any] = field(default_factory=dict)


@dataclass
class Funding:
    funder: str | None = None
    programme: str | None = None
    amount: float | None = None
    currency: str | None = None
    span: Span | None = None


@dataclass
class OrgRef:
    """An organisation as a project names it; resolution links it to an entity later."""

    name: str
    role: str = "other"  # one of ORG_ROLES
    span: Span | None = None
    org_type: str | None = None  # ngo, migrant_led, public, international, research, religious, network, business
    acronym: str | None = None


@dataclass
class PersonRef:
    name: str | None
    role: str = "other"  # one of PERSON_ROLES
    organization: str | None = None
    email: str | None = None
    phone: str | None = None
    span: Span | None = None


@dataclass
class Tagged:
    """A plain string value (a place, a URL, a theme, a target group) with its evidence."""

    value: str
    span: Span | None = None


@dataclass
class Activity:
    """Something the project does, with a count if the text gives one ("10 spotkań")."""

    kind: str  # a normalised key: meeting, workshop, seminar, training, conference, ...
    count: int | None = None
    text: str = ""  # the words as written
    span: Span | None = None


@dataclass
class Project:
    title: str | None = None
    title_alternatives: list[str] = field(default_factory=list)
    start: str | None = None  # YYYY, YYYY-MM or YYYY-MM-DD
    end: str | None = None
    status: str | None = None  # one of STATUSES or None
    funding: list[Funding] = field(default_factory=list)
    organizations: list[OrgRef] = field(default_factory=list)
    people: list[PersonRef] = field(default_factory=list)
    places: list[Tagged] = field(default_factory=list)
    urls: list[Tagged] = field(default_factory=list)
    activities: list[Activity] = field(default_factory=list)
    themes: list[Tagged] = field(default_factory=list)
    target_groups: list[Tagged] = field(default_factory=list)
    spans: dict[str, Span] = field(default_factory=dict)  # evidence of title/start/end/status

    def to_record(self, evidence: bool = True) -> dict[str, Any]:
        rec: dict[str, Any] = {
            "title": self.title,
            "start": self.start,
            "end": self.end,
            "status": self.status,
            "funding": [
                {"funder": f.funder, "programme": f.programme, "amount": f.amount,
                 "currency": f.currency} for f in self.funding
            ],
            "organizations": [{"name": o.name, "role": o.role} for o in self.organizations],
            "people": [
                {"name": p.name, "role": p.role, "organization": p.organization,
                 "email": p.email} for p in self.people
            ],
            "places": [t.value for t in self.places],
            "urls": [t.value for t in self.urls],
            "activities": [{"kind": a.kind, "count": a.count, "text": a.text}
                           for a in self.activities],
            "themes": [t.value for t in self.themes],
            "target_groups": [t.value for t in self.target_groups],
        }
        if self.title_alternatives:
            rec["title_alternatives"] = list(self.title_alternatives)
        for o, out in zip(self.organizations, rec["organizations"]):
            if o.org_type:
                out["type"] = o.org_type
            if o.acronym:
                out["acronym"] = o.acronym
        for p, out in zip(self.people, rec["people"]):
            if p.phone:
                out["phone"] = p.phone
        if evidence:
            rec["evidence"] = self.evidence()
        return rec

    def evidence(self) -> list[dict[str, Any]]:
        """Every fact with its span: the material of --explain and of the project page."""
        out: list[dict[str, Any]] = []

        def add(field_name: str, value: Any, span: Span | None, index: int | None = None) -> None:
            # Items without a span are left out, so list items carry their index: that
            # keeps each span with its own item when the record is read back.
            if span is not None:
                entry = {"field": field_name, "value": value, **span.to_dict()}
                if index is not None:
                    entry["index"] = index
                out.append(entry)

        for key in ("title", "start", "end", "status"):
            add(key, getattr(self, key), self.spans.get(key))
        for i, f in enumerate(self.funding):
            add("funding", {"funder": f.funder, "programme": f.programme,
                            "amount": f.amount, "currency": f.currency}, f.span, i)
        for i, o in enumerate(self.organizations):
            add("organization", {"name": o.name, "role": o.role}, o.span, i)
        for i, p in enumerate(self.people):
            add("person", {"name": p.name, "role": p.role, "email": p.email}, p.span, i)
        for name, items in (("place", self.places), ("url", self.urls), ("theme", self.themes),
                            ("target_group", self.target_groups)):
            for i, t in enumerate(items):
                add(name, t.value, t.span, i)
        for i, a in enumerate(self.activities):
            add("activity", {"kind": a.kind, "count": a.count, "text": a.text}, a.span, i)
        return out

    @classmethod
    def from_record(cls, rec: dict[str, Any]) -> Project:
        """Rebuild a project from its JSON record (evidence spans included when present)."""
        ev = rec.get("evidence") or []

        def spans_of(field_name: str) -> dict[int, Span | None]:
            # By the entry's index; an older record without indexes falls back to order.
            entries = [e for e in ev if e.get("field") == field_name]
            return {int(e.get("index", i)): Span.from_dict(e) for i, e in enumerate(entries)}

        def nth(spans: dict[int, Span | None], i: int) -> Span | None:
            return spans.get(i)

        scalar = {e["field"]: Span.from_dict(e) for e in ev
                  if e.get("field") in ("title", "start", "end", "status")}
        fsp, osp, psp = spans_of("funding"), spans_of("organization"), spans_of("person")
        return cls(
            title=rec.get("title"),
            title_alternatives=list(rec.get("title_alternatives") or []),
            start=rec.get("start"),
            end=rec.get("end"),
            status=rec.get("status"),
            funding=[Funding(f.get("funder"), f.get("programme"), f.get("amount"),
                             f.get("currency"), nth(fsp, i))
                     for i, f in enumerate(rec.get("funding") or [])],
            organizations=[OrgRef(o["name"], o.get("role") or "other", nth(osp, i),
                                  o.get("type"), o.get("acronym"))
                           for i, o in enumerate(rec.get("organizations") or [])],
            people=[PersonRef(p.get("name"), p.get("role") or "other", p.get("organization"),
                              p.get("email"), p.get("phone"), nth(psp, i))
                    for i, p in enumerate(rec.get("people") or [])],
            places=[Tagged(v, s) for v, s in _zip_spans(rec.get("places"), spans_of("place"))],
            urls=[Tagged(v, s) for v, s in _zip_spans(rec.get("urls"), spans_of("url"))],
            activities=[Activity(a.get("kind", ""), a.get("count"), a.get("text", ""), s)
                        for a, s in _zip_spans(rec.get("activities"), spans_of("activity"))],
            themes=[Tagged(v, s) for v, s in _zip_spans(rec.get("themes"), spans_of("theme"))],
            target_groups=[Tagged(v, s) for v, s in
                           _zip_spans(rec.get("target_groups"), spans_of("target_group"))],
            spans={k: v for k, v in scalar.items() if v is not None},
        )


def _zip_spans(values: list[Any] | None,
               spans: dict[int, Span | None]) -> list[tuple[Any, Span | None]]:
    return [(v, spans.get(i)) for i, v in enumerate(values or [])]


@dataclass
class Extraction:
    """What extract() finds in one Document: its language and zero or more projects."""

    doc: str
    language: str
    projects: list[Project] = field(default_factory=list)
    # finders that failed on this document and gave no facts (extract.resilient); not part of
    # the record, printed as warnings by extract and ingest
    problems: list[str] = field(default_factory=list, compare=False)

    def to_record(self, evidence: bool = True) -> dict[str, Any]:
        return {"doc": self.doc, "language": self.language,
                "projects": [p.to_record(evidence) for p in self.projects]}

    @classmethod
    def from_record(cls, rec: dict[str, Any]) -> Extraction:
        return cls(rec.get("doc", ""), rec.get("language", "und"),
                   [Project.from_record(p) for p in rec.get("projects") or []])


class NgoAtlasError(Exception):
    """Base of the errors a user sees: always names the source and the reason."""


class IngestError(NgoAtlasError):
    """A document could not be read; ``source`` and ``reason`` say which and why."""

    def __init__(self, source: str, reason: str):
        super().__init__(f"{source}: {reason}")
        self.source = source
        self.reason = reason
