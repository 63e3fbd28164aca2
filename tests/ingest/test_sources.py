"""Sources: folder walks (order, hidden files, loops, locked folders), URL lists, fetching."""

from __future__ import annotations

import functools
import http.server
import json
import os
import shutil
import socket
import tempfile
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest_paths import HTML_DIR

from ngo_atlas.ingest.fetch import fetch_url, url_name
from ngo_atlas.ingest.limits import Limits
from ngo_atlas.ingest.readers import read_bytes
from ngo_atlas.ingest.sources import Item, Problem, iter_sources
from ngo_atlas.model import IngestError


def names(found: list[Item | Problem], root: Path) -> list[str]:
    return [os.path.relpath(f.source, root) for f in found if isinstance(f, Item)]


def test_walk_is_sorted_recursive_and_skips_hidden_and_unsupported(tmp_path: Path) -> None:
    for rel in ["b.txt", "a.html", "sub/z.pdf", "sub/a.docx", ".hidden.txt", ".git/x.txt",
                "notes.json", "sub/deeper/c.htm", "A.TXT"]:
        (tmp_path / rel).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / rel).write_text("x")
    found = list(iter_sources([tmp_path]))
    assert names(found, tmp_path) == ["A.TXT", "a.html", "b.txt", "sub/a.docx", "sub/deeper/c.htm",
                            "sub/z.pdf"]
    assert all(isinstance(f, Item) and Path(f.source).is_absolute() for f in found)


def test_symlink_loops_and_broken_links_are_reported_not_fatal(tmp_path: Path) -> None:
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "doc.txt").write_text("tekst")
    (tmp_path / "sub" / "up").symlink_to(tmp_path)  # a folder loop
    (tmp_path / "self.txt").symlink_to(tmp_path / "self.txt")  # ELOOP on open
    (tmp_path / "gone.txt").symlink_to(tmp_path / "missing.txt")
    found = list(iter_sources([tmp_path]))
    problems = {os.path.basename(p.source): p.reason for p in found if isinstance(p, Problem)}
    assert "symlink loop" in problems["up"]
    assert "symlink loop" in problems["self.txt"]
    assert "broken symlink" in problems["gone.txt"]
    assert [os.path.basename(i.source) for i in found if isinstance(i, Item)] == ["doc.txt"]


def test_unreadable_folder_is_reported() -> None:
    """chmod 000 does not stop root, so as root the walk runs in a forked child that has
    dropped to user nobody: a real permission error either way, no skip."""
    base = Path(tempfile.mkdtemp(dir="/tmp"))  # /tmp, so that nobody can reach it
    try:
        base.chmod(0o755)
        locked = base / "locked"
        locked.mkdir()
        (locked / "secret.txt").write_text("x")
        (base / "open.txt").write_text("x")
        locked.chmod(0)
        found = _walk_as_nobody(base) if os.geteuid() == 0 else [
            (type(f).__name__, f.source, getattr(f, "reason", ""))
            for f in iter_sources([base])]
        assert found == [("Problem", str(locked), "cannot list folder: permission denied"),
                         ("Item", str(base / "open.txt"), "")]
    finally:
        (base / "locked").chmod(0o755)
        shutil.rmtree(base)


def _walk_as_nobody(folder: Path) -> list[tuple[str, str, str]]:
    read_end, write_end = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: drop root, walk, report, exit without running pytest's cleanup
        status = 1
        try:
            os.close(read_end)
            os.setgroups([])
            os.setgid(65534)
            os.setuid(65534)
            found = [(type(f).__name__, f.source, getattr(f, "reason", ""))
                     for f in iter_sources([folder])]
            os.write(write_end, json.dumps(found).encode())
            status = 0
        finally:
            os._exit(status)
    os.close(write_end)
    with os.fdopen(read_end, "rb") as f:
        data = f.read()
    _, status = os.waitpid(pid, 0)
    assert status == 0 and data, "the unprivileged walk failed"
    return [tuple(x) for x in json.loads(data)]


