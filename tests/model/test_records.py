"""Project records survive a round trip through JSON with every span on its own item."""

from __future__ import annotations

import json

from ngo_atlas.model import Extraction, OrgRef, Project, Span, Tagged


def test_spans_stay_with_their_items_when_some_items_have_none():
    p = Project(
        title="Baobab",
        organizations=[OrgRef("Stowarzyszenie Homo Faber", "lead", Span(0, 10, "lead")),
                       OrgRef("Unia Europejska", "funder", None),
                       OrgRef("Fundacja Ocalenie", "partner", Span(20, 37, "partners"))],
        places=[Tagged("Lublin", None), Tagged("Chełm", Span(40, 45, "place"))],
        spans={"title": Span(1, 7, "quoted")},
    )
    back = Project.from_record(json.loads(json.dumps(p.to_record())))
    assert [o.span for o in back.organizations] == [o.span for o in p.organizations]
    assert [t.span for t in back.places] == [t.span for t in p.places]
    assert back.spans == p.spans
    assert back.to_record() == p.to_record()


def test_an_extraction_round_trips(dev_dir):
    for f in sorted(dev_dir.glob("*.json")):
        rec = json.loads(f.read_text(encoding="utf-8"))
        ext = Extraction.from_record(rec)
        again = ext.to_record(evidence=False)
        for got, want in zip(again["projects"], rec["projects"]):
            for key in ("title", "start", "end", "status", "funding", "organizations",
                        "people", "places", "urls"):
                assert got[key] == want[key], (f.name, key)
