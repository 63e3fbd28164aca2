"""Pairwise precision, recall and F1 of the batch resolver on the labelled mention set."""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass
from itertools import combinations
from pathlib import Path

from ngo_atlas.resolve.cluster import Mention, resolve

MENTIONS = Path(__file__).with_name("mentions.jsonl")


@dataclass
class Scores:
    precision: float
    recall: float
    f1: float
    true_pairs: int
    predicted_pairs: int
    correct_pairs: int
    wrong: list[tuple[str, str]]  # predicted together, gold apart
    missed: list[tuple[str, str]]  # gold together, predicted apart


def load(path: Path = MENTIONS) -> list[dict]:
    rows = []
    for n, line in enumerate(path.read_text("utf-8").splitlines(), 1):
        if line.strip():
            try:
                rows.append(json.loads(line))
            except json.JSONDecodeError as exc:
                raise ValueError(f"{path}:{n}: not a JSON line ({exc})") from exc
    return rows


def _pairs(groups: dict[str, list[str]]) -> set[tuple[str, str]]:
    return {tuple(sorted(p)) for ids in groups.values() for p in combinations(ids, 2)}


def evaluate(rows: list[dict]) -> Scores:
    """Pairs of mentions of one gold entity are the positives (kinds never pair up)."""
    predicted = resolve(Mention(r["id"], r["name"], r["kind"], r.get("lang", "pl")) for r in rows)
    gold_groups: dict[str, list[str]] = defaultdict(list)
    pred_groups: dict[str, list[str]] = defaultdict(list)
    for r in rows:
        gold_groups[r["entity"]].append(r["id"])
        pred_groups[predicted[r["id"]]].append(r["id"])
    gold, pred = _pairs(gold_groups), _pairs(pred_groups)
    correct = gold & pred
    p = len(correct) / len(pred) if pred else 1.0
    r = len(correct) / len(gold) if gold else 1.0
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    return Scores(p, r, f1, len(gold), len(pred), len(correct),
                  sorted(pred - gold), sorted(gold - pred))
