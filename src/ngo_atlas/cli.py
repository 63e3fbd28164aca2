"""The ngo-atlas command line: one sub-command per user task, each a thin call into its stage."""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

DEFAULT_DB = os.environ.get("NGO_ATLAS_DB", "var/atlas.sqlite")


def _add_db(p: argparse.ArgumentParser) -> None:
    p.add_argument("--db", default=DEFAULT_DB,
                   help="atlas location: a SQLite file path or postgresql://... "
                        "(default: $NGO_ATLAS_DB or var/atlas.sqlite)")


def cmd_extract(a: argparse.Namespace) -> int:
    from ngo_atlas.extract.explain import explain_text
    from ngo_atlas.extract.pipeline import extract_document
    from ngo_atlas.ingest.readers import read_path
    from ngo_atlas.model import NgoAtlasError

    failed = 0
    for path in a.files:
        try:
            doc = read_path(Path(path))
        except NgoAtlasError as e:
            print(f"error: {e}", file=sys.stderr)
            failed += 1
            continue
        try:
            extraction = extract_document(doc)
        except Exception as e:  # noqa: BLE001 - one document's extractor bug never stops the batch
            print(f"error: {path}: extraction failed: {type(e).__name__}: {e}", file=sys.stderr)
            failed += 1
            continue
        for problem in extraction.problems:  # a finder that failed: its facts are missing
            print(f"warning: {path}: {problem}", file=sys.stderr)
        if a.explain:
            print(explain_text(doc, extraction))
        else:
            print(json.dumps(extraction.to_record(evidence=a.evidence), ensure_ascii=False))
    return 1 if failed and failed == len(a.files) else 0


def cmd_ingest(a: argparse.Namespace) -> int:
    from ngo_atlas.pipeline import ingest_command

    return ingest_command(a)


def cmd_status(a: argparse.Namespace) -> int:
    from ngo_atlas.pipeline import status_command

    return status_command(a)


def cmd_search(a: argparse.Namespace) -> int:
    from ngo_atlas.search.cli import search_command

    return search_command(a)


FILTER_FACETS = ("funder", "place", "year", "organization", "theme", "status", "language")


def _add_filters(p: argparse.ArgumentParser) -> None:
    p.add_argument("query", nargs="?", default="", help="full-text query")
    for facet in FILTER_FACETS:
        p.add_argument(f"--{facet}", action="append", default=[],
                       help=f"only projects with this {facet} (repeatable)")


def query_from_args(a: argparse.Namespace):
    """The SearchQuery that a search or export command line asks for."""
    from ngo_atlas.store.base import SearchQuery

    filters = {f: list(getattr(a, f)) for f in FILTER_FACETS if getattr(a, f, None)}
    return SearchQuery(text=a.query or "", filters=filters)


def cmd_export(a: argparse.Namespace) -> int:
    from ngo_atlas.export import FORMATS
    from ngo_atlas.export.source import iter_projects
    from ngo_atlas.store import open_atlas

    writer = FORMATS[a.format][0]
    with open_atlas(a.db) as atlas:
        projects = iter_projects(atlas, query_from_args(a), hide_contacts=a.hide_contacts)
        if a.output == "-":
            n = writer(projects, sys.stdout)
        else:
            with open(a.output, "w", encoding="utf-8", newline="") as out:
                n = writer(projects, out)
    print(f"exported {n} {'rows' if a.format in ('csv', '360giving') else 'items'} "
          f"as {a.format}", file=sys.stderr)
    return 0


def cmd_serve(a: argparse.Namespace) -> int:
    from ngo_atlas.web.app import serve

    return serve(a.db, host=a.host, port=a.port, hide_contacts=a.hide_contacts)


def cmd_demo(a: argparse.Namespace) -> int:
    from ngo_atlas.demo import demo_command

    return demo_command(a)


