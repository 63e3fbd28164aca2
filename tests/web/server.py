"""The real `ngo-atlas serve` in a subprocess on a free port, for end-to-end and browser tests.

One implementation serves the web tests and the reliability runners: bench/reliability/server.py.
"""

from bench.reliability.server import free_port, serving as running_server

__all__ = ["free_port", "running_server"]
