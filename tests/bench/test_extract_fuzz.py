"""The crash hunt: strict extraction of real and mutated texts, failures grouped by site."""

from __future__ import annotations

import json
import random
from pathlib import Path

from bench.extract_fuzz import Hunt, main, mutations
from ngo_atlas.extract import pipeline

DEV = Path(__file__).resolve().parents[2].parent / "shared" / "eval" / "dev"


def test_mutations_are_new_texts():
    text = "Projekt „Razem”\n\nPartnerzy: Fundacja A, Stowarzyszenie B.\nOkres: 01.03.2024 – 30.11.2024"
    out = mutations(text, random.Random(1))
    assert {"cut0", "shuffle", "caps", "quotes", "emptylabels", "longline", "unicode"} <= set(out)
    assert out["caps"] == text.upper() and "”" not in out["quotes"]
    assert out["emptylabels"].splitlines()[2] == "Partnerzy:"


def test_a_planted_bug_is_grouped_at_its_site(monkeypatch):
    def find_places(*_args):
        raise IndexError("planted")
    monkeypatch.setattr(pipeline, "find_places", find_places)
    hunt = Hunt(limit=30)
    for name in ("a", "b"):
        hunt.run(name, "Projekt „Razem”\n\nProjekt „Razem” realizuje Fundacja Alfa od 1 marca 2024 r. w Lublinie.")
    rep = hunt.report()
    [(site, found)] = rep["sites"].items()
    assert "test_extract_fuzz.py:" in site  # the frame that raised, not the guard that re-raised
    assert found["n"] == 2 and found["examples"][0][1] == "IndexError: planted"


def test_the_command_writes_a_clean_report_for_dev_pages(tmp_path):
    out = tmp_path / "hunt.json"
    assert main([str(out), str(DEV), "--stride", "10", "--mutate"]) == 0
    rep = json.loads(out.read_text(encoding="utf-8"))
    assert rep["texts"] > 2 and rep["sites"] == {}
