"""An entity's projects as a Gantt-like timeline: one bar per dated project, by year."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

WIDTH = 640  # SVG units of the plotting area
ROW = 22
LABEL = 0  # labels go inside the bars' rows, so the chart stays narrow on a phone


@dataclass
class Bar:
    id: int
    title: str
    x: float
    y: int
    width: float
    years: str


@dataclass
class Timeline:
    first: int
    last: int
    bars: list[Bar]
    ticks: list[tuple[float, int]]
    height: int
    width: int = WIDTH


def _year(value: str | None) -> int | None:
    return int(value[:4]) if value and value[:4].isdigit() else None


def build_timeline(projects: list[dict[str, Any]], untitled: str) -> Timeline | None:
    """Bars from start year to end year (either alone gives one year); None if none is dated."""
    dated = []
    for p in projects:
        a, b = _year(p.get("start")), _year(p.get("end"))
        if a is None and b is None:
            continue
        a, b = a or b, b or a
        dated.append((min(a, b), max(a, b), p))
    if not dated:
        return None
    first = min(a for a, _b, _p in dated)
    last = max(b for _a, b, _p in dated)
    span = last - first + 1
    unit = WIDTH / span
    bars = []
    for row, (a, b, p) in enumerate(sorted(dated, key=lambda d: (d[0], d[1]))):
        years = str(a) if a == b else f"{a}–{b}"
        bars.append(
            Bar(
                int(p["id"]),
                p.get("title") or untitled,
                (a - first) * unit,
                row * ROW + 20,
                (b - a + 1) * unit,
                years,
            )
        )
    step = max(1, span // 8)
    ticks = [((y - first) * unit, y) for y in range(first, last + 1, step)]
    return Timeline(first, last, bars, ticks, len(bars) * ROW + 24)
