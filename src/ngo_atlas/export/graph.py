"""The network of organisations linked by shared projects, as GEXF or GraphML (networkx writes both)."""

from __future__ import annotations

from itertools import combinations
from typing import IO, Iterable

import networkx as nx


def project_network(projects: Iterable[dict]) -> nx.Graph:
    """Nodes are organisations (by name); an edge's weight counts the projects they share."""
    g = nx.Graph()
    for p in projects:
        names = sorted({o["name"] for o in p.get("organizations") or [] if o.get("name")})
        for o in p.get("organizations") or []:
            name = o.get("name")
            if not name:
                continue
            if name not in g:
                g.add_node(name, label=name, type=o.get("type") or "", projects=0)
            g.nodes[name]["projects"] += 1
        for a, b in combinations(names, 2):
            if g.has_edge(a, b):
                g[a][b]["weight"] += 1
            else:
                g.add_edge(a, b, weight=1)
    return g


def _write(projects: Iterable[dict], out: IO[str], writer) -> int:
    g = project_network(projects)
    # networkx writes bytes; go through a string so the CLI and the web share one text stream.
    import io

    buf = io.BytesIO()
    writer(g, buf)
    out.write(buf.getvalue().decode("utf-8"))
    return g.number_of_nodes()


def write_gexf(projects: Iterable[dict], out: IO[str]) -> int:
    return _write(projects, out, nx.write_gexf)


def write_graphml(projects: Iterable[dict], out: IO[str]) -> int:
    return _write(projects, out, nx.write_graphml)
