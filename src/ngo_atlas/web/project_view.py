"""A stored project record as rows of the project page: value, evidence sentence, anchor."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from markupsafe import Markup

from ngo_atlas.model import Project, Span
from ngo_atlas.web.highlight import Mark, highlight, sentence_around, valid_marks
from ngo_atlas.web.i18n import Translator


@dataclass
class Row:
    """One fact on the page; ``evidence`` is (before, span, after) of its sentence, if known."""

    field: str
    value: str
    extra: str = ""
    href: str | None = None
    mark: int | None = None
    rule: str = ""
    evidence: tuple[str, str, str] | None = None
    entity_id: int | None = None


@dataclass
class ProjectView:
    id: int
    project: Project
    document: dict[str, Any]
    rows: list[Row] = field(default_factory=list)
    source_html: Markup = Markup("")
    corrections: list[dict[str, Any]] = field(default_factory=list)


def _funding_text(t: Translator, funder: str | None, programme: str | None) -> str:
    parts = [funder or t("value.unknown_funder")]
    if programme:
        parts.append(f"({t('field.programme')}: {programme})")
    return " ".join(parts)


RowSpec = tuple[str, str, str, Span | None, str | None, str | None]


def _rows(p: Project, t: Translator) -> list[RowSpec]:
    """(field key, value, extra, span, link, entity name) for every fact, in the page's order."""
    out: list[RowSpec] = []
    if p.title:
        out.append(("title", p.title, "", p.spans.get("title"), None, None))
    for key in ("start", "end"):
        if getattr(p, key):
            out.append((key, t.date(getattr(p, key)), "", p.spans.get(key), None, None))
    if p.status:
        out.append(("status", t(f"status.{p.status}"), "", p.spans.get("status"), None, None))
    for f in p.funding:
        out.append(
            (
                "funding",
                _funding_text(t, f.funder, f.programme),
                t.money(f.amount, f.currency),
                f.span,
                None,
                f.funder,
            )
        )
    for o in p.organizations:
        extra = t(f"role.{o.role}") + (f" · {t('orgtype.' + o.org_type)}" if o.org_type else "")
        out.append(("organization", o.name, extra, o.span, None, o.name))
    for pe in p.people:
        bits = [t(f"role.{pe.role}")] + [b for b in (pe.organization, pe.email, pe.phone) if b]
        out.append(
            ("person", pe.name or t("value.unnamed"), " · ".join(bits), pe.span, None, pe.name)
        )
    out.extend(("place", pl.value, "", pl.span, None, pl.value) for pl in p.places)
    for key, prefix, items in (
        ("theme", "theme.", p.themes),
        ("target_group", "tg.", p.target_groups),
    ):
        out.extend((key, t.label(prefix, tg.value), "", tg.span, None, None) for tg in items)
    for u in p.urls:
        link = u.value if u.value.lower().startswith(("http://", "https://")) else None
        out.append(("url", u.value, "", u.span, link, None))
    for a in p.activities:
        count = t("value.count", n=a.count) if a.count is not None else ""
        out.append(("activity", a.text or a.kind, count, a.span, None, None))
    return out


def _evidence_key(field_name: str, item: Any) -> Any:
    """The value an evidence entry carries for this item (the form of Project.evidence())."""
    if field_name == "funding":
        return {
            "funder": item.funder,
            "programme": item.programme,
            "amount": item.amount,
            "currency": item.currency,
        }
    if field_name == "organization":
        return {"name": item.name, "role": item.role}
    if field_name == "person":
        return {"name": item.name, "role": item.role, "email": item.email}
    if field_name == "activity":
        return {"kind": item.kind, "count": item.count, "text": item.text}
    return item.value


def attach_evidence(project: Project, evidence: list[dict[str, Any]]) -> Project:
    """Give each fact the span whose value matches it.

    Matching by value, not by position: the evidence list holds only the facts that have
    a span, so the n-th organisation's span is not always the n-th evidence entry.
    """
    for e in evidence:
        span = Span.from_dict(e)
        if span is not None and e.get("field") in ("title", "start", "end", "status"):
            project.spans.setdefault(e["field"], span)
    lists = {
        "funding": project.funding,
        "organization": project.organizations,
        "person": project.people,
        "place": project.places,
        "url": project.urls,
        "theme": project.themes,
        "target_group": project.target_groups,
        "activity": project.activities,
    }
    for e in evidence:
        items = lists.get(e.get("field", ""))
        for item in items or []:
            if item.span is None and _evidence_key(e["field"], item) == e.get("value"):
                item.span = Span.from_dict(e)
                break
    return project


# Which entity kinds a page row may link to, in the order they are tried.
ROW_KINDS = {
    "organization": ("organization", "funder"),
    "funding": ("funder", "organization"),
    "person": ("person",),
    "place": ("place",),
}


def entity_ids(rec: dict[str, Any]) -> dict[tuple[str, str], int]:
    """(kind, name as written) -> resolved entity id, from the record's ``entities``."""
    return {
        (e["kind"], e["name"]): int(e["entity_id"])
        for e in rec.get("entities") or []
        if e.get("entity_id") is not None and e.get("name")
    }


def build(rec: dict[str, Any], t: Translator) -> ProjectView:
    """The page model of one project record as Atlas.project() returns it."""
    bare = {k: v for k, v in rec.items() if k != "evidence"}
    project = attach_evidence(Project.from_record(bare), list(rec.get("evidence") or []))
    document = rec.get("document") or {}
    text = document.get("text") or ""
    view = ProjectView(
        int(rec["id"]), project, document, corrections=list(rec.get("corrections") or [])
    )
    marks: list[Mark] = []
    ids = entity_ids(rec)
    for key, value, extra, span, link, name in _rows(project, t):
        row = Row(key, value, extra, link)
        row.entity_id = next(
            (ids[(k, name)] for k in ROW_KINDS.get(key, ()) if (k, name) in ids), None
        )
        if span is not None and valid_marks([Mark(0, span.start, span.end, "")], len(text)):
            row.mark = len(marks)
            row.rule = span.rule
            row.evidence = sentence_around(text, span.start, span.end)
            marks.append(Mark(row.mark, span.start, span.end, f"{t('field.' + key)}: {value}"))
        view.rows.append(row)
    view.source_html = highlight(text, marks)
    return view
