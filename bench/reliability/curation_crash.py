"""SIGKILL a process in the middle of curators' edits; nothing acknowledged may be lost.

The child (``python -m bench.reliability.curation_crash child URL SEED``) corrects and
reverts project fields in a loop through the store's curation methods, printing the id
of each correction once its transaction has committed. The parent kills it at random
moments and checks the atlas after each kill.

CLI: ``python -m bench.reliability.curation_crash run URL --kills 50``
"""

from __future__ import annotations

import argparse
import os
import random
import signal
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

from bench.reliability.consistency import correction_problems, problems
from ngo_atlas.store import open_atlas

REPO = Path(__file__).resolve().parents[2]  # `python -m bench...` finds bench from here


def curate_forever(url: str, seed: int) -> None:
    """Edit random projects until killed; one line per committed change on stdout."""
    rng = random.Random(seed)
    with open_atlas(url) as atlas:
        ids = [r[0] for r in atlas._all("SELECT id FROM projects")]
        i = 0
        while True:
            i += 1
            pid = rng.choice(ids)
            action = rng.random()
            if action < 0.4:
                cid = atlas.correct(pid, "title", f"Tytuł poprawiony {seed}-{i}", "crash-test")
            elif action < 0.7:
                cid = atlas.correct(pid, "places", [f"Miejsce {i}", "Lublin"], "crash-test")
            elif action < 0.8:
                cid = atlas.correct(pid, "status", None, "crash-test", wrong=True)
            else:
                open_ids = [r[0] for r in atlas._all(
                    "SELECT id FROM corrections WHERE reverted_at IS NULL")]
                if not open_ids:
                    continue
                cid = rng.choice(open_ids)
                atlas.revert_correction(cid, "crash-test")
                print(f"revert {cid}", flush=True)
                continue
            print(f"correct {cid}", flush=True)


@dataclass
class CurationReport:
    kills: int = 0
    acknowledged: int = 0
    reverts_acknowledged: int = 0
    problems: list[str] = field(default_factory=list)


def kill_child(url: str, seed: int, delay: float) -> list[str]:
    """Run the child for ``delay`` s, SIGKILL it, return the lines it acknowledged."""
    proc = subprocess.Popen([sys.executable, "-m", "bench.reliability.curation_crash", "child",
                             url, str(seed)], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True, start_new_session=True, cwd=REPO)
    time.sleep(delay)
    os.killpg(proc.pid, signal.SIGKILL)
    out, err = proc.communicate()
    if proc.returncode != -signal.SIGKILL:
        raise RuntimeError(f"curation child ended by itself ({proc.returncode}): {err[-2000:]}")
    return out.splitlines()


def check_after_kill(url: str, lines: list[str], report: CurationReport) -> None:
    """Every acknowledged change is there, at most one more, and the records agree."""
    corrected = {int(x.split()[1]) for x in lines if x.startswith("correct ")}
    reverted = {int(x.split()[1]) for x in lines if x.startswith("revert ")}
    with open_atlas(url) as atlas:
        stored = {r[0]: r[1] for r in atlas._all("SELECT id, reverted_at FROM corrections")}
        report.problems += problems(atlas) + correction_problems(atlas)
    report.problems += [f"acknowledged correction {c} lost" for c in corrected - set(stored)]
    report.problems += [f"acknowledged revert of {c} lost" for c in reverted
                        if stored.get(c) is None]
    report.acknowledged += len(corrected)
    report.reverts_acknowledged += len(reverted)


def run(url: str, kills: int, seed: int, startup: float = 1.5, spread: float = 2.0
        ) -> CurationReport:
    rng = random.Random(seed)
    report = CurationReport()
    for k in range(kills):
        with open_atlas(url) as atlas:
            before = int(atlas._one("SELECT count(*) FROM corrections")[0])
        lines = kill_child(url, seed * 1000 + k, startup + rng.uniform(0, spread))
        report.kills += 1
        check_after_kill(url, lines, report)
        with open_atlas(url) as atlas:
            after = int(atlas._one("SELECT count(*) FROM corrections")[0])
        acked = sum(1 for x in lines if x.startswith("correct "))
        if not acked <= after - before <= acked + 1:  # the one in flight may have committed
            report.problems.append(f"kill {k}: {after - before} new corrections, "
                                   f"{acked} acknowledged")
    return report


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    sub = ap.add_subparsers(dest="cmd", required=True)
    c = sub.add_parser("child")
    c.add_argument("url")
    c.add_argument("seed", type=int)
    r = sub.add_parser("run", help="kill the child repeatedly over an existing atlas")
    r.add_argument("url")
    r.add_argument("--kills", type=int, default=50)
    r.add_argument("--seed", type=int, default=1)
    a = ap.parse_args(argv)
    if a.cmd == "child":
        curate_forever(a.url, a.seed)
        return 0
    t = time.perf_counter()
    rep = run(a.url, a.kills, a.seed)
    print(f"kills: {rep.kills}, corrections acknowledged: {rep.acknowledged}, "
          f"reverts acknowledged: {rep.reverts_acknowledged}, problems: {len(rep.problems)} "
          f"({time.perf_counter() - t:.0f} s)")
    for p in rep.problems:
        print("  " + p)
    return 1 if rep.problems else 0


if __name__ == "__main__":
    sys.exit(main())
