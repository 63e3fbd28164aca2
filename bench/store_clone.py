"""Grow a SQLite atlas built by bench.store_speed to a target size by copying its rows in SQL.

save() runs at a few hundred documents a second on this 2-core machine, so a million
projects would take over an hour; copying the rows (documents, projects, facets,
mentions, full-text entries) with offset ids gives an atlas of the same make-up in
minutes, which is what the search latency figures need. store_speed already cycles a
few thousand distinct documents, so the copies do not make the data less realistic.

    .venv/bin/python -m bench.store_clone /tmp/s.sqlite --projects 1000000
"""

from __future__ import annotations

import argparse
import sqlite3
import sys
import time

DOC_COLS = ("name, format, encoding, language, title, url, fetched_at, meta, text, saved_at")
PROJECT_COLS = ('position, title, start, "end", status, language, extracted, record, terms')


def clone_once(conn: sqlite3.Connection, k: int, docs: int, projects: int) -> None:
    """Copy the first ``docs`` documents and ``projects`` projects as copy number ``k``."""
    d_off, p_off = k * docs, k * projects
    conn.execute(f"INSERT INTO documents (id, source, content_hash, {DOC_COLS}) "
                 f"SELECT id + ?, source || '#copy' || ?, content_hash || '-' || ?, {DOC_COLS} "
                 f"FROM documents WHERE id <= ?", (d_off, k, k, docs))
    conn.execute(f"INSERT INTO projects (id, document_id, {PROJECT_COLS}) "
                 f"SELECT id + ?, document_id + ?, {PROJECT_COLS} FROM projects WHERE id <= ?",
                 (p_off, d_off, projects))
    conn.execute("INSERT INTO project_facets (facet, value, project_id) "
                 "SELECT facet, value, project_id + ? FROM project_facets WHERE project_id <= ?",
                 (p_off, projects))
    conn.execute("INSERT INTO mentions (project_id, kind, name, key, role, entity_id) "
                 "SELECT project_id + ?, kind, name, key, role, entity_id FROM mentions "
                 "WHERE project_id <= ?", (p_off, projects))
    conn.execute("INSERT INTO project_funding (project_id, year, funder, currency, amount) "
                 "SELECT project_id + ?, year, funder, currency, amount FROM project_funding "
                 "WHERE project_id <= ?", (p_off, projects))
    conn.execute("INSERT INTO project_years (project_id, first, last) "
                 "SELECT project_id + ?, first, last FROM project_years WHERE project_id <= ?",
                 (p_off, projects))
    conn.execute("INSERT INTO project_fts (rowid, terms) SELECT id + ?, terms FROM projects "
                 "WHERE id <= ?", (p_off, projects))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("db")
    ap.add_argument("--projects", type=int, default=1_000_000)
    a = ap.parse_args(argv)
    conn = sqlite3.connect(a.db, isolation_level=None)
    docs, max_doc = conn.execute("SELECT count(*), max(id) FROM documents").fetchone()
    projects, max_project = conn.execute("SELECT count(*), max(id) FROM projects").fetchone()
    if docs != max_doc or projects != max_project:
        print("error: ids are not dense (documents were replaced); clone a fresh atlas",
              file=sys.stderr)
        return 2
    t0 = time.perf_counter()
    k = 1
    while projects * (k + 1) <= a.projects:
        conn.execute("BEGIN")
        clone_once(conn, k, docs, projects)
        conn.execute("COMMIT")
        print(f"  copy {k}: {projects * (k + 1)} projects ({time.perf_counter() - t0:.0f} s)",
              file=sys.stderr)
        k += 1
    conn.execute("BEGIN")
    conn.execute("DELETE FROM facet_totals")
    conn.execute("INSERT INTO facet_totals (facet, value, count) SELECT facet, value, count(*) "
                 "FROM project_facets GROUP BY facet, value")
    conn.execute("COMMIT")
    conn.execute("ANALYZE")
    if conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'posting_state'").fetchone():
        # Each copied project is in the posting log; one streaming build of the posting
        # index is much faster than applying a million log rows.
        from ngo_atlas.store import open_atlas
        from ngo_atlas.store.postings import build

        with open_atlas(a.db) as atlas:
            out = build(atlas)
        print(f"posting index: {out['rows']} rows ({time.perf_counter() - t0:.0f} s)",
              file=sys.stderr)
    total = conn.execute("SELECT count(*) FROM projects").fetchone()[0]
    print(f"{total} projects in {time.perf_counter() - t0:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
