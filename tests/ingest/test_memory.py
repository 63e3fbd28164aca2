"""The memory guard: memo caches are cleared past a budget, and clearing never changes the atlas."""

from __future__ import annotations

from pathlib import Path

import pytest
from atlas_dump import differences, dump

from ngo_atlas.ingest import memory
from ngo_atlas.pipeline import ingest_paths
from ngo_atlas.store import open_atlas


def test_memo_caches_are_the_per_word_and_per_name_ones() -> None:
    from ngo_atlas.lang import polish, slavic
    from ngo_atlas.resolve import gazetteer, normalize

    caches = memory.memo_caches()
    assert normalize.analyse in caches and polish.analyse in caches
    # Loaded resources are kept: the Russian/Ukrainian analysers, the gazetteer index.
    assert slavic.analyzer not in caches and gazetteer._alias_index not in caches


def test_clearing_empties_them() -> None:
    from ngo_atlas.resolve import normalize

    normalize.analyse("Fundacja Ocalenie")
    assert normalize.analyse.cache_info().currsize > 0
    assert memory.clear_memo_caches() > 0
    assert normalize.analyse.cache_info().currsize == 0


def _resident(megabytes: int) -> bytearray:
    ballast = bytearray(megabytes * 1024 * 1024)
    ballast[::4096] = b"x" * len(ballast[::4096])  # touch every page: resident
    return ballast


def test_the_guard_clears_once_the_process_outgrows_its_budget() -> None:
    from ngo_atlas.resolve import normalize

    mb = 1024 * 1024
    guard = memory.MemoryGuard(budget=80 * mb, every=1)
    guard.tick()  # the first check sets the start
    assert guard.start is not None and guard.ceiling == guard.start + 80 * mb
    normalize.analyse("Stowarzyszenie Interwencji Prawnej")
    guard.tick()
    assert guard.clears == 0  # a few entries are far below the budget
    first = _resident(88)  # the process grows past start + budget
    guard.tick()
    assert guard.clears == 1
    assert normalize.analyse.cache_info().currsize == 0
    # What clearing could not free (the 88 MB) raised the threshold, so it is not
    # cleared for again at every check ...
    guard.tick()
    assert guard.clears == 1
    # ... but the threshold never rises past MAX_CEILING budgets above the start: a
    # process that keeps growing is cleared again, it is never let go. Clears that free
    # little space the checks out (doubling), so they do not run at every document.
    second = _resident(40)
    for _ in range(40):
        guard.tick()
        assert guard.ceiling <= guard.start + memory.MAX_CEILING * 80 * mb
    assert 3 <= guard.clears <= 6, guard.clears  # at documents 1, 2, 4, 8, 16, 32 of 40
    assert guard.every > 1 and guard.every <= memory.MAX_CHECK_EVERY
    assert guard.last_clear is not None and guard.last_clear[1] > guard.start + 100 * mb
    del first, second


def test_the_budget_can_be_set_from_the_environment(monkeypatch) -> None:
    monkeypatch.setenv(memory.BUDGET_ENV, "30")
    assert memory.MemoryGuard().budget == 30 * 1024 * 1024
    monkeypatch.setenv(memory.BUDGET_ENV, "")
    assert memory.MemoryGuard().budget == memory.CACHE_BUDGET
    monkeypatch.setenv(memory.BUDGET_ENV, "lots")
    with pytest.raises(ValueError, match="NGO_ATLAS_CACHE_BUDGET_MB='lots'"):
        memory.MemoryGuard()


def test_clearing_caches_all_the_time_gives_the_same_atlas(
        tmp_path: Path, dev_dir: Path, new_atlas_location, monkeypatch) -> None:
    """The caches are only memos: an ingest that clears them after every document (in
    the saving process and in each worker) stores exactly what a normal ingest stores."""
    from bench.reliability.crash import write_generated

    generated = write_generated(tmp_path / "gen", 40, seed=8)
    dumps = {}
    # A budget far below zero clears at every check whatever the size does: with -1 a
    # process whose RSS fell below its first measure (freed pages handed back) never
    # cleared, and the test checked nothing.
    for name, budget in (("normal", memory.CACHE_BUDGET), ("clearing", -(1 << 60))):
        monkeypatch.setattr(memory, "_guards", {})
        monkeypatch.setattr(memory, "CACHE_BUDGET", budget)
        monkeypatch.setattr(memory, "CHECK_EVERY", 1)
        location = new_atlas_location(name)
        with open_atlas(location) as atlas:
            summary = ingest_paths([dev_dir, generated], atlas, progress=False, workers=2)
            assert summary.failed == []
            dumps[name] = dump(atlas)
        if budget < 0:
            assert memory.process_guard().clears > 0
    assert differences(dumps["clearing"], dumps["normal"]) == []


