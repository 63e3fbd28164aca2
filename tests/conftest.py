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
