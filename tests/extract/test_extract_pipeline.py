"""The whole extractor on real documents: dev-set score gate, no-project pages, evidence spans."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

from ngo_atlas.extract.explain import explain_text
from ngo_atlas.extract.pipeline import extract_document
from ngo_atlas.model import Document

SHARED = Path(__file__).resolve().parents[2].parent / "shared"
SCORE_PY = SHARED / "eval" / "score.py"
# Floors at or below the figures measured when they were set (dev micro-F1 0.977,
# lowest field 0.92); raise them as the extractor improves, never above a measurement.
MICRO_FLOOR = 0.96
FIELD_FLOOR = 0.85


def _doc(path: Path) -> Document:
    return Document(source=str(path), name=path.name, text=path.read_text(encoding="utf-8"))


def _scorer():
    spec = importlib.util.spec_from_file_location("ngo_eval_score", SCORE_PY)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def test_dev_set_score_gate(dev_dir, tmp_path):
    pred = tmp_path / "pred.jsonl"
    with pred.open("w", encoding="utf-8") as out:
        for p in sorted(dev_dir.glob("*.txt")):
            rec = extract_document(_doc(p)).to_record(evidence=False)
            out.write(json.dumps(rec, ensure_ascii=False) + "\n")
    report, _errors = _scorer().score(str(dev_dir), str(pred))
    assert not report["missing_predictions"]
    assert report["micro"]["f1"] >= MICRO_FLOOR, report["micro"]
    low = {k: v["f1"] for k, v in report["fields"].items() if v["f1"] < FIELD_FLOOR}
    assert not low, low


def _html_pages():
    html_dir = SHARED / "eval" / "html"
    if not html_dir.is_dir():
        pytest.skip("../shared/eval/html is not present")
    return sorted(html_dir.glob("*.html"))


def test_real_news_pages_give_no_project():
    from ngo_atlas.ingest.readers import read_path

    pages = _html_pages()
    assert len(pages) == 10
    for page in pages:
        doc = read_path(page)
        assert doc.text.strip(), page.name
        ext = extract_document(doc)
        assert ext.projects == [], (page.name, [p.title for p in ext.projects])


@pytest.mark.parametrize("name", ["d10.txt", "d15.txt"])
def test_event_pages_without_a_project(dev_dir, name):
    assert extract_document(_doc(dev_dir / name)).projects == []


def test_organisation_profile_gives_no_project():
    text = ("Fundacja Ocalenie\n\nJesteśmy organizacją pozarządową, która od 2000 roku pomaga "
            "uchodźcom i migrantom w Warszawie. Prowadzimy Centrum Pomocy Cudzoziemcom.\n")
    assert extract_document(Document("x", "profile.txt", text)).projects == []


def test_profile_that_mentions_projects_gives_no_project():
    text = ("O nas\n\nFundacja Pomocy Migrantom działa od 2005 roku. Prowadzimy poradnictwo "
            "prawne i kursy języka polskiego. Nasze projekty wspierają cudzoziemców w Lublinie.\n\n"
            "Projekty, które prowadzimy, finansujemy z darowizn. Zobacz listę projektów w "
            "zakładce Projekty.\n\nZarząd: Anna Nowak (prezeska), Jan Kowalski.\n")
    assert extract_document(Document("x", "o-nas.txt", text)).projects == []


def test_every_span_points_at_its_evidence(dev_dir):
    for p in sorted(dev_dir.glob("*.txt")):
        doc = _doc(p)
        ext = extract_document(doc)
        for proj in ext.projects:
            for ev in proj.evidence():
                assert 0 <= ev["start"] <= ev["end"] <= len(doc.text), (p.name, ev)
                assert 0 < ev["confidence"] <= 1
            if proj.spans.get("start"):
                s = proj.spans["start"]
                assert any(ch.isdigit() for ch in doc.text[s.start:s.end]), p.name


def test_extraction_is_deterministic_and_names_the_document(dev_dir):
    doc = _doc(dev_dir / "000_7d86bcd1a183bf6a.txt")
    a, b = extract_document(doc), extract_document(doc)
    assert a.to_record() == b.to_record()
    assert a.doc == "000_7d86bcd1a183bf6a.txt" and a.language == "pl"


def test_two_projects_in_one_page(dev_dir):
    ext = extract_document(_doc(dev_dir / "d13.txt"))
    assert [p.title for p in ext.projects] == ["Seniors in multicultural Warsaw",
                                               "Out of the shadow. Support for victims of hate"]
    assert ext.projects[0].funding[0].amount == 135500
    assert ext.projects[1].funding[0].currency == "EUR"


def test_explain_shows_value_evidence_and_rule(dev_dir):
    doc = _doc(dev_dir / "000_7d86bcd1a183bf6a.txt")
    out = explain_text(doc, extract_document(doc))
    assert "funding" in out and "[[" in out and "rule: label:funder" in out
    assert "Witold Klaus" in out


def test_broken_text_does_not_raise():
    for text in ("", "\x00\x01", "„" * 500, "projekt " * 2000, "Grantodawca:\n" * 50,
                 " " * 50_000 + "została członkiem", "\xa0 \n" * 5000, "• x\n" * 2000):
        extract_document(Document("x", "broken.txt", text))


EXTRA_DIR = Path(__file__).resolve().parents[2] / "eval" / "extra"
# Generalisation: the independent set of other layouts and languages (eval/extra, built by
# another engineer). Measured 0.935 when this was set.
EXTRA_FLOOR = 0.92


def test_extra_set_score_gate(tmp_path):
    from ngo_atlas.ingest.readers import read_path

    if not EXTRA_DIR.is_dir():
        pytest.skip("eval/extra is not present")
    pred = tmp_path / "pred.jsonl"
    with pred.open("w", encoding="utf-8") as out:
        for p in sorted(EXTRA_DIR.iterdir()):
            if p.suffix in (".txt", ".html"):
                rec = extract_document(read_path(p)).to_record(evidence=False)
                out.write(json.dumps(rec, ensure_ascii=False) + "\n")
    report, _errors = _scorer().score(str(EXTRA_DIR), str(pred))
    assert not report["missing_predictions"]
    assert report["micro"]["f1"] >= EXTRA_FLOOR, report["micro"]
