"""A real `ngo-atlas serve` on a free loopback port, started and stopped by its own pid."""

from __future__ import annotations

import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager

import httpx


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextmanager
def serving(db: str, timeout: float = 60.0) -> Iterator[str]:
    """Yield the base URL of a server over ``db``; stop it (only it) afterwards."""
    port = free_port()
    # Output goes to a file, not a pipe: a pipe nobody reads fills up with access logs
    # and blocks the server; the file is read back only to say why a server died.
    log = tempfile.TemporaryFile(mode="w+")
    proc = subprocess.Popen([sys.executable, "-m", "ngo_atlas.cli", "serve", "--db", db,
                             "--host", "127.0.0.1", "--port", str(port)],
                            stdout=log, stderr=subprocess.STDOUT, text=True)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + timeout
        while True:
            if proc.poll() is not None:
                log.seek(0)
                raise RuntimeError(f"ngo-atlas serve exited with {proc.returncode}: "
                                   f"{log.read()[-2000:]}")
            try:
                if httpx.get(f"{base}/api/v1/stats", timeout=2).status_code == 200:
                    break
            except httpx.TransportError:
                pass
            if time.monotonic() > deadline:
                raise RuntimeError("ngo-atlas serve did not answer in time")
            time.sleep(0.2)
        yield base
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
        log.close()
