"""SIGKILL the real `ngo-atlas ingest` at random moments and check the atlas after each kill.

CLI: ``python -m bench.reliability.crash --kills 100 --generated 200 [--db postgresql://...]``
prints how many kills landed, what each check found and whether the final rerun gave
exactly the atlas of an uninterrupted ingest.
"""

from __future__ import annotations

import argparse
import os
import random
import signal
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

from bench.reliability.consistency import problems, snapshot
from ngo_atlas.store import open_atlas

REPO = Path(__file__).resolve().parents[2]
DEV_DIR = REPO.parent / "shared" / "eval" / "dev"


def write_generated(folder: Path, n: int, seed: int) -> Path:
    """The synthetic corpus of bench.generator, written once into ``folder``."""
    from bench.generator import generate

    folder.mkdir(parents=True, exist_ok=True)
    for name, data in generate(n, seed):
        (folder / name).write_bytes(data)
    return folder


# Commit every 4 saves instead of 200: the test corpora are small, and with the default
# batch most kills would land before the first commit and test only the start-up.
INGEST_ENV = {**os.environ, "NGO_ATLAS_SAVE_BATCH": "4"}


def ingest_cmd(paths: list[str], db: str, workers: int = 1) -> list[str]:
    return [sys.executable, "-m", "ngo_atlas.cli", "ingest", *paths, "--db", db,
            "--no-progress", "--workers", str(workers)]


def run_ingest(paths: list[str], db: str, workers: int = 1) -> float:
    """An uninterrupted ingest; returns its wall time."""
    t = time.perf_counter()
    proc = subprocess.run(ingest_cmd(paths, db, workers), capture_output=True, text=True,
                          env=INGEST_ENV)
    if proc.returncode != 0:
        raise RuntimeError(f"ingest failed ({proc.returncode}): {proc.stderr[-2000:]}")
    return time.perf_counter() - t


def kill_after(paths: list[str], db: str, delay: float, workers: int,
               after_first_document: bool = False) -> bool:
    """Start an ingest, SIGKILL its whole process group after ``delay`` s (counted from
    the first committed document when ``after_first_document``: on a fast machine the
    documents of a small corpus take less time than the start-up's jitter, so a delay
    from the start alone would mostly hit the start-up).

    Returns True when the kill landed, False when the ingest had finished first.
    """
    proc = subprocess.Popen(ingest_cmd(paths, db, workers), stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL, start_new_session=True, env=INGEST_ENV)
    try:
        if after_first_document:
            while not _has_a_document(db):
                if proc.poll() is not None:
                    return False
                time.sleep(0.01)
        proc.wait(timeout=delay)
        return False
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)  # the group: extraction workers die too
        proc.wait()
        return True


def _has_a_document(db: str) -> bool:
    """Whether the atlas at ``db`` holds a committed document yet (False while it is made)."""
    try:
        if db.startswith("postgresql"):
            import psycopg

            with psycopg.connect(db, connect_timeout=5) as conn:
                return conn.execute("SELECT 1 FROM documents LIMIT 1").fetchone() is not None
        import sqlite3

        conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=1)
        try:
            return conn.execute("SELECT 1 FROM documents LIMIT 1").fetchone() is not None
        finally:
            conn.close()
    except Exception:  # noqa: BLE001 - no file, no table yet, a lock: not yet
        return False


class CodeChanged(RuntimeError):
    """Two uninterrupted ingests of the same corpus differ: the code changed mid-run."""


@dataclass
class CrashReport:
    kills: int = 0
    runs_finished_before_kill: int = 0
    rounds: int = 0
    documents_seen_mid_run: list[int] = field(default_factory=list)
    inconsistencies: list[str] = field(default_factory=list)
    lost_or_different: list[str] = field(default_factory=list)


def compare(reference: dict, partial: dict, complete: bool) -> list[str]:
    """Differences of an atlas from the reference; a partial one may miss whole documents."""
    out = []
    ref_docs, docs = reference["documents"], partial["documents"]
    for source, doc in docs.items():
        if source not in ref_docs:
            out.append(f"{source}: stored but not in the uninterrupted atlas")
        elif doc != ref_docs[source]:
            out.append(f"{source}: stored differently from the uninterrupted atlas")
    if complete:
        out += [f"{s}: missing after the rerun" for s in ref_docs if s not in docs]
        if partial["failures"] != reference["failures"]:
            out.append(f"failures differ: {partial['failures'] ^ reference['failures']}")
    elif not partial["failures"] <= reference["failures"]:
        out.append(f"spurious failures: {partial['failures'] - reference['failures']}")
    return out


