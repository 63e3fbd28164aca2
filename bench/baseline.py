"""The trafilatura-alone baseline: extract the main text of every HTML file in a folder, nothing else.

Run as a separate process (``python -m bench.baseline DIR``) so it pays the same
interpreter start-up as the ingest it is compared with. It uses ingest's own settings
(``trafilatura_options()``) and the same jusText stop-word set (``warm_up()``), so the
comparison is like for like.
"""

from __future__ import annotations

import sys
from pathlib import Path


def extract_all(folder: Path) -> int:
    """Main text of each .html page (trafilatura decodes the bytes itself); returns pages done."""
    import trafilatura

    from ngo_atlas.ingest.html import trafilatura_options, warm_up

    warm_up()  # the one-time jusText set-up that ingest does too (before its workers fork)
    done = 0
    for path in sorted(folder.iterdir()):
        if path.suffix.lower() in (".html", ".htm"):
            trafilatura.extract(path.read_bytes(), options=trafilatura_options())
            done += 1
    return done


if __name__ == "__main__":
    print(extract_all(Path(sys.argv[1])))