def test_the_ingest_command_reports_each_clear_on_stderr(
        dev_dir: Path, atlas_location: str, monkeypatch, capsys) -> None:
    """Whoever watches a long ingest sees the guard at work: `ngo-atlas ingest` logs each
    clear (documents, resident MB before and after) to stderr."""
    import logging

    from ngo_atlas.cli import main

    monkeypatch.setattr(memory, "_guards", {})
    monkeypatch.setattr(memory, "CHECK_EVERY", 1)
    monkeypatch.setenv(memory.BUDGET_ENV, str(-(1 << 40)))  # clear at every check
    log = logging.getLogger("ngo_atlas.ingest.memory")
    try:
        files = sorted(dev_dir.glob("*.txt"))[:4]
        code = main(["ingest", *map(str, files), "--db", atlas_location, "--no-progress"])
        err = capsys.readouterr().err
    finally:
        for handler in list(log.handlers):
            log.removeHandler(handler)
        log.setLevel(logging.NOTSET)
    assert code == 0
    assert memory.process_guard().clears >= 3
    lines = [line for line in err.splitlines() if "memory guard" in line]
    assert len(lines) == memory.process_guard().clears, err
    assert "memo entries cleared" in lines[0] and " MB now" in lines[0]


def test_failures_past_the_listed_ones_are_counted_not_held(
        tmp_path: Path, atlas_location: str, monkeypatch) -> None:
    """A corpus of broken files does not grow the summary without end: it lists the
    first FAILURES_LISTED failures and counts the rest; the atlas records them all."""
    from ngo_atlas import pipeline

    monkeypatch.setattr(pipeline, "FAILURES_LISTED", 3)
    for i in range(5):
        (tmp_path / f"broken_{i}.pdf").write_bytes(b"%PDF-1.4 not really " + bytes([i]))
    with open_atlas(atlas_location) as atlas:
        summary = ingest_paths([tmp_path], atlas, progress=False)
        recorded = atlas.failures()
    assert len(summary.failed) == 3 and summary.more_failed == 2
    assert summary.failures_total == 5 and len(recorded) == 5
    text = pipeline.format_summary(summary)
    assert "failed 5 " in text and "… and 2 more" in text


def test_room_is_left_for_the_page_cache_the_store_fills() -> None:
    """SQLite's page cache fills after the guard's first measure; the saver's guard
    leaves room for it, so it does not clear the memo caches over memory they do not hold."""
    mb = 1024 * 1024
    guard = memory.MemoryGuard(budget=10 * mb, every=1)
    guard.tick()
    guard.allow(64 * mb)
    assert guard.ceiling == guard.start + 74 * mb
    cache = _resident(40)  # the page cache filling
    guard.tick()
    assert guard.clears == 0
    more = _resident(50)  # past budget + room: cleared, and the cap counts the room too
    guard.tick()
    assert guard.clears == 1
    assert guard.ceiling <= guard.start + 64 * mb + memory.MAX_CEILING * 10 * mb
    del cache, more


@pytest.mark.sqlite_only
def test_the_saver_allows_for_sqlite_s_page_cache(dev_dir: Path, atlas_location: str,
                                                   monkeypatch) -> None:
    from ngo_atlas.store.sqlite import PAGE_CACHE_KIB

    monkeypatch.setattr(memory, "_guards", {})
    with open_atlas(atlas_location) as atlas:
        ingest_paths(sorted(dev_dir.glob("*.txt"))[:2], atlas, progress=False)
    assert memory.process_guard().extra == PAGE_CACHE_KIB * 1024
