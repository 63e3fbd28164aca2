"""Measure language detection: accuracy and speed of ngo_atlas.lang.detect against packages.

usage: python bench/lang_detect.py [--packages]

Texts: ../shared/eval/dev (gold "language"), ../shared/eval/html (Polish, main text by
trafilatura), eval/extra (gold "language"); each whole and cut to its first 200
characters. --packages also measures lingua-language-detector, langdetect and py3langid
restricted to the same languages, where they are installed.
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
LANGS = ("pl", "ru", "uk", "en", "de", "fr")


def load_texts() -> list[tuple[str, str, str]]:
    """(name, gold language, text) for every document with a known language."""
    out = []
    for gold_dir in (SHARED / "eval" / "dev", REPO / "eval" / "extra"):
        for g in sorted(gold_dir.glob("*.json")):
            rec = json.loads(g.read_text(encoding="utf-8"))
            for ext in (".txt", ".html"):
                src = g.with_suffix(ext)
                if src.exists():
                    text = src.read_text(encoding="utf-8")
                    if ext == ".html":
                        import trafilatura
                        text = trafilatura.extract(text) or ""
                    out.append((f"{gold_dir.name}/{src.name}", rec["language"], text))
    import trafilatura
    for h in sorted((SHARED / "eval" / "html").glob("*.html")):
        raw = h.read_bytes()
        text = trafilatura.extract(raw.decode("utf-8", "replace")) or ""
        out.append((f"html/{h.name}", "pl", text))
    return out


def detectors(with_packages: bool) -> dict:
    from ngo_atlas.lang.detect import detect_language
    out = {"ngo_atlas": detect_language}
    if not with_packages:
        return out
    try:
        from lingua import IsoCode639_1, LanguageDetectorBuilder
        codes = [getattr(IsoCode639_1, c.upper()) for c in LANGS]
        det = LanguageDetectorBuilder.from_iso_codes_639_1(*codes).build()
        out["lingua"] = lambda t: (lambda r: r.iso_code_639_1.name.lower() if r else "und")(
            det.detect_language_of(t))
        det_low = (LanguageDetectorBuilder.from_iso_codes_639_1(*codes)
                   .with_low_accuracy_mode().build())
        out["lingua-low"] = lambda t: (lambda r: r.iso_code_639_1.name.lower() if r else "und")(
            det_low.detect_language_of(t))
    except ImportError:
        pass
    try:
        from langdetect import DetectorFactory, detect
        DetectorFactory.seed = 0
        out["langdetect"] = lambda t: detect(t) if t.strip() else "und"
    except ImportError:
        pass
    try:
        import py3langid
        py3langid.set_languages(list(LANGS))
        out["py3langid"] = lambda t: py3langid.classify(t)[0]
    except ImportError:
        pass
    return out


def main() -> int:
    texts = load_texts()
    cases = [(n, g, t) for n, g, t in texts] + [(n + "[:200]", g, t[:200]) for n, g, t in texts]
    total_chars = sum(len(t) for _, _, t in texts)
    print(f"{len(texts)} documents ({total_chars / len(texts):.0f} chars on average), "
          f"{len(cases)} cases with the 200-character cuts")
    for name, fn in detectors("--packages" in sys.argv).items():
        fn("warm up")
        wrong = [(n, g, fn(t)) for n, g, t in cases if fn(t) != g]
        t0 = time.perf_counter()
        rounds = 5
        for _ in range(rounds):
            for _, _, t in texts:
                fn(t)
        per_doc = (time.perf_counter() - t0) / (rounds * len(texts))
        print(f"{name:<11} accuracy {1 - len(wrong) / len(cases):.3f} "
              f"({len(wrong)} wrong)  {per_doc * 1e6:8.0f} us/doc  {1 / per_doc:8.0f} docs/s")
        for n, g, p in wrong:
            print(f"    {n}: gold {g}, got {p}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
