"""Build-time trainer of the organisation tagger: gold names aligned to text spans, CRF training, LOSO.

usage: python -m ngo_atlas.extract.org_tagger_train [--align] [--loso] [--write]

--align reports how many gold organisation/funder names could be found in their documents'
text (the gold is nominative, the text inflected: words match on their common stem);
--loso trains on all sets but one, adds the tagger's names to the rule extractor's output on
that one and scores it with score.py, with and without the tagger; --write stores the model
trained on all sets in data/org_tagger.crfsuite.
"""

from __future__ import annotations

import argparse
import json
import tempfile
from pathlib import Path

from ngo_atlas.extract import org_tagger
from ngo_atlas.extract.boilerplate import mask
from ngo_atlas.extract.org_model_train import SETS, gold_documents, load_scorer
from ngo_atlas.extract.text import sentences
from ngo_atlas.ingest.readers import read_path

PARAMS = {"c1": 0.2, "c2": 0.01, "max_iterations": 120, "feature.minfreq": 2,
          "feature.possible_transitions": True}
THRESHOLDS = (0.6, 0.8, 0.9)


def gold_names(path: Path) -> dict[str, str]:
    """Gold organisation and funder names of a document with their role (an organisation's
    own role wins over "funder" from the funding list)."""
    gold = json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))
    out: dict[str, str] = {}
    for p in gold.get("projects") or []:
        for f in p.get("funding") or []:
            if f.get("funder"):
                out.setdefault(f["funder"], "funder")
        for o in p.get("organizations") or []:
            if o.get("name") and o.get("role") in org_tagger.ROLES:
                out[o["name"]] = o["role"]
    return out


def same_word(g: str, t: str) -> bool:
    """A gold word (nominative) and a text word are the same word in another case: equal, or
    sharing a stem that leaves at most three letters of the shorter one as its ending
    ("Fundacja"/"Fundacji", "Urząd"/"Urzędu"; not "Fundacja"/"Fundusz")."""
    if g == t:
        return True
    n = min(len(g), len(t))
    if n < 4:
        return False
    cp = 0
    while cp < n and g[cp] == t[cp]:
        cp += 1
    return cp >= max(3, n - 3) and cp >= 0.6 * n


def _words(text: str, toks: list[tuple[int, int]]) -> list[tuple[int, str]]:
    """(token index, lower-case word) of the word tokens (punctuation is skipped in matching)."""
    return [(i, text[a:b].lower()) for i, (a, b) in enumerate(toks) if text[a].isalnum()]


def align(text: str, toks: list[tuple[int, int]], names: dict[str, str]) -> tuple[list[str], set[str]]:
    """BIO labels of the tokens, each gold name's occurrences tagged with its role (longest
    names first, no overlaps), and the set of names found."""
    labels = ["O"] * len(toks)
    words = _words(text, toks)
    found: set[str] = set()
    for name in sorted(names, key=lambda n: -len(n)):
        gw = [w.lower() for w in org_tagger._TOKEN.findall(name) if w[0].isalnum()]
        if not gw:
            continue
        for k in range(len(words) - len(gw) + 1):
            if not all(same_word(g, words[k + j][1]) for j, g in enumerate(gw)):
                continue
            i, j = words[k][0], words[k + len(gw) - 1][0]
            if any(lab != "O" for lab in labels[i:j + 1]):
                continue
            role = names[name]
            labels[i:j + 1] = ["B-" + role] + ["I-" + role] * (j - i)
            found.add(name)
    return labels, found


def doc_sequences(path: Path) -> tuple[list, int, int]:
    """The document's sentences as (features, labels), and its gold names found / in all."""
    text = mask(read_path(path).text)
    names = gold_names(path)
    seqs, found = [], set()
    for s, e in sentences(text):
        toks = org_tagger.tokens(text, s, e)
        if not toks:
            continue
        labels, f = align(text, toks, names)
        found |= f
        seqs.append((org_tagger.features(text, toks), labels))
    return seqs, len(found), len(names)


def set_sequences(folder: Path) -> tuple[list, int, int]:
    seqs, found, total = [], 0, 0
    for path in gold_documents(folder):
        s, f, t = doc_sequences(path)
        seqs += s
        found += f
        total += t
    return seqs, found, total


def train(seqs: list, out: str) -> None:
    """Fit a linear-chain CRF (L-BFGS, L1+L2) and write it to out."""
    import pycrfsuite

    tr = pycrfsuite.Trainer(verbose=False)
    for x, y in seqs:
        tr.append(x, y)
    tr.set_params(PARAMS)
    tr.train(out)


