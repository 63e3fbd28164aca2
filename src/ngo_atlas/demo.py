"""`ngo-atlas demo`: build a sample atlas from the project's own documents and serve it."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
SYNTHETIC_DOCS = 300  # enough for facets and paging to mean something, built in seconds
SYNTHETIC_SEED = 2026


def _first_dir(*candidates: Path) -> Path | None:
    return next((c for c in candidates if c.is_dir()), None)


def synthetic_corpus(
    outdir: Path, n: int = SYNTHETIC_DOCS, seed: int = SYNTHETIC_SEED
) -> Path | None:
    """Write bench.generator's documents to ``outdir`` (same bytes every run), if importable."""
    sys.path.insert(0, str(REPO))  # bench/ lives beside src/, not inside the package
    try:
        from bench.generator import generate
    except ImportError as e:
        print(f"demo: no synthetic documents ({e})", file=sys.stderr)
        return None
    finally:
        sys.path.remove(str(REPO))
    outdir.mkdir(parents=True, exist_ok=True)
    for name, raw in generate(n, seed):
        path = outdir / name
        if not path.exists() or path.read_bytes() != raw:
            path.write_bytes(raw)
    return outdir


def demo_sources(work: Path) -> list[Path]:
    """The sample documents: eval/extra (the project's own), synthetic ones, ../shared/eval/dev."""
    sources = []
    extra = _first_dir(Path.cwd() / "eval" / "extra", REPO / "eval" / "extra")
    if extra:
        sources.append(extra)
    synthetic = synthetic_corpus(work / "synthetic")
    if synthetic:
        sources.append(synthetic)
    dev = _first_dir(
        Path.cwd().parent / "shared" / "eval" / "dev", REPO.parent / "shared" / "eval" / "dev"
    )
    if dev:
        # Only the documents: the gold .json records beside them are not sources.
        sources += sorted(dev.glob("*.txt"))
    return sources


def build(db: str, work: Path) -> int:
    """Ingest the sample documents into ``db``; returns the number of projects it holds."""
    from ngo_atlas.pipeline import format_summary, ingest_paths
    from ngo_atlas.store import open_atlas

    if not db.startswith(("postgresql://", "postgres://")):
        Path(db).parent.mkdir(parents=True, exist_ok=True)
    sources = demo_sources(work)
    if not sources:
        print(
            "demo: no sample documents found (eval/extra, bench/, ../shared/eval/dev)",
            file=sys.stderr,
        )
    with open_atlas(db) as atlas:
        summary = ingest_paths(sources, atlas, progress=sys.stderr.isatty())
        print(format_summary(summary), file=sys.stderr)
        return int(atlas.stats().get("projects", 0))


def demo_command(args: argparse.Namespace) -> int:
    """Build the demo atlas (re-running skips documents it has) and serve it unless --no-serve."""
    work = Path("var") / "demo-corpus"
    projects = build(args.db, work)
    print(f"demo: {args.db} holds {projects} projects", file=sys.stderr)
    if args.no_serve:
        return 0 if projects else 1
    from ngo_atlas.web.app import serve

    return serve(args.db, host=args.host, port=args.port)
