"""Union-find whose merges can be refused: cannot-links, other registry numbers or legal forms."""

from __future__ import annotations

from ngo_atlas.resolve.normalize import NameForm

HARD_IDS = ("krs", "nip", "regon")


class GuardedUnionFind:
    """Clusters of form indices; ``union`` refuses a merge that would join incompatible forms."""

    def __init__(self, forms: list[NameForm]):
        self.parent = list(range(len(forms)))
        self.members: dict[int, set[int]] = {i: {i} for i in range(len(forms))}
        self.forbid: dict[int, set[int]] = {}
        self.ids: dict[int, dict[str, set[str]]] = {}
        self.legal: dict[int, set[str]] = {}
        self.alias: dict[int, set[str]] = {}
        for i, f in enumerate(forms):
            self.ids[i] = {k: {v} for k, v in f.ids if k in HARD_IDS}
            self.legal[i] = set(f.legal_forms)
            self.alias[i] = {f.alias} if f.alias else set()

    def find(self, i: int) -> int:
        root = i
        while self.parent[root] != root:
            root = self.parent[root]
        while self.parent[i] != root:  # path compression
            self.parent[i], i = root, self.parent[i]
        return root

    def cannot_link(self, i: int, j: int) -> None:
        self.forbid.setdefault(self.find(i), set()).add(j)
        self.forbid.setdefault(self.find(j), set()).add(i)

    def conflict(self, ra: int, rb: int, curator: bool = False) -> bool:
        """True when clusters ra and rb must stay apart."""
        if (self.forbid.get(ra, set()) & self.members[rb]
                or self.forbid.get(rb, set()) & self.members[ra]):
            return True
        if curator:
            return False  # a curator's must-link wins over everything but their own cannot-link
        ia, ib = self.ids[ra], self.ids[rb]
        if any(ia[k] != ib[k] for k in ia.keys() & ib.keys()):
            return True
        la, lb = self.legal[ra], self.legal[rb]
        if la and lb and not la & lb:
            return True
        aa, ab = self.alias[ra], self.alias[rb]
        return bool(aa and ab and aa != ab)

    def union(self, i: int, j: int, curator: bool = False) -> bool:
        ra, rb = self.find(i), self.find(j)
        if ra == rb:
            return True
        if self.conflict(ra, rb, curator):
            return False
        if len(self.members[ra]) < len(self.members[rb]):
            ra, rb = rb, ra
        self.parent[rb] = ra
        self.members[ra] |= self.members.pop(rb)
        self.forbid.setdefault(ra, set()).update(self.forbid.pop(rb, set()))
        for k, v in self.ids.pop(rb).items():
            self.ids[ra].setdefault(k, set()).update(v)
        self.legal[ra] |= self.legal.pop(rb)
        self.alias[ra] |= self.alias.pop(rb)
        return True
