"""Reliability tests drive the runners in bench/reliability/, which is not an installed
package: put the repository root on sys.path however pytest is started."""

from __future__ import annotations

import sys
from pathlib import Path

REPO = str(Path(__file__).resolve().parents[2])
if REPO not in sys.path:
    sys.path.insert(0, REPO)
