"""Test data of the web tests: dev-set gold records with real evidence spans, a hostile page.

Kept out of conftest.py so test modules import it by a name no other conftest shadows.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

from ngo_atlas.model import Document, Extraction, Project, Span

# A source that tries to run script in the reader's browser; the UI must show it as text.
HOSTILE_TEXT = (
    "Projekt „Bezpieczny Dom <script>window.__pwned = 1</script>” realizowany w Lublinie.\n"
    'Zdjęcie: <img src="x" onerror="window.__pwned = 2"> i '
    '<a href="javascript:alert(1)">link</a>.\n'
    "Koordynator: Anna Nowak."
)


def _find(text: str, value: str | None, rule: str) -> Span | None:
    """The first place the value is written verbatim: real evidence for a gold record."""
    if not value:
        return None
    i = text.find(value)
    return Span(i, i + len(value), rule) if i >= 0 else None


def with_spans(project: Project, text: str) -> Project:
    """Attach evidence spans to the facts of a gold record that occur verbatim in the text."""
    if (s := _find(text, project.title, "test:verbatim")) is not None:
        project.spans["title"] = s
    for o in project.organizations:
        o.span = _find(text, o.name, "test:verbatim")
    for pe in project.people:
        pe.span = _find(text, pe.name, "test:verbatim")
    for t in (*project.places, *project.urls):
        t.span = _find(text, t.value, "test:verbatim")
    return project


def dev_pairs(dev_dir: Path) -> list[tuple[Document, Extraction]]:
    out = []
    for gold in sorted(dev_dir.glob("*.json")):
        rec = json.loads(gold.read_text(encoding="utf-8"))
        txt = gold.with_suffix(".txt")
        text = txt.read_text(encoding="utf-8")
        ex = Extraction.from_record(rec)
        ex.projects = [with_spans(p, text) for p in ex.projects]
        doc = Document(
            source=str(txt),
            name=txt.name,
            text=text,
            language=ex.language,
            content_hash=hashlib.sha256(txt.read_bytes()).hexdigest(),
        )
        out.append((doc, ex))
    return out


def hostile_pair() -> tuple[Document, Extraction]:
    title = "Bezpieczny Dom <script>window.__pwned = 1</script>"
    p = Project(title=title)
    p = with_spans(p, HOSTILE_TEXT)
    p.places = [Project.from_record({"places": ["Lublin"]}).places[0]]
    p.places[0].span = _find(HOSTILE_TEXT, "Lublinie", "test:verbatim")
    doc = Document(
        source="hostile.txt",
        name="hostile.txt",
        text=HOSTILE_TEXT,
        language="pl",
        content_hash=hashlib.sha256(HOSTILE_TEXT.encode()).hexdigest(),
    )
    return doc, Extraction("hostile.txt", "pl", [p])
