"""`ngo-atlas search` end to end: the real CLI process over a real atlas (SQLite or PostgreSQL)."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from ngo_atlas.store import open_atlas


@pytest.fixture(scope="module")
def db(new_atlas_location, gold_docs):
    path = new_atlas_location("cli")
    with open_atlas(path) as atlas:
        for doc, ex in gold_docs:
            atlas.save(doc, ex)
    return str(path)


def _run(*args):
    return subprocess.run([sys.executable, "-m", "ngo_atlas.cli", "search", *args],
                          capture_output=True, text=True, timeout=120, check=False)


def test_text_output_lists_hits_and_facets(db):
    proc = _run("Krakowie", "--db", db)
    assert proc.returncode == 0, proc.stderr
    assert "Nic o nas bez nas – lokalnie!" in proc.stdout
    assert "place: " in proc.stdout and "Kraków (" in proc.stdout


def test_json_output_with_facet_filters(db):
    proc = _run("--db", db, "--place", "Kraków", "--place", "Lublin", "--json", "--limit", "50")
    out = json.loads(proc.stdout)
    assert out["total"] == len(out["hits"]) > 0
    assert all({"Kraków", "Lublin"} & set(h["places"]) for h in out["hits"])
    assert {"funder", "place", "year"} <= set(out["facets"])


@pytest.mark.sqlite_only("a file path that is not a SQLite database")
def test_missing_or_broken_atlas_is_a_clear_error(tmp_path):
    bad = tmp_path / "broken.sqlite"
    bad.write_bytes(b"this is not a database" * 100)
    proc = _run("x", "--db", str(bad))
    assert proc.returncode == 2 and str(bad) in proc.stderr
