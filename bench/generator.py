"""Deterministic synthetic corpus of the sector's pages: layouts, languages, encodings, duplicates.

``generate(n, seed)`` streams (file name, raw bytes); ``generate_with_gold`` adds each
document's SCHEMA.md record plus a ``meta`` block saying how it was made (language,
layout, format, true encoding, declared charset, duplicate of). Every document is built
from its own ``random.Random(f"{seed}-{i}")`` so any document can be rebuilt alone,
which is how duplicates are made without keeping the corpus in memory.

CLI: ``python -m bench.generator N OUTDIR --seed S [--gold GOLDDIR]``.
"""

from __future__ import annotations

import argparse
import io
import json
import random
import sys
import zipfile
from collections.abc import Iterator
from html import escape
from pathlib import Path
from typing import Any

from bench import layouts as L

LANG_WEIGHTS = {"pl": 70, "ru": 10, "uk": 10, "en": 10}
LAYOUT_WEIGHTS = {"kv": 25, "narrative": 25, "bullets": 15, "news": 15, "news_list": 10,
                  "profile": 10}
# Share of documents written in a legacy encoding, and the encodings per language.
LEGACY_SHARE = 0.15
LEGACY = {"pl": ["cp1250", "iso-8859-2"], "ru": ["koi8-r", "cp1251"], "uk": ["cp1251", "koi8-u"]}
WRONG_DECLARATION_SHARE = 0.4  # of legacy HTML files: the meta charset lies
EXACT_DUP_SHARE, NEAR_DUP_SHARE = 0.04, 0.04
DOCX_SHARE = 0.03


def _kind(seed: int, i: int) -> tuple[str, int]:
    """('original'|'exact'|'near', index of the original); the first draw of the doc's rng."""
    rng = random.Random(f"{seed}-{i}")
    r = rng.random()
    if i == 0 or r >= EXACT_DUP_SHARE + NEAR_DUP_SHARE:
        return "original", i
    j = rng.randrange(max(0, i - 500), i)
    while _kind(seed, j)[0] != "original":  # always ends: document 0 is an original
        j -= 1
    return ("exact" if r < EXACT_DUP_SHARE else "near"), j


def _content(rng: random.Random) -> tuple[str, str, list[str], list[dict[str, Any]]]:
    """(language, layout, text lines, gold projects) of one original document."""
    lang = rng.choices(list(LANG_WEIGHTS), list(LANG_WEIGHTS.values()))[0]
    if lang != "pl":
        lines, rec = L.layout_foreign(rng, lang)
        return lang, "foreign", lines, [rec]
    layout = rng.choices(list(LAYOUT_WEIGHTS), list(LAYOUT_WEIGHTS.values()))[0]
    if layout == "profile":
        return lang, layout, L.layout_profile(rng), []
    if layout == "news_list":
        ps = [L.new_project(rng) for _ in range(rng.randint(2, 4))]
        for p in ps:  # a list item names only the lead, place, funder and period
            p["partners"], p["status"] = [], None
        return lang, layout, L.layout_news_list(rng, ps), [L.gold(p, False, False) for p in ps]
    p = L.new_project(rng)
    if layout == "news":
        p["partners"], p["status"] = p["partners"][:1], None
    render = {"kv": L.layout_kv, "narrative": L.layout_narrative, "bullets": L.layout_bullets,
              "news": L.layout_news}[layout]
    return lang, layout, render(rng, p), [L.gold(p)]


def _encoding(rng: random.Random, lang: str, fmt: str) -> tuple[str, str | None]:
    """(true encoding, charset the HTML declares or None)."""
    enc = "utf-8"
    if lang in LEGACY and fmt != "docx" and rng.random() < LEGACY_SHARE:
        enc = rng.choice(LEGACY[lang])
    if fmt != "html":
        return enc, None
    if enc != "utf-8" and rng.random() < WRONG_DECLARATION_SHARE:
        return enc, "utf-8"
    return enc, enc


def _fit(text: str, enc: str) -> str:
    """Replace what a legacy code page cannot hold (typographic quotes, ł in KOI8-R) the
    way old sites did: with the nearest ASCII."""
    if enc == "utf-8":
        return text
    from unidecode import unidecode

    out = []
    for ch in text:
        try:
            ch.encode(enc)
            out.append(ch)
        except UnicodeEncodeError:
            out.append(unidecode(ch) or "?")
    return "".join(out)


def _fit_record(obj: Any, enc: str) -> Any:
    if isinstance(obj, str):
        return _fit(obj, enc)
    if isinstance(obj, list):
        return [_fit_record(x, enc) for x in obj]
    if isinstance(obj, dict):
        return {k: _fit_record(v, enc) for k, v in obj.items()}
    return obj


def _boilerplate(rng: random.Random, lang: str) -> dict[str, str]:
    """Cookie notice, donation appeal with a bank account, share buttons, image caption."""
    acct = " ".join(f"{rng.randint(0, 9999):04d}" for _ in range(6))
    if lang != "pl":
        return {"cookies": "This site uses cookies. By continuing you agree to their use.",
                "donate": f"Support us: account PL{rng.randint(10, 99)} {acct}",
                "share": "Share: Facebook | X | LinkedIn", "caption": "Photo: archive"}
    return {"cookies": rng.choice([("Ta strona używa plików cookies. Korzystając z niej, "
                                   "zgadzasz się na ich użycie. [Akceptuję]"),
                                   "Używamy ciasteczek, aby lepiej dopasować treści. OK"]),
            "donate": f"Wesprzyj naszą działalność! Nr konta: {rng.randint(10, 99)} {acct}. "
                      "Przekaż 1,5% podatku – KRS " + f"{rng.randint(0, 10**10 - 1):010d}",
            "share": "Udostępnij: Facebook Twitter LinkedIn E-mail Drukuj",
            "caption": rng.choice(["Fot. archiwum fundacji", "Zdjęcie: materiały prasowe"])}