def test_url_list(tmp_path: Path) -> None:
    lst = tmp_path / "pages.urls"
    lst.write_text("# pages\nhttp://127.0.0.1:1/a.html\n\n  https://example.org/x  \n"
                   "ftp://host/file\n", encoding="utf-8")
    found = list(iter_sources([lst, "https://example.org/y"]))
    assert [f.source for f in found if isinstance(f, Item)] == [
        "http://127.0.0.1:1/a.html", "https://example.org/x", "https://example.org/y"]
    (problem,) = [f for f in found if isinstance(f, Problem)]
    assert problem.source == f"{lst}:5" and "not an http(s) URL" in problem.reason


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args: object) -> None:
        pass


class _Server(http.server.ThreadingHTTPServer):
    def handle_error(self, request: object, client_address: object) -> None:
        pass  # a client that stops reading at the size limit is expected here


@pytest.fixture
def server() -> Iterator[str]:
    """A real HTTP server on loopback serving ../shared/eval/html."""
    if not HTML_DIR.is_dir():
        pytest.skip("../shared/eval/html is not present")
    handler = functools.partial(_QuietHandler, directory=str(HTML_DIR))
    httpd = _Server(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}"
    finally:
        httpd.shutdown()
        httpd.server_close()


def test_fetch_real_pages_over_http(server: str) -> None:
    for page, phrase in (("pl07.html", "To jest moment fundamentalny"),
                         ("pl01.html", "zgłosił się")):
        fetched = fetch_url(f"{server}/{page}", Limits())
        assert fetched.data == (HTML_DIR / page).read_bytes()
        doc = read_bytes(fetched.data, f"{server}/{page}", fetched.name, url=fetched.url,
                         content_type=fetched.content_type)
        assert doc.name == page and doc.format == "html" and phrase in doc.text


def test_fetch_errors_are_clear(server: str) -> None:
    with pytest.raises(IngestError, match="HTTP 404"):
        fetch_url(f"{server}/nope.html", Limits())
    with pytest.raises(IngestError, match="over the limit"):
        fetch_url(f"{server}/pl04.html", Limits(max_bytes=10_000))
    with pytest.raises(IngestError, match="only http"):
        fetch_url("file:///etc/passwd", Limits())
    with socket.socket() as closed:  # a port nobody listens on
        closed.bind(("127.0.0.1", 0))
        port = closed.getsockname()[1]
    with pytest.raises(IngestError, match="cannot fetch"):
        fetch_url(f"http://127.0.0.1:{port}/x.html", Limits())


def test_fetch_timeout() -> None:
    with socket.socket() as silent:  # accepts connections, never answers
        silent.bind(("127.0.0.1", 0))
        silent.listen()
        url = f"http://127.0.0.1:{silent.getsockname()[1]}/slow.html"
        with pytest.raises(IngestError, match="timed out after 0.5 s"):
            fetch_url(url, Limits(fetch_timeout=0.5))


def test_url_names() -> None:
    assert url_name("https://ngo.pl/projekty/razem-2019/") == "razem-2019"
    assert url_name("https://ngo.pl/") == "ngo.pl"
    assert url_name("https://x.pl/a%20b.pdf?q=1") == "a b.pdf"


def test_slow_drip_download_is_cut_off() -> None:
    """A server that sends a byte every 0.2 s never trips the socket timeout; the
    per-document time limit still ends the download."""
    with socket.socket() as srv:
        srv.bind(("127.0.0.1", 0))
        srv.listen()

        def drip() -> None:
            conn, _ = srv.accept()
            with conn:
                conn.recv(4096)
                conn.sendall(b"HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\n\r\n")
                for _ in range(40):
                    try:
                        conn.sendall(b"x")
                    except OSError:
                        return
                    time.sleep(0.2)

        threading.Thread(target=drip, daemon=True).start()
        url = f"http://127.0.0.1:{srv.getsockname()[1]}/drip.txt"
        with pytest.raises(IngestError, match="longer than 1 s"):
            fetch_url(url, Limits(fetch_timeout=5, seconds_per_document=1))


