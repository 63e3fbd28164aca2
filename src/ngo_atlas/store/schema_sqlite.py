"""The SQLite schema as numbered migrations, applied in order, each once."""

from __future__ import annotations

from ngo_atlas.store.migrate import Step, backfill_mention_keys

# Full text: an external-content FTS5 table over projects.terms. The indexed text is the
# analyzer's lemma string, which nobody reads back, so FTS keeps only its index; the
# terms column lets us issue FTS5 'delete' with the exact old values on replacement,
# which a plain contentless table cannot do on SQLite < 3.43.
# The whole atlas's sums per (start year, funder, currency), kept by save like
# facet_totals: the unfiltered charts page reads 465 rows instead of grouping 800,000
# grants (1.4 s). Funder "" stands for none (a key column cannot be NULL everywhere).
FUNDING_TOTALS: list[Step] = [
    """CREATE TABLE funding_totals (
        year TEXT NOT NULL, funder TEXT NOT NULL, currency TEXT NOT NULL,
        amount DOUBLE PRECISION NOT NULL, projects BIGINT NOT NULL,
        PRIMARY KEY (year, funder, currency))""",
    """INSERT INTO funding_totals (year, funder, currency, amount, projects)
        SELECT year, coalesce(funder, ''), currency, sum(amount), count(DISTINCT project_id)
        FROM project_funding GROUP BY year, coalesce(funder, ''), currency""",
]

# Each project's years as one (first, last) span (its year facet values are contiguous):
# a year-range filter is then one test per project, or one id-ordered scan, instead of a
# UNION of one stream per year (3 s for "from 2015" at a million projects).
def project_years(key: str) -> list[Step]:
    """Migration 6 with the engine's key type (SQLite: INTEGER PRIMARY KEY is the rowid,
    so a range scan comes out in project id order, ready to merge)."""
    return [
        f"""CREATE TABLE project_years (
            project_id {key} PRIMARY KEY REFERENCES projects(id) ON DELETE CASCADE,
            first INTEGER NOT NULL, last INTEGER NOT NULL)""",
        """INSERT INTO project_years (project_id, first, last)
            SELECT project_id, min(CAST(value AS INTEGER)), max(CAST(value AS INTEGER))
            FROM project_facets WHERE facet = 'year' GROUP BY project_id""",
    ]


# The posting index (store/postings.py): Roaring bitmaps of project ids per full-text token
# and facet value, split by id chunk, and the log of changes they do not reflect yet. The
# triggers log every change of a project's terms (save and corrections rewrite them, old
# value kept), every deleted project and every deleted facet row (old key kept), so no
# write path can leave the bitmaps stale. An atlas that already holds projects is marked
# not built: searches use the SQL path until ``python -m ngo_atlas.store.postings`` runs.
POSTINGS_TABLES: list[Step] = [
    """CREATE TABLE postings (
        key TEXT NOT NULL, chunk INTEGER NOT NULL, version BIGINT NOT NULL,
        bitmap BLOB NOT NULL, PRIMARY KEY (key, chunk))""",
    """CREATE TABLE posting_state (
        id INTEGER PRIMARY KEY CHECK (id = 1), generation BIGINT NOT NULL, built INTEGER NOT NULL)""",
    """INSERT INTO posting_state (id, generation, built)
        SELECT 1, 0, CASE WHEN EXISTS (SELECT 1 FROM projects) THEN 0 ELSE 1 END""",
]

POSTINGS_SQLITE: list[Step] = [
    *POSTINGS_TABLES,
    """CREATE TABLE posting_log (
        seq INTEGER PRIMARY KEY AUTOINCREMENT, project_id INTEGER NOT NULL,
        kind TEXT NOT NULL, old TEXT NOT NULL)""",
    """CREATE TRIGGER posting_log_terms AFTER UPDATE OF terms ON projects BEGIN
        INSERT INTO posting_log (project_id, kind, old) VALUES (NEW.id, 't', OLD.terms); END""",
    """CREATE TRIGGER posting_log_delete AFTER DELETE ON projects BEGIN
        INSERT INTO posting_log (project_id, kind, old) VALUES (OLD.id, 't', OLD.terms); END""",
    """CREATE TRIGGER posting_log_facet AFTER DELETE ON project_facets BEGIN
        INSERT INTO posting_log (project_id, kind, old)
        VALUES (OLD.project_id, 'f', 'f:' || OLD.facet || ':' || OLD.value); END""",
]

