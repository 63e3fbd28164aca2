"""Download one URL with urllib: http(s) only, a timeout, and a size limit."""

from __future__ import annotations

import time
import urllib.error
import urllib.request
from dataclasses import dataclass
from urllib.parse import unquote, urlsplit

from ngo_atlas.ingest.limits import Limits
from ngo_atlas.model import IngestError

USER_AGENT = "ngo-atlas/0.1 (+https://github.com/ngo-atlas)"
_CHUNK = 1 << 16


@dataclass
class Fetched:
    data: bytes
    content_type: str | None
    url: str  # after redirects
    name: str  # last path segment, or the host for a site's front page


def fetch_url(url: str, limits: Limits) -> Fetched:
    """GET ``url``; IngestError for HTTP errors, timeouts, refusals and oversized bodies."""
    if urlsplit(url).scheme not in ("http", "https"):
        raise IngestError(url, "only http and https URLs are fetched")
    request = urllib.request.Request(url, headers={"User-Agent": USER_AGENT})
    try:
        with urllib.request.urlopen(request, timeout=limits.fetch_timeout) as response:
            declared = response.headers.get("Content-Length")
            if declared and declared.isdigit() and int(declared) > limits.max_bytes:
                raise IngestError(url, f"download is {declared} bytes, over the limit of "
                                       f"{limits.max_bytes} (max_bytes)")
            data = _read_limited(response, url, limits)
            final = response.geturl()
            content_type = response.headers.get("Content-Type")
    except urllib.error.HTTPError as e:
        raise IngestError(url, f"HTTP {e.code} {e.reason}") from None
    except urllib.error.URLError as e:
        raise IngestError(url, f"cannot fetch: {e.reason}") from None
    except TimeoutError:
        raise IngestError(url, f"timed out after {limits.fetch_timeout:g} s "
                               "(limit fetch_timeout)") from None
    except OSError as e:
        raise IngestError(url, f"cannot fetch: {e}") from None
    return Fetched(data, content_type, final, url_name(final))


def _read_limited(response: object, url: str, limits: Limits) -> bytes:
    """The body, refused past max_bytes, or when a slow drip outlasts seconds_per_document
    (the socket timeout alone bounds only each read)."""
    deadline = time.monotonic() + (limits.seconds_per_document or float("inf"))
    chunks: list[bytes] = []
    size = 0
    while chunk := response.read1(_CHUNK):  # type: ignore[attr-defined]
        size += len(chunk)
        if size > limits.max_bytes:
            raise IngestError(url, f"download is over the limit of {limits.max_bytes} bytes "
                                   "(max_bytes)")
        if time.monotonic() > deadline:
            raise IngestError(url, f"download took longer than {limits.seconds_per_document:g} s "
                                   "(limit seconds_per_document)")
        chunks.append(chunk)
    return b"".join(chunks)


def url_name(url: str) -> str:
    """The document name of a URL: its last path segment, else its host."""
    parts = urlsplit(url)
    segment = unquote(parts.path.rstrip("/").rsplit("/", 1)[-1])
    return segment or parts.hostname or url
