"""A batch with hostile and broken files: good ones stored, each bad one reported and recorded."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

from badfiles import write_bad_folder

from ngo_atlas.pipeline import ingest_paths
from ngo_atlas.store import open_atlas


def test_bad_files_do_not_stop_the_batch(tmp_path: Path, dev_dir: Path,
                                         atlas_location: str) -> None:
    folder = tmp_path / "inbox"
    expected = write_bad_folder(folder)
    for name in ("d01.txt", "d11.txt"):
        shutil.copy(dev_dir / name, folder / name)
    (folder / "loop").symlink_to(folder)
    (folder / "vanished.txt").symlink_to(tmp_path / "deleted-before-reading.txt")
    locked = folder / "locked"
    locked.mkdir()
    (locked / "inside.txt").write_text("Projekt w zamkniętym folderze", encoding="utf-8")
    locked.chmod(0)
    as_root = os.access(locked, os.R_OK)  # root reads through chmod 000
    try:
        with open_atlas(atlas_location) as atlas:
            summary = ingest_paths([folder], atlas, progress=False)
            recorded = {f.source: f.reason for f in atlas.failures()}
            stats = atlas.stats()
    finally:
        locked.chmod(0o755)
    failed = {os.path.relpath(s, folder): r for s, r in summary.failed}
    for name, word in expected.items():
        if word is None:
            assert name not in failed, failed[name]
        else:
            assert word in failed[name], (name, failed[name])
    assert "symlink loop" in failed["loop"]
    assert "broken symlink" in failed["vanished.txt"]
    if as_root:
        assert "locked" not in failed  # honest: as root the folder is readable
    else:
        assert failed["locked"] == "cannot list folder: permission denied"
    good = sum(1 for w in expected.values() if w is None) + 2 + as_root
    assert summary.ingested == good
    assert stats["documents"] == good and stats["failures"] == len(failed)
    assert recorded == dict(summary.failed)


def test_file_names_that_are_not_utf8(tmp_path: Path, dev_dir: Path,
                                      atlas_location: str) -> None:
    folder = tmp_path / "archive"
    folder.mkdir()
    raw_name = os.fsencode(folder) + b"/projekt \xb3\xf3d\xbc.txt"  # "łódź" in ISO-8859-2
    with open(raw_name, "wb") as f:
        f.write((dev_dir / "d01.txt").read_bytes())
    with open(os.fsencode(folder) + b"/pusty \xb3.txt", "wb"):
        pass
    with open_atlas(atlas_location) as atlas:
        summary = ingest_paths([folder], atlas, progress=False)
        failures = atlas.failures()
        doc = atlas.document(1)
    assert summary.ingested == 1
    assert doc["name"] == "projekt \\xb3\\xf3d\\xbc.txt"
    assert [(f.source, f.reason) for f in failures] == [
        (f"{folder}/pusty \\xb3.txt", "empty file (no text)")]
