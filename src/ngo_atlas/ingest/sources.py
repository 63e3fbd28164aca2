"""What to ingest: files, folders walked safely, and .urls lists, yielded one at a time."""

from __future__ import annotations

import errno
import heapq
import os
import stat
import tempfile
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO

from ngo_atlas.ingest.readers import source_of, supported

URL_LIST_SUFFIX = ".urls"
LOOP_REASON = "symlink loop: folder already visited through another path"
RUN = 50_000  # names sorted together and spilled to a temporary file (sorted_names)
MAX_RUNS = 256  # spilled runs merged into one when there are this many (open files stay few)
READ_CHUNK = 1 << 13  # bytes read at a time from each spilled run during the merge


@dataclass(frozen=True)
class Item:
    """One document to read: a local file or a URL (``path`` is None for a URL)."""

    source: str
    path: Path | None = None

    @property
    def is_url(self) -> bool:
        return self.path is None


@dataclass(frozen=True)
class Problem:
    """Something in the sources that cannot be read: a loop, a locked folder, a bad line."""

    source: str
    reason: str


def iter_sources(paths: list[str | Path]) -> Iterator[Item | Problem]:
    """Each argument in turn: a URL, a .urls list, a folder (recursive, sorted) or a file."""
    for arg in paths:
        text = str(arg)
        if is_url(text):
            yield Item(text)
        elif text.lower().endswith(URL_LIST_SUFFIX) and Path(text).is_file():
            yield from iter_url_list(Path(text))
        elif Path(text).is_dir():
            if _links_to_ancestor(Path(text)):
                # Given on its own (as --retry-failed gives a recorded loop), walking it
                # would re-ingest its ancestor under an alias path, one level deeper each time.
                yield Problem(source_of(Path(text)), LOOP_REASON)
            else:
                yield from walk_folder(Path(text))
        else:
            # A missing file is reported by the reader, with the same wording as elsewhere.
            yield Item(source_of(Path(text)), Path(text))


def is_url(text: str) -> bool:
    return text.startswith(("http://", "https://"))


def iter_url_list(path: Path) -> Iterator[Item | Problem]:
    """One URL per line; blank lines and lines starting with # are skipped."""
    try:
        with path.open(encoding="utf-8-sig") as f:
            for number, line in enumerate(f, 1):
                url = line.strip()
                if not url or url.startswith("#"):
                    continue
                if is_url(url):
                    yield Item(url)
                else:
                    yield Problem(f"{source_of(path)}:{number}",
                                  f"not an http(s) URL: {url[:200]!r}")
    except (OSError, UnicodeDecodeError) as e:
        yield Problem(source_of(path), f"cannot read URL list: {e}")


def walk_folder(root: Path) -> Iterator[Item | Problem]:
    """Supported files under ``root`` in sorted order, hidden entries skipped.

    Symlinks are followed, but a folder reached twice (a symlink loop) is reported and
    not entered again; unreadable folders are reported and the walk goes on.
    """
    seen: set[tuple[int, int]] = set()
    yield from _walk(root, seen)


def _walk(folder: Path, seen: set[tuple[int, int]]) -> Iterator[Item | Problem]:
    try:
        st = folder.stat()
    except OSError as e:
        yield Problem(source_of(folder), _loop_or(e, "cannot open folder"))
        return
    key = (st.st_dev, st.st_ino)
    if key in seen:
        yield Problem(source_of(folder), LOOP_REASON)
        return
    seen.add(key)
    try:
        names = sorted_names(folder)
    except OSError as e:
        yield Problem(source_of(folder), _loop_or(e, "cannot list folder"))
        return
    for name in names:
        full = os.path.join(folder, name)  # as DirEntry.path: sources keep their spelling
        path = Path(full)
        try:
            mode = os.stat(full).st_mode  # follows symlinks
        except OSError as e:
            yield Problem(source_of(path), _loop_or(e, "cannot open"))
            continue
        if stat.S_ISDIR(mode):
            yield from _walk(path, seen)
        elif stat.S_ISREG(mode) and supported(path):
            yield Item(source_of(path), path)


def sorted_names(folder: Path) -> Iterator[str]:
    """The folder's entry names, hidden ones left out, in sorted order, in bounded memory.

    A folder of a million files listed as DirEntry objects holds ~300 MB for the whole
    ingest, and even packed names grow with the folder. Here every RUN names are sorted
    and spilled to an anonymous temporary file, and the runs are merged lazily (an
    external merge sort): the listing holds at most RUN names and a read buffer per run,
    whatever the folder's size. Reading the folder happens now, so listing errors raise
    here; only the merge is lazy."""
    runs: list[IO[bytes]] = []
    run: list[str] = []
    with os.scandir(folder) as it:
        for entry in it:
            if not entry.name.startswith("."):
                run.append(entry.name)
                if len(run) >= RUN:
                    runs.append(_spill(sorted(run)))
                    run = []
                    if len(runs) >= MAX_RUNS:  # merge them into one: file handles stay few
                        runs = [_spill(heapq.merge(*(_read_run(f) for f in runs)))]
    run.sort()
    if not runs:
        return iter(run)
    if run:
        runs.append(_spill(run))
    return heapq.merge(*(_read_run(f) for f in runs))


def _spill(names: Iterable[str]) -> IO[bytes]:
    """Sorted names written NUL-separated (a name cannot hold NUL) to a temporary file
    that the system deletes once it is closed."""
    f = tempfile.TemporaryFile()
    first = True
    for name in names:
        if not first:
            f.write(b"\0")
        f.write(os.fsencode(name))
        first = False
    f.seek(0)
    return f


def _read_run(f: IO[bytes]) -> Iterator[str]:
    """A spilled run's names in order, read a chunk at a time; the file closes at the end."""
    with f:
        tail = b""
        while chunk := f.read(READ_CHUNK):
            parts = (tail + chunk).split(b"\0")
            tail = parts.pop()
            yield from map(os.fsdecode, parts)
        yield os.fsdecode(tail)


def _links_to_ancestor(path: Path) -> bool:
    """True for a symlink to a folder that contains the link itself."""
    if not path.is_symlink():
        return False
    target, home = path.resolve(), path.absolute().parent.resolve()
    return target == home or target in home.parents


def _loop_or(e: OSError, what: str) -> str:
    if e.errno == errno.ELOOP:
        return "symlink loop (too many levels of symbolic links)"
    if isinstance(e, FileNotFoundError) and os.path.islink(e.filename or ""):
        return "broken symlink (its target does not exist)"
    if isinstance(e, PermissionError):
        return f"{what}: permission denied"
    return f"{what}: {e.strerror or e}"