def _html(lines: list[str], bp: dict[str, str], lang: str, charset: str | None, title: str,
          extra: str) -> str:
    head = f'<meta charset="{charset}">' if charset else ""
    body = []
    for line in lines:
        if line.lstrip().startswith(("•", "- ")):
            body.append(f"<li>{escape(line.strip().lstrip('•- '))}</li>")
        elif line:
            body.append(f"<p>{escape(line)}</p>")
    fig = f'<figure><img src="foto.jpg" alt=""><figcaption>{escape(bp["caption"])}</figcaption></figure>'
    nav = "".join(f'<li><a href="/{w.lower()}">{w}</a></li>' for w in
                  ("Start", "O nas", "Projekty", "Aktualności", "Kontakt"))
    return (f'<!DOCTYPE html>\n<html lang="{lang}"><head>{head}<title>{escape(title)}</title>'
            f'</head><body><header><nav><ul>{nav}</ul></nav></header>'
            f'<div class="cookie-notice">{escape(bp["cookies"])}</div><main><article>'
            f'<h1>{escape(title)}</h1>{fig}{"".join(body)}{fig}</article>'
            f'<div class="share">{escape(bp["share"])}</div>{extra}</main>'
            f'<aside class="donate">{escape(bp["donate"])}</aside><footer>{fig}'
            f'<p>© {escape(title[:20])} · Wszelkie prawa zastrzeżone</p></footer></body></html>\n')


def _docx(lines: list[str]) -> bytes:
    """A .docx with fixed zip timestamps, so the same seed gives the same bytes."""
    import docx

    d = docx.Document()
    d.core_properties.author = "ngo-atlas bench"
    for line in lines:
        if line:
            d.add_paragraph(line)
    raw = io.BytesIO()
    d.save(raw)
    out = io.BytesIO()
    with zipfile.ZipFile(raw) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            fixed = zipfile.ZipInfo(info.filename, date_time=(2020, 1, 1, 0, 0, 0))
            fixed.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(fixed, src.read(info.filename))
    return out.getvalue()


def _render(seed: int, j: int, variant: int) -> tuple[str, bytes, dict[str, Any]]:
    """(extension, bytes, gold without doc name) of original ``j``; ``variant`` > 0 changes
    only the boilerplate, which is what a near duplicate is."""
    rng = random.Random(f"{seed}-{j}")
    rng.random()  # the draw _kind used
    lang, layout, lines, projects = _content(rng)
    fmt = "docx" if lang == "pl" and rng.random() < DOCX_SHARE else rng.choice(["html", "txt"])
    enc, charset = _encoding(rng, lang, fmt)
    brng = random.Random(f"{seed}-{j}-bp-{variant}")
    bp = _boilerplate(brng, lang)
    views = brng.randint(10, 99999)
    extra = f"<p>Wyświetleń: {views}</p>" if variant else ""
    title = lines[0] if lines else "Strona"
    tail = [f"Wyświetleń: {views}"] if variant else []
    if fmt == "html":
        text = _html(lines, bp, lang, charset, title, extra)
    else:
        text = "\n".join([bp["caption"], *lines, "", bp["share"], bp["donate"], *tail,
                          bp["cookies"]]) + "\n"
    meta = {"language": lang, "layout": layout, "format": fmt, "encoding": enc,
            "declared_charset": charset}
    gold = {"language": lang, "projects": _fit_record(projects, enc), "meta": meta}
    if fmt == "docx":
        return fmt, _docx([*lines, "", bp["donate"], *tail]), gold
    return fmt, _fit(text, enc).encode(enc), gold


def generate_with_gold(n: int, seed: int) -> Iterator[tuple[str, bytes, dict[str, Any]]]:
    """Stream n documents with their gold records; memory does not grow with n."""
    for i in range(n):
        kind, j = _kind(seed, i)
        ext, raw, gold = _render(seed, j, 1 if kind == "near" else 0)
        name = f"syn{seed}_{i:07d}.{ext}"
        gold = {"doc": name, **gold}
        gold["meta"] = {**gold["meta"], "duplicate": kind, "original_index": j}
        yield name, raw, gold


def generate(n: int, seed: int) -> Iterator[tuple[str, bytes]]:
    """Stream n (file name, raw bytes) documents, the same bytes for the same seed."""
    for name, raw, _gold in generate_with_gold(n, seed):
        yield name, raw


def write_corpus(n: int, outdir: Path, seed: int, gold_dir: Path | None = None) -> int:
    """Write the corpus one file at a time; returns the bytes written."""
    outdir.mkdir(parents=True, exist_ok=True)
    if gold_dir:
        gold_dir.mkdir(parents=True, exist_ok=True)
    total = 0
    for name, raw, gold in generate_with_gold(n, seed):
        (outdir / name).write_bytes(raw)
        total += len(raw)
        if gold_dir:
            stem = name.rsplit(".", 1)[0]
            (gold_dir / f"{stem}.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1),
                                                   encoding="utf-8")
    return total


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m bench.generator", description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("n", type=int, help="how many documents")
    ap.add_argument("outdir", type=Path)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--gold", type=Path, default=None, help="also write gold records here")
    a = ap.parse_args(argv)
    if a.n < 0:
        ap.error("N must be >= 0")
    total = write_corpus(a.n, a.outdir, a.seed, a.gold)
    print(f"wrote {a.n} documents ({total / 1e6:.1f} MB) to {a.outdir}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
