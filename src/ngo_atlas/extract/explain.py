"""Human-readable account of an extraction: each value, its evidence sentence and the rule."""

from __future__ import annotations

from ngo_atlas.extract.text import sentence_at
from ngo_atlas.model import Document, Extraction


def _evidence(text: str, start: int, end: int) -> str:
    s, e = sentence_at(text, start)
    e = max(e, end)
    snippet = text[s:start] + "[[" + text[start:end] + "]]" + text[end:e]
    return " ".join(snippet.split())[:300]


def explain_text(doc: Document, extraction: Extraction) -> str:
    """Per project and field: value, evidence with the span marked, rule and confidence."""
    out = [f"# {extraction.doc} (language: {extraction.language})"]
    if not extraction.projects:
        out.append("no project: the text does not describe a project")
    for i, p in enumerate(extraction.projects, 1):
        out.append(f"\n## project {i}: {p.title!r}")
        for ev in p.evidence():
            value = ev["value"]
            out.append(f"- {ev['field']}: {value}")
            out.append(f"    evidence: {_evidence(doc.text, ev['start'], ev['end'])}")
            out.append(f"    rule: {ev['rule']}  confidence: {ev['confidence']}")
    return "\n".join(out)
