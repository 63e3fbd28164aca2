"""Shared test fixtures: where the real documents of ../shared live."""

from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
DEV_DIR = SHARED / "eval" / "dev"
SEEDS_DIR = SHARED / "seeds"
HTML_DIR = SHARED / "eval" / "html"


@pytest.fixture(scope="session")
def dev_dir() -> Path:
    if not DEV_DIR.is_dir():
        pytest.skip("../shared/eval/dev is not present")
    return DEV_DIR


# -- atlases: a real SQLite file and a real throw-away PostgreSQL server -------------------
import itertools  # noqa: E402
import os  # noqa: E402
import shutil  # noqa: E402
import socket  # noqa: E402
import subprocess  # noqa: E402
import tempfile  # noqa: E402

PG_BIN = Path(os.environ.get("NGO_ATLAS_PG_BIN", "/usr/lib/postgresql/15/bin"))
_db_numbers = itertools.count(1)


def _as_postgres(cmd: list[str]) -> list[str]:
    # initdb refuses to run as root; the Debian package's postgres user runs the server.
    return ["runuser", "-u", "postgres", "--", *cmd] if os.geteuid() == 0 else cmd


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="session")
def pg_server():
    """A real PostgreSQL server in a temporary directory; yields its base URL (no database)."""
    if not (PG_BIN / "initdb").exists():
        pytest.fail(f"PostgreSQL binaries not found in {PG_BIN} (install postgresql-15 or set "
                    "NGO_ATLAS_PG_BIN); the postgres store tests need a real server")
    tmp = tempfile.mkdtemp(prefix="ngo-atlas-pg-")
    data = os.path.join(tmp, "data")
    if os.geteuid() == 0:
        shutil.chown(tmp, "postgres", "postgres")
    port = _free_port()
    subprocess.run(_as_postgres([str(PG_BIN / "initdb"), "-D", data, "-U", "postgres",
                                 "--auth=trust", "-E", "UTF8", "--locale=C.UTF-8"]),
                   check=True, capture_output=True)
    opts = f"-p {port} -k {tmp} -c listen_addresses=127.0.0.1 -c fsync=off " \
           "-c synchronous_commit=off -c full_page_writes=off"
    subprocess.run(_as_postgres([str(PG_BIN / "pg_ctl"), "-D", data, "-o", opts, "-w",
                                 "-l", os.path.join(tmp, "log"), "start"]),
                   check=True, capture_output=True)
    try:
        yield f"postgresql://postgres@127.0.0.1:{port}"
    finally:
        subprocess.run(_as_postgres([str(PG_BIN / "pg_ctl"), "-D", data, "-m", "immediate",
                                     "stop"]), capture_output=True)
        shutil.rmtree(tmp, ignore_errors=True)


@pytest.fixture
def pg_url(pg_server) -> str:
    """A fresh, empty database on the test server."""
    import psycopg

    name = f"atlas_{os.getpid()}_{next(_db_numbers)}"
    with psycopg.connect(f"{pg_server}/postgres", autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    return f"{pg_server}/{name}"


@pytest.fixture(params=["sqlite", "postgres"])
def atlas_url(request, tmp_path) -> str:
    """An empty atlas location: a SQLite file, then a PostgreSQL database."""
    if request.param == "sqlite":
        return str(tmp_path / "atlas.sqlite")
    return request.getfixturevalue("pg_url")


def gold_document(txt: Path, gold: Path):
    """A Document from a real .txt file and its Extraction from the gold JSON record."""
    import hashlib
    import json

    from ngo_atlas.model import Document, Extraction

    raw = txt.read_bytes()
    rec = json.loads(gold.read_text(encoding="utf-8"))
    doc = Document(source=str(txt), name=txt.name, text=raw.decode("utf-8"),
                   language=rec.get("language", "und"),
                   content_hash=hashlib.sha256(raw).hexdigest())
    return doc, Extraction.from_record(rec)


@pytest.fixture(scope="session")
def gold_docs(dev_dir) -> list:
    """Every dev document with its gold extraction: perfect inputs for the store."""
    return [gold_document(t, t.with_suffix(".json")) for t in sorted(dev_dir.glob("*.txt"))
            if t.with_suffix(".json").exists()]


@pytest.fixture(scope="session")
def seeds_dir() -> Path:
    if not SEEDS_DIR.is_dir():
        pytest.skip("../shared/seeds is not present")
    return SEEDS_DIR


@pytest.fixture(scope="session")
def load_gold():
    """gold_document as a fixture, for test modules that cannot import conftest."""
    return gold_document
