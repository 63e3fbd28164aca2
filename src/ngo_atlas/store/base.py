"""The store's contract: what every backend (SQLite, PostgreSQL) offers the rest of the system.

Search, web, api and export read through these methods only, so both backends pass
the same tests. ``open_atlas`` in ``store/__init__.py`` picks the backend from the URL.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from dataclasses import dataclass, field
from typing import Any, Self

from ngo_atlas.model import Document, Extraction

# The facets every search offers; the web UI, the API and the CLI use these keys.
FACETS = ("funder", "place", "year", "organization", "theme", "status", "language",
          "target_group", "org_type")


@dataclass
class SearchQuery:
    text: str = ""  # full text; Polish/Russian/Ukrainian inflection understood
    filters: dict[str, list[str]] = field(default_factory=dict)  # facet key -> values (AND across keys, OR within)
    year_from: int | None = None
    year_to: int | None = None
    sort: str = "relevance"  # relevance, start_desc, start_asc, title
    page: int = 1
    per_page: int = 20
    # How many values each facet lists (commonest first); the map asks for many places.
    facet_limit: int = 30


@dataclass
class ProjectHit:
    id: int
    title: str | None
    start: str | None
    end: str | None
    status: str | None
    places: list[str]
    funders: list[str]
    organizations: list[str]
    snippet: str  # a short piece of matching text; plain text, the UI escapes it
    language: str
    document_id: int


@dataclass
class SearchResult:
    total: int
    hits: list[ProjectHit]
    facets: dict[str, list[tuple[str, int]]]  # facet key -> [(value, count)] by count desc
    # False when the result set was too large to count every facet value: a value may then
    # be missing from a facet's top list, and on the SQL plan (no posting index) the
    # counts are estimated from a sample; the UI shows them as "about".
    facets_exact: bool = True


@dataclass
class SaveOutcome:
    document_id: int
    status: str  # "ingested" (new), "updated" (same source, new content), "unchanged"
    project_ids: list[int] = field(default_factory=list)


@dataclass
class Failure:
    source: str
    reason: str
    failed_at: str
    attempts: int


class Atlas(ABC):
    """One atlas: documents, their extractions, entities, curations, failures."""

    @abstractmethod
    def close(self) -> None: ...

    @abstractmethod
    def has_content(self, content_hash: str) -> bool:
        """True when a document with exactly these bytes is stored already."""

    @abstractmethod
    def note_duplicate(self, content_hash: str, source: str) -> int | None:
        """``source`` serves bytes the atlas holds already: record it as an alias of that
        document (listed in ``document(id)["aliases"]``); returns the document's id."""

    @abstractmethod
    def save(self, doc: Document, extraction: Extraction) -> SaveOutcome:
        """Store one document and its projects in one transaction.

        A document from the same source with other content replaces the earlier one;
        curators' corrections to its projects are re-applied afterwards. Bytes already
        stored under another source are "unchanged": the source becomes an alias of that
        document (and a document it held before is removed). Clears any recorded failure
        for that source.
        """

    @abstractmethod
    def record_failure(self, source: str, reason: str) -> None: ...

    @abstractmethod
    def failures(self) -> list[Failure]: ...

    @abstractmethod
    def search(self, query: SearchQuery) -> SearchResult: ...

    @abstractmethod
    def coverage(self, themes: list[str], places: list[str] | None = None,
                 places_facet: str = "place", filters: Any = None
                 ) -> dict[tuple[str, str], tuple[int, int]]:
        """{(theme, place): (projects, organisations)} over the matches of ``filters``
        (a SearchQuery or a facet-filter dict); empty cells are left out."""

    @abstractmethod
    def projects_by_year(self, filters: Any = None) -> list[tuple[str, int]]:
        """(year, projects running that year) over the matches, in year order."""

    @abstractmethod
    def funding_by_year(self, filters: Any = None
                        ) -> list[tuple[str, str | None, str, float, int]]:
        """(start year or "?", funder, currency, summed amount, projects) over the matches."""

    @abstractmethod
    def project(self, project_id: int) -> dict[str, Any] | None:
        """The project's record (Project.to_record form, evidence included) plus
        ``id``, ``document`` ({id, name, source, url, language, text}) and ``corrections``."""

    @abstractmethod
    def document(self, document_id: int) -> dict[str, Any] | None: ...

    @abstractmethod
    def stats(self) -> dict[str, int]:
        """Counts: documents, projects, organizations, failures."""

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
