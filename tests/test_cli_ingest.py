"""`ngo-atlas ingest` and `ngo-atlas status` as a user runs them: real processes, real files."""

from __future__ import annotations

import functools
import http.server
import os
import pty
import subprocess
import sys
import termios
import threading
from pathlib import Path

import pytest

# The real pages of ../shared (read here, not imported from conftest: tests/web has its own).
HTML_DIR = Path(__file__).resolve().parents[1].parent / "shared" / "eval" / "html"


def cli(*args: str, stderr_tty: bool = False,
        env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    cmd = [sys.executable, "-m", "ngo_atlas.cli", *args]
    if not stderr_tty:
        return subprocess.run(cmd, capture_output=True, text=True, timeout=600,
                              env={**os.environ, **(env or {})})
    leader, follower = pty.openpty()
    termios.tcsetwinsize(follower, (24, 100))  # a terminal of a real size
    try:
        proc = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=follower, text=True,
                              timeout=600)
        os.close(follower)
        follower = -1
        chunks = []
        while True:
            try:
                chunk = os.read(leader, 65536)
            except OSError:
                break
            if not chunk:
                break
            chunks.append(chunk)
        proc.stderr = b"".join(chunks).decode(errors="replace")
        return proc
    finally:
        os.close(leader)
        if follower >= 0:
            os.close(follower)


def test_ingest_twice_then_status(tmp_path: Path, dev_dir: Path, atlas_location: str,
                                  store_kind: str) -> None:
    db = atlas_location
    if store_kind == "sqlite":
        db = tmp_path / "new" / "folder" / "atlas.sqlite"  # the parent folder is created
    n = len(list(dev_dir.glob("*.txt")))
    first = cli("ingest", str(dev_dir), "--db", str(db))
    assert first.returncode == 0, first.stderr
    assert first.stdout.startswith(f"ingested {n}, updated 0, unchanged 0, failed 0")
    assert "documents/s" in first.stdout
    assert "doc/s" not in first.stderr  # no progress bar when stderr is not a terminal
    second = cli("ingest", str(dev_dir), "--db", str(db), "--workers", "2")
    assert second.returncode == 0
    assert second.stdout.startswith(f"ingested 0, updated 0, unchanged {n}, failed 0")
    status = cli("status", "--db", str(db))
    assert status.returncode == 0 and f"documents: {n}\n" in status.stdout
    assert "recorded failures:" not in status.stdout


def test_progress_bar_only_on_a_terminal(atlas_location: str, dev_dir: Path) -> None:
    db = atlas_location
    shown = cli("ingest", str(dev_dir / "d01.txt"), "--db", db, stderr_tty=True)
    assert shown.returncode == 0 and "1doc [" in shown.stderr and "doc/s]" in shown.stderr
    quiet = cli("ingest", str(dev_dir / "d02.txt"), "--db", db, "--no-progress",
                stderr_tty=True)
    assert quiet.returncode == 0 and quiet.stderr == ""


def test_failures_reported_recorded_and_retried(tmp_path: Path, dev_dir: Path,
                                                atlas_location: str) -> None:
    db = atlas_location
    folder = tmp_path / "in"
    folder.mkdir()
    empty = folder / "empty.txt"
    empty.write_bytes(b"")
    (folder / "scan.pdf").write_bytes(b"%PDF-1.4 broken")
    only_bad = cli("ingest", str(folder), "--db", db)
    assert only_bad.returncode == 1  # everything failed
    assert f"  {empty}: empty file (no text)" in only_bad.stdout
    assert f"  {folder / 'scan.pdf'}: broken PDF" in only_bad.stdout
    status = cli("status", "--db", db)
    assert f"{empty}: empty file (no text) (attempts 1" in status.stdout
    (dev_dir / "d03.txt").read_bytes()
    empty.write_bytes((dev_dir / "d03.txt").read_bytes())  # the user fixes one file
    retry = cli("ingest", "--retry-failed", "--db", db)
    assert retry.returncode == 0
    assert retry.stdout.startswith("ingested 1, updated 0, unchanged 0, failed 1")
    status = cli("status", "--db", db)
    assert "documents: 1\n" in status.stdout and str(empty) not in status.stdout
    assert "(attempts 2" in status.stdout  # the PDF is still broken


def test_mixed_batch_exit_code_and_missing_paths(tmp_path: Path, dev_dir: Path,
                                                  atlas_location: str) -> None:
    db = atlas_location
    r = cli("ingest", str(dev_dir / "d01.txt"), str(tmp_path / "nope.txt"), "--db", db)
    assert r.returncode == 0  # something was ingested
    assert f"{tmp_path / 'nope.txt'}: file not found" in r.stdout
    assert cli("ingest", "--db", db).returncode == 2  # nothing asked for
    assert cli("status", "--db", str(tmp_path / "none.sqlite")).returncode == 1