def check(db: str, reference: dict, complete: bool, report: CrashReport, when: str) -> None:
    with open_atlas(db) as atlas:
        found = problems(atlas)
        snap = snapshot(atlas)
    report.inconsistencies += [f"{when}: {p}" for p in found]
    report.lost_or_different += [f"{when}: {p}" for p in compare(reference, snap, complete)]
    if not complete:
        report.documents_seen_mid_run.append(len(snap["documents"]))


def crash_loop(paths: list[str], reference_db: str, fresh_db, kills: int, seed: int,
               workers: tuple[int, ...] = (1, 2)) -> CrashReport:
    """Kill ingests into fresh atlases until ``kills`` kills have landed.

    ``fresh_db()`` gives the location of a new empty atlas for each round; a round ends
    when an ingest finishes on its own, then a final rerun must give the reference atlas.
    """
    rng = random.Random(seed)
    ref_seconds = run_ingest(paths, reference_db)
    with tempfile.TemporaryDirectory() as empty:  # interpreter, imports, opening the atlas
        startup = run_ingest([empty], reference_db)
    with open_atlas(reference_db) as atlas:
        reference = snapshot(atlas)
    report = CrashReport()
    while report.kills < kills:
        db = fresh_db()
        report.rounds += 1
        while report.kills < kills:
            w = rng.choice(workers)
            delay, mid_run = _delay(rng, startup, ref_seconds)
            if not kill_after(paths, db, delay, w, after_first_document=mid_run):
                report.runs_finished_before_kill += 1
                break
            report.kills += 1
            check(db, reference, False, report, f"kill {report.kills} (workers {w})")
        run_ingest(paths, db)  # the rerun completes what the kills interrupted
        before = len(report.lost_or_different)
        check(db, reference, True, report, f"rerun after round {report.rounds}")
        if len(report.lost_or_different) > before:
            _same_code_or_raise(paths, fresh_db(), reference)
    return report


def _delay(rng: random.Random, startup: float, whole: float) -> tuple[float, bool]:
    """A quarter of the kills while starting up (opening, migrating), counted from the
    start; the rest while documents are read, extracted and saved, counted from the first
    committed document (the second value says which)."""
    if rng.random() < 0.25:
        return rng.uniform(0.05, startup), False
    return rng.uniform(0.0, 0.5 * max(whole - startup, 0.5)), True


def _same_code_or_raise(paths: list[str], db: str, reference: dict) -> None:
    """A difference only counts if a second uninterrupted ingest still gives the reference
    (in a shared checkout the extractor may be edited while the loop runs)."""
    run_ingest(paths, db)
    with open_atlas(db) as atlas:
        again = snapshot(atlas)
    if again != reference:
        raise CodeChanged("two uninterrupted ingests differ: the extractor changed mid-run")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--kills", type=int, default=100)
    ap.add_argument("--generated", type=int, default=200)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--db", default=None, help="postgresql://server (a database per round "
                                               "is created there); default: SQLite files")
    a = ap.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="crash-") as tmp:
        corpus = write_generated(Path(tmp) / "gen", a.generated, a.seed)
        paths = [str(DEV_DIR), str(corpus)]
        fresh = _fresh_factory(a.db, Path(tmp))
        t = time.perf_counter()
        r = crash_loop(paths, fresh(), fresh, a.kills, a.seed)
        print(f"documents: {len(list(DEV_DIR.glob('*.txt')))} dev + {a.generated} generated")
        print(f"kills landed: {r.kills} in {r.rounds} rounds "
              f"({r.runs_finished_before_kill} runs finished before their kill), "
              f"{time.perf_counter() - t:.0f} s")
        print(f"documents stored at the kills: {sorted(r.documents_seen_mid_run)}")
        print(f"inconsistencies: {len(r.inconsistencies)}; lost or different: "
              f"{len(r.lost_or_different)}")
        for line in r.inconsistencies + r.lost_or_different:
            print("  " + line)
    return 1 if r.inconsistencies or r.lost_or_different else 0


def _fresh_factory(server: str | None, tmp: Path):  # noqa: ANN202 - a callable
    counter = iter(range(1_000_000))
    if server is None:
        return lambda: str(tmp / f"atlas-{next(counter)}.sqlite")

    def fresh_pg() -> str:
        import psycopg

        name = f"crash_{os.getpid()}_{next(counter)}"
        with psycopg.connect(f"{server}/postgres", autocommit=True) as conn:
            conn.execute(f'CREATE DATABASE "{name}"')
        return f"{server}/{name}"

    return fresh_pg


if __name__ == "__main__":
    sys.exit(main())
