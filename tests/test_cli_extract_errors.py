"""`ngo-atlas extract FILE...`: one document the extractor fails on never stops the batch.

The failing document is named on stderr with the reason; the others' records are printed."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from ngo_atlas import cli
from ngo_atlas.extract import pipeline
from ngo_atlas.extract.pipeline import extract_document
from ngo_atlas.model import Document

PAGE = ("Projekt „Sąsiedzi bez granic” realizuje Fundacja Otwarty Dom w Lublinie "
        "w partnerstwie ze Stowarzyszeniem Razem. Projekt trwa od 1 marca 2024 do 31 grudnia 2024.")


def test_a_partner_cue_with_no_name_after_it_gives_no_organisation():
    # "вместе с партнёрами" followed straight by the verb: the partner list after the cue is
    # empty, and an empty name once crashed the whole document (IndexError in _org)
    text = ("Новости фонда\n\nНаш фонд «Мост» — вместе с партнёрами помогал семьям беженцев "
            "в Кракове весь прошлый год. Проект «Мост для семей» финансирует город Краков.\n")
    ex = extract_document(Document(source="mem:ru", name="ru.txt", text=text, language="ru"))
    names = [o.name for p in ex.projects for o in p.organizations]
    assert all(n.strip() for n in names)


def test_one_failing_document_does_not_stop_the_batch(tmp_path: Path, monkeypatch, capsys):
    paths = []
    for name in ("a.txt", "broken.txt", "c.txt"):
        p = tmp_path / name
        p.write_text(PAGE, encoding="utf-8")
        paths.append(p)

    def failing(doc):
        if doc.source.endswith("broken.txt"):
            raise ValueError("synthetic extractor bug")
        return extract_document(doc)

    monkeypatch.setattr(pipeline, "extract_document", failing)
    rc = cli.main(["extract", *map(str, paths)])
    out, err = capsys.readouterr()
    records = [json.loads(line) for line in out.splitlines() if line.strip()]
    assert [Path(r["doc"]).name for r in records] == ["a.txt", "c.txt"]
    assert "broken.txt" in err and "extraction failed: ValueError: synthetic extractor bug" in err
    assert rc == 0  # some documents were extracted


def test_every_document_failing_is_a_failed_run(tmp_path: Path, monkeypatch, capsys):
    p = tmp_path / "only.txt"
    p.write_text(PAGE, encoding="utf-8")
    monkeypatch.setattr(pipeline, "extract_document",
                        lambda doc: (_ for _ in ()).throw(RuntimeError("boom")))
    assert cli.main(["extract", str(p)]) == 1
    assert "only.txt: extraction failed: RuntimeError: boom" in capsys.readouterr().err
