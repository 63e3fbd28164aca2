"""Entity resolution: normalise → block → score → cluster mentions of organisations and others.

Public entry points: ``keys.blocking_keys``, ``match.same_entity`` / ``match.score``,
``types.infer_org_type`` and ``cluster.resolve``.
"""
