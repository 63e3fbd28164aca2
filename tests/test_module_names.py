"""No module binds one top-level name twice.

A pattern defined again further down a module replaces the first for every function that reads
it, at call time: round 21 found title.py's `_PROJECT_NOUN` bound three times and pipeline.py's
`_SENTENCE_END` twice, each later rule silently changing an older one's reading.
"""
from __future__ import annotations

import ast
from collections import Counter
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parents[1] / "src" / "ngo_atlas"


def _top_level_names(tree: ast.Module) -> Counter:
    names: Counter = Counter()
    for node in tree.body:
        if isinstance(node, ast.Assign):
            names.update(t.id for t in node.targets if isinstance(t, ast.Name))
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            names[node.target.id] += 1
        elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            names[node.name] += 1
    return names


@pytest.mark.parametrize("path", sorted(SRC.rglob("*.py")), ids=lambda p: str(p.relative_to(SRC)))
def test_no_top_level_name_is_bound_twice(path):
    names = _top_level_names(ast.parse(path.read_text(encoding="utf-8")))
    assert [n for n, k in names.items() if k > 1] == []


def test_the_check_sees_a_rebinding():
    tree = ast.parse("import re\nX = re.compile('a')\ndef f():\n    return X\nX = re.compile('b')\n")
    assert _top_level_names(tree)["X"] == 2