def cmd_reindex(a: argparse.Namespace) -> int:
    from ngo_atlas.store.postings import reindex_command

    return reindex_command(a)


def cmd_user(a: argparse.Namespace) -> int:
    from ngo_atlas.web.auth import user_command

    return user_command(a)


def build_parser() -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(prog="ngo-atlas", description=__doc__)
    sub = ap.add_subparsers(dest="command", required=True)

    p = sub.add_parser("extract", help="print one JSON record per document (no database)")
    p.add_argument("files", nargs="+", help=".txt, .html/.htm, .pdf or .docx files")
    p.add_argument("--explain", action="store_true",
                   help="show each field's value, evidence and rule instead of JSON")
    p.add_argument("--no-evidence", dest="evidence", action="store_false",
                   help="leave evidence spans out of the JSON records")
    p.set_defaults(func=cmd_extract)

    p = sub.add_parser("ingest", help="read files, folders or URL lists into the atlas")
    p.add_argument("paths", nargs="*", help="files, folders, or .urls lists")
    _add_db(p)
    p.add_argument("--retry-failed", action="store_true", help="retry the recorded failures")
    p.add_argument("--no-progress", action="store_true", help="no progress bar")
    p.add_argument("--workers", type=int, default=1, help="extraction processes")
    p.add_argument("--dask", metavar="SCHEDULER", default=None,
                   help="run extraction on a Dask cluster at this scheduler address")
    p.set_defaults(func=cmd_ingest)

    p = sub.add_parser("status", help="what the atlas holds, and the failures")
    _add_db(p)
    p.set_defaults(func=cmd_status)

    p = sub.add_parser("search", help="full-text and faceted search of projects")
    _add_filters(p)
    _add_db(p)
    p.add_argument("--limit", type=int, default=20)
    p.add_argument("--json", action="store_true", help="print hits and facets as JSON")
    p.set_defaults(func=cmd_search)

    p = sub.add_parser("export", help="export the projects of a search")
    _add_filters(p)
    _add_db(p)
    p.add_argument("--format", required=True,
                   choices=("csv", "jsonl", "ftm", "gexf", "graphml", "360giving"))
    p.add_argument("-o", "--output", default="-", help="output file (default: standard output)")
    p.add_argument("--hide-contacts", action="store_true",
                   help="leave people's e-mails and phone numbers out")
    p.set_defaults(func=cmd_export)

    p = sub.add_parser("serve", help="serve the web UI and the JSON API")
    _add_db(p)
    p.add_argument("--host", default="127.0.0.1")
    p.add_argument("--port", type=int, default=8000)
    p.add_argument("--hide-contacts", action="store_true",
                   help="hide people's e-mails and phone numbers from anonymous visitors "
                   "(also NGO_ATLAS_HIDE_CONTACTS=1); logged-in curators still see them")
    p.set_defaults(func=cmd_serve)

    p = sub.add_parser("demo", help="build a sample atlas and serve it")
    p.add_argument("--db", default="var/demo.sqlite")
    p.add_argument("--host", default="127.0.0.1")
    p.add_argument("--port", type=int, default=8000)
    p.add_argument("--no-serve", action="store_true", help="build only")
    p.set_defaults(func=cmd_demo)

    p = sub.add_parser("reindex", help="build the search bitmaps of an atlas made before "
                       "them (searches use the slower SQL plan until then)")
    _add_db(p)
    p.set_defaults(func=cmd_reindex)

    p = sub.add_parser("user", help="curator accounts of the web UI")
    usub = p.add_subparsers(dest="user_command", required=True)
    p = usub.add_parser("add", help="add a curator (asks for the password)")
    p.add_argument("name")
    _add_db(p)
    p.add_argument("--password-stdin", action="store_true",
                   help="read the password from the first line of stdin (for scripts)")
    p.set_defaults(func=cmd_user)
    return ap


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return int(args.func(args) or 0)
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 0


if __name__ == "__main__":
    sys.exit(main())
