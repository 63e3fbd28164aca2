"""Three processes ingesting the same documents into one PostgreSQL atlas lose and duplicate nothing."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from collections import Counter
from pathlib import Path

from ngo_atlas.store import open_atlas

WORKER = textwrap.dedent("""
    import json, random, sys
    sys.path.insert(0, {tests!r})
    from pathlib import Path
    from conftest import gold_document
    from ngo_atlas.store import open_atlas

    files = sorted(Path({dev!r}).glob("*.txt"))
    random.Random({seed}).shuffle(files)
    outcomes = []
    with open_atlas({url!r}) as atlas:
        for txt in files:
            outcomes.append(atlas.save(*gold_document(txt, txt.with_suffix(".json"))).status)
    print(json.dumps(outcomes))
""")


def test_three_processes_one_postgres(pg_url, dev_dir, gold_docs):
    tests = str(Path(__file__).resolve().parents[1])
    procs = [subprocess.Popen([sys.executable, "-c", WORKER.format(
        tests=tests, dev=str(dev_dir), seed=seed, url=pg_url)],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE) for seed in range(3)]
    outcomes = Counter()
    for p in procs:
        out, err = p.communicate(timeout=300)
        assert p.returncode == 0, err.decode()
        outcomes.update(json.loads(out))
    assert outcomes == {"ingested": len(gold_docs), "unchanged": 2 * len(gold_docs)}
    with open_atlas(pg_url) as atlas:
        assert atlas.stats()["documents"] == len(gold_docs)
        assert atlas.stats()["projects"] == sum(len(ex.projects) for _d, ex in gold_docs)
        # Facet totals were incremented by three writers: none lost, none doubled.
        totals = set(atlas._all("SELECT facet, value, count FROM facet_totals"))
        recount = set(atlas._all("SELECT facet, value, count(*) FROM project_facets "
                                 "GROUP BY facet, value"))
        assert totals == recount
        dupes = atlas._all("SELECT e.kind, a.key, count(DISTINCT e.id) FROM entities e "
                           "JOIN aliases a ON a.entity_id = e.id WHERE e.merged_into IS NULL "
                           "GROUP BY e.kind, a.key HAVING count(DISTINCT e.id) > 1")
        assert dupes == []
        names = atlas._all("SELECT kind, lower(name), count(*) FROM entities "
                           "GROUP BY kind, lower(name) HAVING count(*) > 1")
        assert names == []