def _extract_set(folder: Path, out: Path) -> None:
    from ngo_atlas.extract.pipeline import extract_document

    with out.open("w", encoding="utf-8") as fh:
        for path in gold_documents(folder):
            fh.write(json.dumps(extract_document(read_path(path)).to_record(), ensure_ascii=False) + "\n")


def _with_tagger(threshold: float | None):
    """The pipeline's mentioned-bodies step, followed by the tagger's names (the hook the
    integration would add), or the step alone when threshold is None."""
    from ngo_atlas.extract import mentioned, pipeline

    def step(text, s, e, lang, known):
        got = mentioned.mentioned_orgs(text, s, e, lang, known)
        if threshold is None:
            return got
        return got + org_tagger.tagged_orgs(text, s, e, lang, known + got, threshold)
    pipeline.mentioned_orgs = step


def _score(folder: Path, threshold: float | None, scorer) -> dict:
    _with_tagger(threshold)
    with tempfile.TemporaryDirectory() as tmp:
        pred = Path(tmp) / "pred.jsonl"
        _extract_set(folder, pred)
        rep, _err = scorer.score(folder, pred)
    return rep


KEYS = ("organization", "org_role", "funder")


def loso(data: dict[str, list], thresholds: tuple[float, ...]) -> None:
    """Train on all sets but one, score that one with the rules alone and with the tagger."""
    scorer = load_scorer()
    print(f"{'held out':10s} {'thr':>4s} {'rules':>6s} {'+tagger':>7s}  " + "  ".join(f"{k:>15s}" for k in KEYS))
    with tempfile.TemporaryDirectory() as tmp:
        for held, folder in SETS.items():
            model = str(Path(tmp) / f"{held}.crfsuite")
            train([x for name, seqs in data.items() if name != held for x in seqs], model)
            org_tagger.set_model_path(model)
            base = _score(folder, None, scorer)
            for t in thresholds:
                new = _score(folder, t, scorer)
                cells = "  ".join(f"{base['fields'][k]['f1']:.3f}->{new['fields'][k]['f1']:.3f}" for k in KEYS)
                print(f"{held:10s} {t:4.2f} {base['micro']['f1']:6.3f} {new['micro']['f1']:7.3f}  {cells}", flush=True)
    org_tagger.set_model_path(None)


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--align", action="store_true", help="report the gold names aligned per set")
    ap.add_argument("--loso", action="store_true", help="leave-one-set-out evaluation")
    ap.add_argument("--write", action="store_true", help="train on all sets, write the packaged model")
    ap.add_argument("--thresholds", type=float, nargs="*", default=list(THRESHOLDS))
    args = ap.parse_args(argv)
    data = {}
    for name, folder in SETS.items():
        seqs, found, total = set_sequences(folder)
        data[name] = seqs
        if args.align:
            print(f"{name:10s} gold names aligned {found}/{total} ({found / max(1, total):.0%}), "
                  f"{len(seqs)} sentences", flush=True)
    if args.loso:
        loso(data, tuple(args.thresholds))
    if args.write:
        train([x for seqs in data.values() for x in seqs], str(org_tagger.MODEL_PATH))
        print(f"wrote {org_tagger.MODEL_PATH} ({org_tagger.MODEL_PATH.stat().st_size} bytes)")


if __name__ == "__main__":
    main()


def spans_of(labels: list[str]) -> set[tuple[int, int, str]]:
    """(first token, last token, role) of every tagged name in a BIO sequence."""
    out, i = set(), 0
    while i < len(labels):
        if labels[i] == "O":
            i += 1
            continue
        role, j = labels[i][2:], i + 1
        while j < len(labels) and labels[j] == "I-" + role:
            j += 1
        out.add((i, j - 1, role))
        i = j
    return out


def span_scores(seqs: list, model: str) -> dict[str, float]:
    """The tagger alone against the aligned gold names of held-out sentences: precision and
    recall of the names' bounds, and of bounds with the right role."""
    import pycrfsuite

    t = pycrfsuite.Tagger()
    t.open(model)
    tp = tp_role = npred = ngold = 0
    for x, y in seqs:
        gold, pred = spans_of(y), spans_of(t.tag(x))
        gb = {(a, b) for a, b, _r in gold}
        tp += sum((a, b) in gb for a, b, _r in pred)
        tp_role += len(gold & pred)
        npred += len(pred)
        ngold += len(gold)
    return {"P": tp / max(1, npred), "R": tp / max(1, ngold),
            "P_role": tp_role / max(1, npred), "R_role": tp_role / max(1, ngold)}
