"""Where ../shared's real documents are, for helper modules that are not fixtures."""

from __future__ import annotations

from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
SHARED = REPO.parent / "shared"
DEV_DIR = SHARED / "eval" / "dev"
HTML_DIR = SHARED / "eval" / "html"
