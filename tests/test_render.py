"""Renderers: pure functions compared with expected-output files (UPDATE_GOLDEN=1 rewrites them)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from macros.load import load_handbook
from macros.pages import generated_pages

from .conftest import FIXTURE_DATA

EXPECTED = Path(__file__).parent / "expected"
UPDATE = os.environ.get("UPDATE_GOLDEN") == "1"


def _pages() -> dict[str, str]:
    return generated_pages(load_handbook(FIXTURE_DATA))


@pytest.mark.parametrize("path", sorted(_pages()))
def test_generated_page_matches_expected(path):
    rendered = _pages()[path]
    expected_file = EXPECTED / path
    if UPDATE:
        expected_file.parent.mkdir(parents=True, exist_ok=True)
        expected_file.write_text(rendered, encoding="utf-8")
    assert expected_file.exists(), f"no expected output for {path}; run UPDATE_GOLDEN=1 pytest tests/test_render.py"
    assert rendered == expected_file.read_text(encoding="utf-8")


def test_expected_files_have_no_orphans():
    rendered = set(_pages())
    on_disk = {p.relative_to(EXPECTED).as_posix() for p in EXPECTED.rglob("*.md")}
    assert on_disk == rendered, "remove expected files for pages that are no longer generated"


def test_rendering_is_deterministic():
    assert _pages() == _pages()
