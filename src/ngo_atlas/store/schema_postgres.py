"""The PostgreSQL schema as numbered migrations, the same shape as the SQLite one."""

from __future__ import annotations

from ngo_atlas.store.migrate import Step, backfill_mention_keys
from ngo_atlas.store.schema_sqlite import (  # the same SQL on both engines
    FUNDING_TOTALS,
    POSTINGS_TABLES,
    project_years,
)

# The posting index and its change log (see schema_sqlite.POSTINGS_SQLITE); BLOB is BYTEA
# here, and the triggers call one plpgsql function.
POSTINGS_POSTGRES: list[Step] = [
    *(s.replace("BLOB", "BYTEA") for s in POSTINGS_TABLES if isinstance(s, str)),
    """CREATE TABLE posting_log (
        seq BIGSERIAL PRIMARY KEY, project_id BIGINT NOT NULL,
        kind TEXT NOT NULL, old TEXT NOT NULL)""",
    """CREATE FUNCTION posting_log_row() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        IF TG_TABLE_NAME = 'project_facets' THEN
            INSERT INTO posting_log (project_id, kind, old)
            VALUES (OLD.project_id, 'f', 'f:' || OLD.facet || ':' || OLD.value);
        ELSIF TG_OP = 'DELETE' THEN
            INSERT INTO posting_log (project_id, kind, old) VALUES (OLD.id, 't', OLD.terms);
        ELSE
            INSERT INTO posting_log (project_id, kind, old) VALUES (NEW.id, 't', OLD.terms);
        END IF;
        RETURN NULL;
    END $$""",
    """CREATE TRIGGER posting_log_terms AFTER UPDATE OF terms ON projects
        FOR EACH ROW EXECUTE FUNCTION posting_log_row()""",
    """CREATE TRIGGER posting_log_delete AFTER DELETE ON projects
        FOR EACH ROW EXECUTE FUNCTION posting_log_row()""",
    """CREATE TRIGGER posting_log_facet AFTER DELETE ON project_facets
        FOR EACH ROW EXECUTE FUNCTION posting_log_row()""",
]