def test_ingest_a_url_list_from_a_local_server(tmp_path: Path, atlas_location: str,
                                               atlas_sql) -> None:
    if not HTML_DIR.is_dir():
        pytest.skip("../shared/eval/html is not present")
    handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=str(HTML_DIR))
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    try:
        base = f"http://127.0.0.1:{httpd.server_address[1]}"
        urls = tmp_path / "pages.urls"
        urls.write_text(f"# two real pages and a missing one\n{base}/pl07.html\n"
                        f"{base}/pl03.html\n{base}/missing.html\n", encoding="utf-8")
        db = atlas_location
        r = cli("ingest", str(urls), "--db", db)
    finally:
        httpd.shutdown()
        httpd.server_close()
    assert r.returncode == 0
    assert r.stdout.startswith("ingested 2, updated 0, unchanged 0, failed 1")
    assert f"{base}/missing.html: HTTP 404" in r.stdout
    rows = dict(atlas_sql(db, "SELECT name, encoding FROM documents"))
    assert rows == {"pl07.html": "cp1250", "pl03.html": "utf-8"}


def test_ingest_on_a_dask_cluster(atlas_location: str, dev_dir: Path) -> None:
    distributed = pytest.importorskip("distributed")
    # Worker threads in this process, but a real TCP scheduler the CLI process connects to.
    with distributed.LocalCluster(n_workers=1, threads_per_worker=1, processes=False,
                                  protocol="tcp", dashboard_address=None) as cluster:
        db = atlas_location
        r = cli("ingest", str(dev_dir), "--db", db, "--dask", cluster.scheduler_address)
    n = len(list(dev_dir.glob("*.txt")))
    assert r.returncode == 0, r.stderr[-2000:]
    assert r.stdout.startswith(f"ingested {n}, updated 0, unchanged 0, failed 0")
    again = cli("ingest", str(dev_dir), "--db", db)  # the local pipeline sees the same content
    assert again.stdout.startswith(f"ingested 0, updated 0, unchanged {n}, failed 0")


def test_urls_download_concurrently_and_stay_in_order(atlas_location: str) -> None:
    """A server that answers slowly sees several requests at once; results keep list order."""
    from ngo_atlas.pipeline import ingest_paths
    from ngo_atlas.store import open_atlas

    active, peak, lock = [0], [0], threading.Lock()

    class Slow(http.server.SimpleHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802 - http.server's naming
            with lock:
                active[0] += 1
                peak[0] = max(peak[0], active[0])
            try:
                threading.Event().wait(0.3)
                super().do_GET()
            finally:
                with lock:
                    active[0] -= 1

        def log_message(self, *args: object) -> None:
            pass

    handler = functools.partial(Slow, directory=str(HTML_DIR))
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    base = f"http://127.0.0.1:{httpd.server_address[1]}"
    pages = sorted(p.name for p in HTML_DIR.glob("pl*.html"))
    try:
        with open_atlas(atlas_location) as atlas:
            summary = ingest_paths([f"{base}/{p}" for p in pages], atlas, progress=False)
            names = [atlas.document(i)["name"] for i in range(1, len(pages) + 1)]
    finally:
        httpd.shutdown()
        httpd.server_close()
    assert summary.ingested == len(pages) and summary.failed == []
    assert peak[0] >= 2
    assert names == pages  # stored in the order given


def test_limits_from_the_environment(atlas_location: str, dev_dir: Path) -> None:
    db = atlas_location
    small = cli("ingest", str(dev_dir / "d01.txt"), "--db", db,
                env={"NGO_ATLAS_MAX_BYTES": "1000"})
    assert small.returncode == 1 and "(max_bytes)" in small.stdout
    bad = cli("ingest", str(dev_dir / "d01.txt"), "--db", db,
              env={"NGO_ATLAS_MAX_BYTES": "lots"})
    assert bad.returncode == 2
    assert bad.stderr.strip() == "error: NGO_ATLAS_MAX_BYTES='lots' is not a number"


def test_ingest_leaves_the_search_index_up_to_date(dev_dir: Path, atlas_location: str) -> None:
    from ngo_atlas.store import open_atlas, postings

    done = cli("ingest", str(dev_dir), "--db", atlas_location)
    assert done.returncode == 0, done.stderr
    assert "warning" not in done.stderr
    with open_atlas(atlas_location) as atlas:
        assert atlas._one("SELECT count(*) FROM projects")[0] > 0
        # Every change of the ingest is in the bitmaps already: nothing left to apply.
        assert not postings.pending(atlas)
