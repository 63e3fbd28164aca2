"""A learned model shipped as JSON beside the code, which a trainer may swap out or switch off."""

from __future__ import annotations

import json
from functools import cached_property
from pathlib import Path


class PackagedModel:
    """The model in use: the packaged file, read once, unless a trainer set another (for
    leave-one-set-out runs) or switched it off (rules alone)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._override: dict | None = None
        self._disabled = False

    def set(self, model: dict | None, disabled: bool = False) -> None:
        """Use this model (or none at all) instead of the packaged one."""
        self._override, self._disabled = model, disabled

    @cached_property
    def packaged(self) -> dict | None:
        """The model in the package's data folder, None if it was never trained."""
        if not self.path.exists():
            return None
        return json.loads(self.path.read_text(encoding="utf-8"))

    def current(self) -> dict | None:
        """The trainer's model, the packaged one, or None (rules alone)."""
        if self._disabled:
            return None
        return self._override if self._override is not None else self.packaged