# Full text: a tsvector column built with the 'simple' configuration over the
# analyzer's lemma string (so both backends index the same terms), with a GIN index.
MIGRATIONS: list[tuple[int, list[Step]]] = [
    (1, [
        """CREATE TABLE documents (
            id BIGSERIAL PRIMARY KEY,
            source TEXT NOT NULL UNIQUE,
            name TEXT NOT NULL,
            content_hash TEXT NOT NULL,
            format TEXT, encoding TEXT, language TEXT, title TEXT, url TEXT,
            fetched_at TEXT, meta TEXT, text TEXT NOT NULL, saved_at TEXT NOT NULL)""",
        "CREATE UNIQUE INDEX documents_content_hash ON documents(content_hash)",
        """CREATE TABLE projects (
            id BIGSERIAL PRIMARY KEY,
            document_id BIGINT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            title TEXT, start TEXT, "end" TEXT, status TEXT, language TEXT,
            extracted TEXT NOT NULL, record TEXT NOT NULL, terms TEXT NOT NULL DEFAULT '',
            tsv TSVECTOR,
            UNIQUE (document_id, position))""",
        "CREATE INDEX projects_start ON projects(start)",
        "CREATE INDEX projects_title ON projects(lower(title))",
        "CREATE INDEX projects_tsv ON projects USING GIN (tsv)",
        """CREATE TABLE project_facets (
            facet TEXT NOT NULL, value TEXT NOT NULL,
            project_id BIGINT NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
            PRIMARY KEY (facet, value, project_id))""",
        "CREATE INDEX project_facets_project ON project_facets(project_id)",
        """CREATE TABLE facet_totals (
            facet TEXT NOT NULL, value TEXT NOT NULL, count BIGINT NOT NULL,
            PRIMARY KEY (facet, value))""",
        "CREATE INDEX facet_totals_count ON facet_totals(facet, count DESC)",
        """CREATE TABLE failures (
            source TEXT PRIMARY KEY, reason TEXT NOT NULL, failed_at TEXT NOT NULL,
            attempts INTEGER NOT NULL DEFAULT 1)""",
        """CREATE TABLE entities (
            id BIGSERIAL PRIMARY KEY, kind TEXT NOT NULL, name TEXT NOT NULL, org_type TEXT,
            attributes TEXT NOT NULL DEFAULT '{}',
            merged_into BIGINT REFERENCES entities(id), created_at TEXT NOT NULL)""",
        "CREATE INDEX entities_kind_name ON entities(kind, name)",
        """CREATE TABLE aliases (
            id BIGSERIAL PRIMARY KEY,
            entity_id BIGINT NOT NULL REFERENCES entities(id),
            kind TEXT NOT NULL, alias TEXT NOT NULL, key TEXT NOT NULL,
            UNIQUE (kind, key))""",
        "CREATE INDEX aliases_entity ON aliases(entity_id)",
        """CREATE TABLE block_keys (
            kind TEXT NOT NULL, key TEXT NOT NULL,
            entity_id BIGINT NOT NULL REFERENCES entities(id),
            PRIMARY KEY (kind, key, entity_id))""",
        """CREATE TABLE mentions (
            id BIGSERIAL PRIMARY KEY,
            project_id BIGINT NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
            kind TEXT NOT NULL, name TEXT NOT NULL, role TEXT,
            entity_id BIGINT REFERENCES entities(id))""",
        "CREATE INDEX mentions_project ON mentions(project_id)",
        "CREATE INDEX mentions_entity ON mentions(entity_id)",
        """CREATE TABLE corrections (
            id BIGSERIAL PRIMARY KEY, source TEXT NOT NULL, position INTEGER NOT NULL,
            project_title TEXT, field TEXT NOT NULL, old_value TEXT, new_value TEXT,
            wrong INTEGER NOT NULL DEFAULT 0, user_name TEXT NOT NULL, created_at TEXT NOT NULL,
            reverted_at TEXT, reverted_by TEXT)""",
        "CREATE INDEX corrections_source ON corrections(source)",
        """CREATE TABLE judgements (
            id BIGSERIAL PRIMARY KEY, action TEXT NOT NULL, entity_id BIGINT NOT NULL,
            other_id BIGINT, alias TEXT, payload TEXT NOT NULL DEFAULT '{}',
            user_name TEXT NOT NULL, created_at TEXT NOT NULL,
            undone_at TEXT, undone_by TEXT)""",
        """CREATE TABLE users (
            id BIGSERIAL PRIMARY KEY, name TEXT NOT NULL UNIQUE, password_hash TEXT NOT NULL,
            created_at TEXT NOT NULL)""",
        """CREATE TABLE sessions (
            token_hash TEXT PRIMARY KEY,
            user_id BIGINT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
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
            document_id BIGINT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            saved_at TEXT NOT NULL)""",
        "CREATE INDEX document_aliases_document ON document_aliases(document_id)",
    ]),
    # Grants with an amount, one row each, kept by save (see schema_sqlite).
    (4, [
        """CREATE TABLE project_funding (
            project_id BIGINT NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
            year TEXT NOT NULL, funder TEXT, currency TEXT NOT NULL,
            amount DOUBLE PRECISION NOT NULL)""",
        "CREATE INDEX project_funding_project ON project_funding(project_id)",
        """INSERT INTO project_funding (project_id, year, funder, currency, amount)
            SELECT p.id, coalesce(nullif(substr(p.start, 1, 4), ''), chr(63)),
                   nullif(f.value ->> 'funder', ''), f.value ->> 'currency',
                   (f.value ->> 'amount')::float8
            FROM projects p CROSS JOIN LATERAL jsonb_array_elements(CASE WHEN
                 jsonb_typeof(p.record::jsonb -> 'funding') = 'array'
                 THEN p.record::jsonb -> 'funding' ELSE '[]'::jsonb END) AS f(value)
            WHERE p.terms <> '' AND jsonb_typeof(f.value -> 'amount') = 'number'
              AND jsonb_typeof(f.value -> 'currency') = 'string'
              AND f.value ->> 'currency' <> ''""",
    ]),
    (5, FUNDING_TOTALS),
    (6, project_years("BIGINT")),
    (7, POSTINGS_POSTGRES),
    (8, [  # see schema_sqlite.POSTINGS_INSERT_SQLITE
        """CREATE FUNCTION posting_log_insert_row() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            INSERT INTO posting_log (project_id, kind, old) VALUES (NEW.id, 't', '');
            RETURN NULL;
        END $$""",
        """CREATE TRIGGER posting_log_insert AFTER INSERT ON projects
            FOR EACH ROW WHEN (NEW.terms <> '') EXECUTE FUNCTION posting_log_insert_row()""",
    ]),
    (9, [  # see schema_sqlite.POSTINGS_TOKEN_SQLITE
        "ALTER TABLE posting_state ADD COLUMN token TEXT",
        "UPDATE posting_state SET token = md5(random()::text || clock_timestamp()::text)",
    ]),
]
