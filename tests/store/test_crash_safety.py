"""A process killed in the middle of save() leaves no half document in the SQLite file."""

from __future__ import annotations

import subprocess
import sys
import textwrap

import pytest

from ngo_atlas.store import open_atlas

SCRIPT = textwrap.dedent("""
    import os, sys
    sys.path.insert(0, {tests!r})
    from conftest import gold_document
    from pathlib import Path
    from ngo_atlas.store.sqlite import SqliteAtlas

    atlas = SqliteAtlas({db!r})
    txt = Path({txt!r})
    atlas.save(*gold_document(txt, txt.with_suffix(".json")))
    real = SqliteAtlas._link_mentions
    def die_half_way(self, *args):
        real(self, *args)
        os._exit(9)  # the process dies with the transaction open: no commit, no cleanup
    SqliteAtlas._link_mentions = die_half_way
    txt = Path({txt2!r})
    atlas.save(*gold_document(txt, txt.with_suffix(".json")))
""")


@pytest.mark.sqlite_only("a SQLite file's integrity after a killed save")
def test_killed_save_leaves_the_atlas_as_before(tmp_path, gold_docs):
    db = tmp_path / "atlas.sqlite"
    first, second = gold_docs[0][0], gold_docs[1][0]
    tests = str(__import__("pathlib").Path(__file__).resolve().parents[1])
    proc = subprocess.run([sys.executable, "-c", SCRIPT.format(
        tests=tests, db=str(db), txt=first.source, txt2=second.source)], capture_output=True,
        check=False)
    assert proc.returncode == 9, proc.stderr.decode()
    with open_atlas(str(db)) as atlas:
        assert atlas.stats()["documents"] == 1 and atlas.stats()["projects"] == 1
        assert not atlas.has_content(second.content_hash)
        assert atlas._one("PRAGMA integrity_check")[0] == "ok"
        atlas._q("INSERT INTO project_fts (project_fts) VALUES ('integrity-check')")
        # The interrupted document goes in cleanly afterwards.
        out = atlas.save(*gold_docs[1])
        assert out.status == "ingested" and atlas.stats()["documents"] == 2