# A project inserted with its terms already set (a bulk copy such as bench.store_clone;
# save() inserts '' and indexes afterwards) is logged as well, so its keys are added.
POSTINGS_INSERT_SQLITE: list[Step] = [
    """CREATE TRIGGER posting_log_insert AFTER INSERT ON projects WHEN NEW.terms <> '' BEGIN
        INSERT INTO posting_log (project_id, kind, old) VALUES (NEW.id, 't', ''); END""",
]

# A random name of this atlas's posting index: the per-process bitmap cache keys on it, so
# an atlas deleted and made again at the same path (even on the same inode, with the same
# generation numbers) is never answered from the old one's bitmaps.
POSTINGS_TOKEN_SQLITE: list[Step] = [
    "ALTER TABLE posting_state ADD COLUMN token TEXT",
    "UPDATE posting_state SET token = lower(hex(randomblob(16)))",
]

MIGRATIONS: list[tuple[int, list[Step]]] = [
    (1, [
        """CREATE TABLE documents (
            id INTEGER PRIMARY KEY,
            source TEXT NOT NULL UNIQUE,
            name TEXT NOT NULL,
            content_hash TEXT NOT NULL,
            format TEXT, encoding TEXT, language TEXT, title TEXT, url TEXT,
            fetched_at TEXT, meta TEXT, text TEXT NOT NULL, saved_at TEXT NOT NULL)""",
        "CREATE UNIQUE INDEX documents_content_hash ON documents(content_hash)",
        # AUTOINCREMENT: a replaced project's id is never handed to another project,
        # so an old link cannot silently show a different record.
        """CREATE TABLE projects (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            title TEXT, start TEXT, "end" TEXT, status TEXT, language TEXT,
            extracted TEXT NOT NULL, record TEXT NOT NULL, terms TEXT NOT NULL DEFAULT '',
            UNIQUE (document_id, position))""",
        "CREATE INDEX projects_start ON projects(start)",
        "CREATE INDEX projects_title ON projects(title COLLATE NOCASE)",
        """CREATE TABLE project_facets (
            facet TEXT NOT NULL, value TEXT NOT NULL,
            project_id INTEGER NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
            PRIMARY KEY (facet, value, project_id)) WITHOUT ROWID""",
        "CREATE INDEX project_facets_project ON project_facets(project_id)",
        """CREATE TABLE facet_totals (
            facet TEXT NOT NULL, value TEXT NOT NULL, count INTEGER NOT NULL,
            PRIMARY KEY (facet, value)) WITHOUT ROWID""",
        "CREATE INDEX facet_totals_count ON facet_totals(facet, count DESC)",
        """CREATE VIRTUAL TABLE project_fts USING fts5(
            terms, content='projects', content_rowid='id',
            tokenize='unicode61 remove_diacritics 0')""",
        """CREATE TABLE failures (
            source TEXT PRIMARY KEY, reason TEXT NOT NULL, failed_at TEXT NOT NULL,
            attempts INTEGER NOT NULL DEFAULT 1)""",
        """CREATE TABLE entities (
            id INTEGER PRIMARY KEY, kind TEXT NOT NULL, name TEXT NOT NULL, org_type TEXT,
            attributes TEXT NOT NULL DEFAULT '{}',
            merged_into INTEGER REFERENCES entities(id), created_at TEXT NOT NULL)""",
        "CREATE INDEX entities_kind_name ON entities(kind, name)",
        """CREATE TABLE aliases (
            id INTEGER PRIMARY KEY,
            entity_id INTEGER NOT NULL REFERENCES entities(id),
            kind TEXT NOT NULL, alias TEXT NOT NULL, key TEXT NOT NULL,
            UNIQUE (kind, key))""",
        "CREATE INDEX aliases_entity ON aliases(entity_id)",
        """CREATE TABLE block_keys (
            kind TEXT NOT NULL, key TEXT NOT NULL,
            entity_id INTEGER NOT NULL REFERENCES entities(id),
            PRIMARY KEY (kind, key, entity_id)) WITHOUT ROWID""",
        """CREATE TABLE mentions (
            id INTEGER PRIMARY KEY,
            project_id INTEGER NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
            kind TEXT NOT NULL, name TEXT NOT NULL, role TEXT,
            entity_id INTEGER REFERENCES entities(id))""",
        "CREATE INDEX mentions_project ON mentions(project_id)",
        "CREATE INDEX mentions_entity ON mentions(entity_id)",
        """CREATE TABLE corrections (
            id INTEGER PRIMARY KEY, source TEXT NOT NULL, position INTEGER NOT NULL,
            project_title TEXT, field TEXT NOT NULL, old_value TEXT, new_value TEXT,
            wrong INTEGER NOT NULL DEFAULT 0, user_name TEXT NOT NULL, created_at TEXT NOT NULL,
            reverted_at TEXT, reverted_by TEXT)""",
        "CREATE INDEX corrections_source ON corrections(source)",
        """CREATE TABLE judgements (
            id INTEGER PRIMARY KEY, action TEXT NOT NULL, entity_id INTEGER NOT NULL,
            other_id INTEGER, alias TEXT, payload TEXT NOT NULL DEFAULT '{}',
            user_name TEXT NOT NULL, created_at TEXT NOT NULL,
            undone_at TEXT, undone_by TEXT)""",
        """CREATE TABLE users (
            id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE, password_hash TEXT NOT NULL,
            created_at TEXT NOT NULL)""",
        """CREATE TABLE sessions (
            token_hash TEXT PRIMARY KEY,
            user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
            created_at TEXT NOT NULL, expires_at TEXT NOT NULL)""",
    ]),
    (2, [
        "ALTER TABLE mentions ADD COLUMN key TEXT",
        backfill_mention_keys,
        "CREATE INDEX mentions_kind_key ON mentions(kind, key)",
    ]),
    # The same bytes at a second source are one document: the other source is its alias.
    (3, [
        """CREATE TABLE document_aliases (
            source TEXT PRIMARY KEY,
            document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            saved_at TEXT NOT NULL)""",
        "CREATE INDEX document_aliases_document ON document_aliases(document_id)",
    ]),
    # Grants with an amount, one row each, kept by save: the charts sum them in SQL
    # without parsing a million JSON records (14 s at 985,000 projects).
    (4, [
        """CREATE TABLE project_funding (
            project_id INTEGER NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
            year TEXT NOT NULL, funder TEXT, currency TEXT NOT NULL, amount REAL NOT NULL)""",
        "CREATE INDEX project_funding_project ON project_funding(project_id)",
        """INSERT INTO project_funding (project_id, year, funder, currency, amount)
            SELECT p.id, coalesce(nullif(substr(p.start, 1, 4), ''), '?'),
                   nullif(json_extract(f.value, '$.funder'), ''), json_extract(f.value, '$.currency'),
                   json_extract(f.value, '$.amount')
            FROM projects p, json_each(p.record, '$.funding') f
            WHERE p.terms <> '' AND json_type(f.value, '$.amount') IN ('integer', 'real')
              AND json_type(f.value, '$.currency') = 'text'
              AND json_extract(f.value, '$.currency') <> ''""",
    ]),
    (5, FUNDING_TOTALS),
    (6, project_years("INTEGER")),
    (7, POSTINGS_SQLITE),
    (8, POSTINGS_INSERT_SQLITE),
    (9, POSTINGS_TOKEN_SQLITE),
]
