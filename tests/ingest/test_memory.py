"""The memory guard: memo caches are cleared past a budget, and clearing never changes the atlas."""

from __future__ import annotations

from pathlib import Path

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


def test_the_guard_clears_once_the_process_outgrows_its_budget() -> None:
    from ngo_atlas.resolve import normalize

    guard = memory.MemoryGuard(budget=20 * 1024 * 1024, every=1)
    guard.tick()  # the first check sets the floor
    normalize.analyse("Stowarzyszenie Interwencji Prawnej")
    guard.tick()
    assert guard.clears == 0  # a few entries are far below the budget
    ballast = bytearray(40 * 1024 * 1024)  # the process grows past floor + budget
    ballast[::4096] = b"x" * len(ballast[::4096])  # touch every page: resident
    guard.tick()
    assert guard.clears == 1
    assert normalize.analyse.cache_info().currsize == 0
    guard.tick()
    assert guard.clears == 1  # the floor moved: what clearing cannot free is not retried
    del ballast


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