def test_big_folder_listing_is_sorted_across_spilled_runs(tmp_path: Path, monkeypatch) -> None:
    """Past RUN names a folder's listing is sorted in spilled runs and merged: the order
    must be the one sorted() gives, hidden names left out, nothing lost or repeated."""
    import random

    from ngo_atlas.ingest import sources

    monkeypatch.setattr(sources, "RUN", 7)
    names = [f"{random.Random(i).randrange(10**6):06d}_{i}.txt" for i in range(40)]
    names += ["Zeta.txt", "ąbc.txt", "abc.txt", "a b.txt"]
    for name in names:
        (tmp_path / name).write_text("Projekt", encoding="utf-8")
    (tmp_path / ".hidden.txt").write_text("x", encoding="utf-8")
    assert list(sources.sorted_names(tmp_path)) == sorted(names)
    found = [Path(i.source).name for i in iter_sources([tmp_path]) if isinstance(i, Item)]
    assert found == sorted(names)


def test_listing_a_big_folder_holds_bytes_not_objects(tmp_path: Path) -> None:
    """Listing 120,000 files peaks at a few MB (one run of names being sorted plus the
    spilled runs), where sorted DirEntry objects held ~35 MB for the whole walk."""
    import itertools
    import os
    import tracemalloc

    from ngo_atlas.ingest import sources

    for i in range(120_000):
        os.close(os.open(tmp_path / f"syn7_{i:07d}.txt", os.O_CREAT | os.O_WRONLY))
    tracemalloc.start()
    first = list(itertools.islice(sources.sorted_names(tmp_path), 3))
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    assert first == ["syn7_0000000.txt", "syn7_0000001.txt", "syn7_0000002.txt"]
    assert peak < 10_000_000, peak


def test_spilled_runs_merge_in_order_with_any_name_bytes(tmp_path: Path, monkeypatch) -> None:
    """Runs spilled to temporary files, and runs merged again when there are MAX_RUNS of
    them, give sorted()'s order; names with newlines, spaces and bytes that are not UTF-8
    come back as the same names."""
    import os
    import random

    from ngo_atlas.ingest import sources

    monkeypatch.setattr(sources, "RUN", 5)
    monkeypatch.setattr(sources, "MAX_RUNS", 3)
    names = [f"{random.Random(i).randrange(10**6):06d}_{i}.txt" for i in range(60)]
    names += ["new\nline.txt", "a b.txt", "ąbc.txt", os.fsdecode(b"caf\xe9.txt")]
    for name in names:
        (tmp_path / name).write_text("Projekt", encoding="utf-8")
    listed = list(sources.sorted_names(tmp_path))
    assert listed == sorted(names)
    assert all((tmp_path / name).is_file() for name in listed)


def test_listing_memory_does_not_grow_with_the_folder(tmp_path: Path, monkeypatch) -> None:
    """With runs spilled to disk the listing's peak is set by RUN and MAX_RUNS, not by the
    number of files: a folder twice as big peaks at about the same traced memory, where
    names held in memory (packed or not) would double it."""
    import itertools
    import os
    import tracemalloc

    from ngo_atlas.ingest import sources

    monkeypatch.setattr(sources, "RUN", 2_000)
    monkeypatch.setattr(sources, "MAX_RUNS", 4)

    def peak_listing(folder: Path, n: int) -> int:
        folder.mkdir()
        for i in range(n):
            os.close(os.open(folder / f"syn7_{i:07d}_{'x' * 40}.txt", os.O_CREAT | os.O_WRONLY))
        tracemalloc.start()
        names = sources.sorted_names(folder)
        first = list(itertools.islice(names, 2))
        assert first == [f"syn7_{i:07d}_{'x' * 40}.txt" for i in range(2)]
        assert sum(1 for _ in names) == n - 2
        peak = tracemalloc.get_traced_memory()[1]
        tracemalloc.stop()
        return peak

    small, big = peak_listing(tmp_path / "a", 30_000), peak_listing(tmp_path / "b", 60_000)
    names_bytes = 60_000 * 60  # what the bigger folder's names alone take as bytes
    assert big < names_bytes / 2, (small, big)
    assert big < small * 1.3, (small, big)
