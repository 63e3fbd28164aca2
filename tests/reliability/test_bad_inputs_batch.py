"""Bad inputs at batch level: one of each bad kind among the dev set and generated pages.
Every bad one is reported with its file and reason, recorded, listed by `ngo-atlas status`,
retried by --retry-failed, and no good document is lost. INGEST's tests cover each reader;
the counts at scale come from `python -m bench.reliability.bad_inputs`."""

from __future__ import annotations

from pathlib import Path

import pytest

from bench.reliability.bad_inputs import run
from bench.reliability.crash import CodeChanged, write_generated

pytestmark = pytest.mark.slow


@pytest.mark.sqlite_only("bench.reliability.bad_inputs builds and reads its own SQLite files")
def test_bad_files_among_good_ones(dev_dir: Path, tmp_path: Path) -> None:
    gen = write_generated(tmp_path / "gen", 20, seed=4)
    try:
        rep = run([str(dev_dir), str(gen)], tmp_path / "bad", copies=1, tmp=tmp_path)
    except CodeChanged as e:  # a shared working tree being edited, never CI
        pytest.skip(str(e))
    assert rep.lost_good == [], rep
    assert rep.unrecorded == [], rep
    assert rep.unreported == [], rep
    assert rep.not_retried == [], rep
    assert rep.not_in_status == [], rep
    assert rep.inconsistencies == [], rep
    assert len(rep.reasons) >= 9, rep  # the failing kinds really failed, each with a reason
    assert rep.vanished["reported"] == 1, rep  # deleted after the walk listed it: reported


def test_retry_of_a_symlink_loop_records_nothing_new(dev_dir: Path, tmp_path: Path,
                                                     atlas_location: str) -> None:
    import shutil
    import subprocess
    import sys

    from ngo_atlas.store import open_atlas

    inbox = tmp_path / "in"
    inbox.mkdir()
    shutil.copy(dev_dir / "d01.txt", inbox / "d01.txt")
    (inbox / "empty.txt").write_bytes(b"")
    (inbox / "loop").symlink_to(inbox)
    db = atlas_location
    cli = [sys.executable, "-m", "ngo_atlas.cli", "ingest", "--db", db, "--no-progress"]
    subprocess.run([*cli, str(inbox)], capture_output=True, check=True)
    with open_atlas(db) as atlas:
        before = {f.source for f in atlas.failures()}
    subprocess.run([*cli, "--retry-failed"], capture_output=True)
    with open_atlas(db) as atlas:
        after = {f.source: f.attempts for f in atlas.failures()}
    assert set(after) == before
    assert after[str(inbox / "loop")] == 2
