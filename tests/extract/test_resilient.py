"""One finder failing on an unforeseen text costs its own facts, not the whole document; the
failure is reported (Extraction.problems, a warning from `extract` naming the file); tests
run strict, where the exception still fails."""

import json

import pytest

from ngo_atlas import cli
from ngo_atlas.extract import pipeline
from ngo_atlas.extract.pipeline import extract_document
from ngo_atlas.model import Document

PAGE = ("Projekt „Wspólny stół”\n\nProjekt „Wspólny stół” realizuje Fundacja Dobry Sąsiad od 1 marca "
        "do 30 listopada 2025 r. w Bartoszycach. Projekt jest finansowany ze środków Gminy Olsztyn.\n")


def _broken(*_args):
    raise IndexError("list index out of range")


def _broken_as(name):
    """A finder of this name with a bug (the note names the finder that failed)."""
    def finder(*_args):
        raise IndexError("list index out of range")
    finder.__name__ = name
    return finder


@pytest.fixture
def lenient(monkeypatch):
    monkeypatch.delenv("NGO_ATLAS_STRICT_EXTRACT", raising=False)


def test_a_failing_finder_costs_its_own_facts_only(lenient, monkeypatch):
    whole = extract_document(Document("x", "x.txt", PAGE))
    assert whole.problems == [] and whole.projects[0].funding
    monkeypatch.setattr(pipeline, "find_funding", _broken_as("find_funding"))
    ex = extract_document(Document("x", "x.txt", PAGE))
    p = ex.projects[0]
    assert p.title == whole.projects[0].title and (p.start, p.end) == ("2025-03-01", "2025-11-30")
    assert "Fundacja Dobry Sąsiad" in {o.name for o in p.organizations}
    assert "Bartoszyce" in [x.value for x in p.places]
    assert p.funding == [] and ex.problems == ["find_funding failed: IndexError: list index out of range"]


def test_a_failing_page_pass_leaves_the_records(lenient, monkeypatch):
    monkeypatch.setattr(pipeline, "_funder_towns", _broken)
    ex = extract_document(Document("x", "x.txt", PAGE))
    assert ex.projects and ex.problems == ["_broken failed: IndexError: list index out of range"]


def test_the_problems_of_one_document_do_not_reach_the_next(lenient, monkeypatch):
    monkeypatch.setattr(pipeline, "find_people", _broken)
    assert extract_document(Document("a", "a.txt", PAGE)).problems
    monkeypatch.undo()
    assert extract_document(Document("b", "b.txt", PAGE)).problems == []


def test_extract_prints_a_warning_naming_the_file(lenient, monkeypatch, tmp_path, capsys):
    f = tmp_path / "strona.txt"
    f.write_text(PAGE, encoding="utf-8")
    monkeypatch.setattr(pipeline, "find_places", _broken_as("find_places"))
    assert cli.main(["extract", str(f)]) == 0
    out, err = capsys.readouterr()
    rec = json.loads(out)
    assert rec["projects"][0]["title"] == "Wspólny stół" and "Bartoszyce" not in rec["projects"][0]["places"]
    assert f"warning: {f}: find_places failed: IndexError" in err


def test_strict_mode_raises(monkeypatch):
    monkeypatch.setenv("NGO_ATLAS_STRICT_EXTRACT", "1")
    monkeypatch.setattr(pipeline, "find_funding", _broken)
    with pytest.raises(IndexError):
        extract_document(Document("x", "x.txt", PAGE))


@pytest.fixture
def memory_log_restored():
    """The ingest command hangs a stderr handler on the memory guard's logger; run in-process
    under capsys it would keep the captured (then closed) stream for later tests."""
    import logging

    log = logging.getLogger("ngo_atlas.ingest.memory")
    before = list(log.handlers)
    yield
    for handler in list(log.handlers):
        if handler not in before:
            log.removeHandler(handler)
    log.setLevel(logging.NOTSET)


def test_ingest_stores_the_document_and_warns(lenient, memory_log_restored, monkeypatch, tmp_path, capsys):
    f = tmp_path / "strona.txt"
    f.write_text(PAGE, encoding="utf-8")
    monkeypatch.setattr(pipeline, "find_people", _broken_as("find_people"))
    db = tmp_path / "atlas.db"
    assert cli.main(["ingest", str(f), "--db", str(db), "--workers", "1", "--no-progress"]) == 0
    assert f"warning: {f}: find_people failed: IndexError" in capsys.readouterr().err
    from ngo_atlas.store import open_atlas
    with open_atlas(str(db)) as atlas:
        assert atlas.project(1)["title"] == "Wspólny stół" and not atlas.failures()
