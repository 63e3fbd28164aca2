"""Build-time trainer of the organisation-role model, and its leave-one-set-out evaluation.

usage: python -m ngo_atlas.extract.org_model_train [--loso] [--write]

Reads the gold sets named in SETS (never a held-out set kept for measuring), turns every named
body in each document into a candidate with context features (org_model.features), labels it
with the gold role of the organisation it names ("none" if none), and fits a multinomial
logistic regression with numpy: zero start, full-batch gradient steps, so the same data always
give the same weights. --write stores the model trained on all sets in data/org_model.json;
--loso trains on all sets but one, runs the extractor on that one and scores it with score.py,
with and without the model.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import subprocess
import sys
import tempfile
from pathlib import Path

import numpy as np

from ngo_atlas.extract import org_model
from ngo_atlas.extract.boilerplate import mask
from ngo_atlas.extract.language import document_language
from ngo_atlas.extract.organisations import clean_org
from ngo_atlas.extract.pipeline import extract_document
from ngo_atlas.ingest.readers import read_path

ROOT = Path(__file__).resolve().parents[3]
SHARED_EVAL = ROOT.parent / "shared" / "eval"
# the sets the model may learn from: every gold set in the repository (round 9 adds
# unseen-u, round 11 unseen-v and unseen-w, round 15 unseen-x, -y, -z and -j, round 17
# unseen-a and -b); the blind
# sets that judge a round are kept outside it, so they never teach
SETS = {"dev": SHARED_EVAL / "dev", **{n: ROOT / "eval" / n for n in (
    "extra", "holdout-h", "holdout-g", "holdout-k", "unseen-m", "unseen-n", "unseen-p",
    "unseen-q", "unseen-r", "unseen-s", "unseen-t", "unseen-u", "unseen-v", "unseen-w",
    "unseen-x", "unseen-y", "unseen-z", "unseen-j", "unseen-a", "unseen-b")}}
MIN_COUNT = 2   # a feature seen once is a name's trace, not a pattern
STEPS, RATE, L2 = 300, 1.0, 1e-3
# LOSO over the twelve sets (round 8): at 0.6 no held-out set loses and seven gain (up to
# +0.010 micro-F1); at 0.75 unseen-r loses; 0.5-0.55 give the same gains with more additions.
# Round 11, fifteen sets on stronger rules: at 0.6 unseen-s loses 0.004 (the model adds
# bodies the rules now place or rightly leave out); at 0.7 none loses more than 0.001 and
# five gain (unseen-n +0.007, -u +0.006, -q +0.005, -r +0.002, -t +0.002); 0.8 gains less
THRESHOLD = 0.7


def load_scorer():
    """score.py of ../shared/eval, loaded as a module (it is no package)."""
    spec = importlib.util.spec_from_file_location("score", SHARED_EVAL / "score.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def gold_documents(folder: Path) -> list[Path]:
    """The documents of a gold set (each beside its NAME.json)."""
    return sorted(p for p in folder.iterdir() if p.suffix in (".txt", ".html"))


def _gold_roles(path: Path) -> list[tuple[str, str]]:
    gold = json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))
    out = []
    for p in gold.get("projects") or []:
        out += [(o["name"], o["role"]) for o in p.get("organizations") or [] if o.get("name")]
        out += [(f["funder"], "funder") for f in p.get("funding") or [] if f.get("funder")]
    return out


def examples(folder: Path) -> list[tuple[list[str], str]]:
    """(features, gold role or "none") for every named body in every document of a set."""
    names_match = load_scorer().names_match
    out = []
    for path in gold_documents(folder):
        doc = read_path(path)
        text = mask(doc.text)
        lang = document_language(doc, text)
        gold = _gold_roles(path)
        for a, b, ss, se, head in org_model.candidates(text, org_model.sentences(text, 0, len(text))):
            c = clean_org(text[a:b], lang)
            if c is None:
                continue
            name, acronym = c
            role = next((r for g, r in gold if names_match(g, name) or (acronym and names_match(g, acronym))),
                        "none")
            out.append((org_model.features(text, ss, se, a, b, head, lang), role))
    return out


def train(data: list[tuple[list[str], str]]) -> dict:
    """Multinomial logistic regression over binary features; deterministic."""
    counts: dict[str, int] = {}
    for feats, _r in data:
        for f in set(feats):
            counts[f] = counts.get(f, 0) + 1
    vocab = sorted(f for f, c in counts.items() if c >= MIN_COUNT)
    index = {f: i for i, f in enumerate(vocab)}
    roles = list(org_model.ROLES)
    x = np.zeros((len(data), len(vocab)))
    y = np.zeros((len(data), len(roles)))
    for i, (feats, role) in enumerate(data):
        for f in feats:
            if f in index:
                x[i, index[f]] = 1.0
        y[i, roles.index(role)] = 1.0
    w = np.zeros((len(vocab), len(roles)))
    b = np.zeros(len(roles))
    for _ in range(STEPS):
        z = x @ w + b
        z -= z.max(axis=1, keepdims=True)
        p = np.exp(z)
        p /= p.sum(axis=1, keepdims=True)
        g = (p - y) / len(data)
        w -= RATE * (x.T @ g + L2 * w)
        b -= RATE * g.sum(axis=0)
    weights = {f: [round(float(v), 3) for v in w[i]] for f, i in index.items()
               if np.abs(w[i]).max() >= 0.005}
    return {"roles": roles, "bias": [round(float(v), 3) for v in b], "weights": weights,
            "threshold": THRESHOLD, "trained_on": sorted(SETS), "examples": len(data)}


def _score(folder: Path) -> dict:
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False, encoding="utf-8") as fh:
        for path in gold_documents(folder):
            fh.write(json.dumps(extract_document(read_path(path)).to_record(), ensure_ascii=False) + "\n")
    res = subprocess.run([sys.executable, str(SHARED_EVAL / "score.py"), str(folder), fh.name, "--json"],
                         capture_output=True, text=True, check=True)
    Path(fh.name).unlink()
    return json.loads(res.stdout)


def loso(data: dict[str, list], thresholds: list[float]) -> None:
    """Train on all sets but one, score that one with and without the model."""
    keys = ("organization", "org_role", "funder")
    print(f"{'held out':10s} {'thr':>4s} {'rules':>6s} {'+model':>6s}  " + "  ".join(f"{k:>17s}" for k in keys))
    for held, folder in SETS.items():
        m = train([ex for name, exs in data.items() if name != held for ex in exs])
        _candidate_scores(held, m, data[held], thresholds)
        org_model.set_model(None, disabled=True)
        base = _score(folder)
        for t in thresholds:
            org_model.set_model(dict(m, threshold=t))
            new = _score(folder)
            cells = "  ".join(f"{base['fields'][k]['f1']:.3f} -> {new['fields'][k]['f1']:.3f}" for k in keys)
            print(f"{held:10s} {t:4.2f} {base['micro']['f1']:6.3f} {new['micro']['f1']:6.3f}  {cells}", flush=True)
        org_model.set_model(None)


def _candidate_scores(held: str, m: dict, exs: list[tuple[list[str], str]], thresholds: list[float]) -> None:
    """The model alone on the held-out set's candidates: is the body part of a project (P/R),
    and is its role right where it is."""
    for t in thresholds:
        tp = fp = fn = right = 0
        for feats, gold in exs:
            p = org_model.predict(feats, m)
            role = max((r for r in p if r != "none"), key=p.get)
            said = p[role] >= t
            tp += said and gold != "none"
            fp += said and gold == "none"
            fn += not said and gold != "none"
            right += said and gold == role
        print(f"  model alone on {held} candidates, thr {t:.2f}: P {tp / max(1, tp + fp):.2f} "
              f"R {tp / max(1, tp + fn):.2f}, role right {right}/{tp}", flush=True)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--loso", action="store_true", help="leave-one-set-out scores")
    ap.add_argument("--write", action="store_true", help=f"write {org_model.MODEL_PATH.name}")
    ap.add_argument("--thresholds", default=str(THRESHOLD),
                    help="comma-separated probabilities a role needs, for --loso")
    a = ap.parse_args(argv)
    missing = [str(p) for p in SETS.values() if not p.is_dir()]
    if missing:
        raise SystemExit(f"gold sets not found: {', '.join(missing)}")
    data = {name: examples(folder) for name, folder in SETS.items()}
    for name, exs in data.items():
        print(f"{name}: {len(exs)} candidates, {sum(r != 'none' for _f, r in exs)} with a role")
    if a.loso:
        loso(data, [float(t) for t in a.thresholds.split(",")])
    if a.write:
        m = train([ex for exs in data.values() for ex in exs])
        org_model.MODEL_PATH.write_text(json.dumps(m, ensure_ascii=False, sort_keys=True) + "\n",
                                        encoding="utf-8")
        print(f"wrote {org_model.MODEL_PATH} ({len(m['weights'])} features)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
