"""Shared test fixtures: the real documents of ../shared, and fresh atlases of the run's store."""

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
# The suite runs once per store: `pytest` (SQLite files) and `pytest --store=postgres`
# (databases on a PostgreSQL 15 server the session starts); `make test` runs both passes.
import itertools  # noqa: E402
import os  # noqa: E402
import shutil  # noqa: E402
import socket  # noqa: E402
import subprocess  # noqa: E402
import tempfile  # noqa: E402

STORES = ("sqlite", "postgres")
# A test that asks for one of these opens an atlas of the run's store (pg_server: its own).
ATLAS_FIXTURES = {"new_atlas_location", "pg_server"}
PG_ONLY_FIXTURES = {"pg_url", "pg_server"}


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--store", choices=STORES, default="sqlite",
                     help="where the tests' atlases live: SQLite files (default) or databases "
                          "on a throw-away PostgreSQL 15 server (postgres)")


def pytest_configure(config: pytest.Config) -> None:
    # a finder's exception fails the test instead of costing only its facts (extract.resilient);
    # set in the environment, so the CLI and ingest run as child processes are strict too
    os.environ["NGO_ATLAS_STRICT_EXTRACT"] = "1"
    config.addinivalue_line("markers", "sqlite_only(reason): about SQLite itself (its file, "
                            "WAL, a file path); skipped in the --store=postgres pass")
    config.addinivalue_line("markers", "postgres_only: about PostgreSQL itself; runs only in "
                            "the --store=postgres pass (so do tests asking for pg_url)")


def _postgres_only(item: pytest.Item) -> bool:
    # The older `postgres` marker and a direct pg_url/pg_server request mean the same.
    return bool(item.get_closest_marker("postgres_only") or item.get_closest_marker("postgres")
                or PG_ONLY_FIXTURES & set(getattr(item, "fixturenames", ())))


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Each pass runs each test once: PostgreSQL-only tests in the postgres pass, SQLite-only
    ones in the SQLite pass; the postgres pass leaves out tests that never open an atlas
    (extractors, readers, language), which the SQLite pass has already run."""
    store = config.getoption("--store")
    keep, dropped = [], []
    for item in items:
        sqlite_only = item.get_closest_marker("sqlite_only")
        if store == "sqlite" and _postgres_only(item):
            item.add_marker(pytest.mark.skip(reason="about PostgreSQL: runs in the "
                                             "--store=postgres pass (make test runs both)"))
        elif store == "postgres" and sqlite_only:
            why = sqlite_only.args[0] if sqlite_only.args else "about SQLite"
            item.add_marker(pytest.mark.skip(reason=f"SQLite only: {why}"))
        elif store == "postgres" and not ATLAS_FIXTURES & set(item.fixturenames):
            dropped.append(item)
            continue
        keep.append(item)
    if dropped:
        config.hook.pytest_deselected(items=dropped)
        items[:] = keep

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


def _new_pg_database(server: str) -> str:
    import psycopg

    name = f"atlas_{os.getpid()}_{next(_db_numbers)}"
    with psycopg.connect(f"{server}/postgres", autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    return f"{server}/{name}"


@pytest.fixture
def pg_url(pg_server) -> str:
    """A fresh, empty database on the test server (for tests about PostgreSQL itself)."""
    return _new_pg_database(pg_server)


@pytest.fixture(scope="session")
def store_kind(request) -> str:
    """The store this run's atlases live in: "sqlite" (default) or "postgres" (--store)."""
    return request.config.getoption("--store")


@pytest.fixture(scope="session")
def new_atlas_location(request, store_kind: str, tmp_path_factory):  # noqa: ANN201
    """A maker of fresh, empty atlas locations of this run's store, for session and module
    fixtures and for tests that need several: ``new_atlas_location("name")`` gives a new
    SQLite file (in its own temporary folder called after name) or a new PostgreSQL
    database on the session's throw-away server."""
    # Resolved now, not inside make(): a session request can only set up fixtures here.
    server = request.getfixturevalue("pg_server") if store_kind == "postgres" else None

    def make(name: str = "atlas") -> str:
        if server is not None:
            return _new_pg_database(server)
        return str(tmp_path_factory.mktemp(name) / "atlas.sqlite")

    return make


@pytest.fixture
def atlas_location(new_atlas_location) -> str:  # noqa: ANN001
    """A fresh, empty atlas location: a SQLite file, or a PostgreSQL database with
    --store=postgres."""
    return new_atlas_location("atlas")


@pytest.fixture
def atlas_url(atlas_location: str) -> str:
    """The older name of atlas_location (these tests ran on both stores in one pass before
    the suite learned --store; now each pass gives its own store, so none runs twice)."""
    return atlas_location


@pytest.fixture(scope="session")
def atlas_sql():  # noqa: ANN201
    """A reader for tests that look at an atlas's tables directly, on either store:
    ``atlas_sql(location, "SELECT ... WHERE x = ?", (x,))`` gives the rows as tuples
    (write SQLite's ? placeholders; they become %s for PostgreSQL)."""
    def rows(location: str, sql: str, params: tuple = ()) -> list[tuple]:
        if location.startswith(("postgresql://", "postgres://")):
            import psycopg

            with psycopg.connect(location) as conn:
                return [tuple(r) for r in conn.execute(sql.replace("?", "%s"), params)]
        import sqlite3

        # Read-only, so a test reading a missing atlas fails instead of creating one.
        conn = sqlite3.connect(Path(location).resolve().as_uri() + "?mode=ro", uri=True)
        try:
            return [tuple(r) for r in conn.execute(sql, params)]
        finally:
            conn.close()

    return rows


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


@pytest.fixture
def dev_atlas(atlas_url: str, gold_docs: list):
    """An atlas (SQLite or PostgreSQL, as the run's store) holding every dev document with
    its gold extraction."""
    from ngo_atlas.store import open_atlas

    with open_atlas(atlas_url) as atlas:
        for doc, ex in gold_docs:
            atlas.save(doc, ex)
        yield atlas
