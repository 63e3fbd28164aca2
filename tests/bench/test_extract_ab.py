"""The A/B benchmark's second copy of the package: another revision, importable beside this one."""

from __future__ import annotations

from bench.extract_ab import BASE_PKG, export_base, rename_imports


def test_rename_points_package_references_at_the_copy():
    src = ("from ngo_atlas.extract.text import CI\nimport ngo_atlas.lang.polish as p\n"
           "x = 'ngo_atlas_settings'  # another name that only starts alike\n")
    out = rename_imports(src)
    assert f"from {BASE_PKG}.extract.text import CI" in out
    assert f"import {BASE_PKG}.lang.polish as p" in out
    assert "'ngo_atlas_settings'" in out


def test_export_writes_a_renamed_package(tmp_path):
    pkg = export_base("HEAD", tmp_path)
    assert pkg.name == BASE_PKG and (pkg / "extract" / "pipeline.py").is_file()
    assert (pkg / "extract" / "data").is_dir()  # the trained models travel with the code
    pipeline = (pkg / "extract" / "pipeline.py").read_text(encoding="utf-8")
    assert "from ngo_atlas." not in pipeline and f"from {BASE_PKG}." in pipeline
