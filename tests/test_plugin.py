"""The adapter plugin (macros/adapter/plugin.py): what it does around MkDocs's own steps, in a real build."""

from __future__ import annotations

import gc
import shutil

import pytest
from mkdocs.commands.build import build
from mkdocs.config import load_config
from mkdocs.exceptions import Abort

from tests.conftest import REPO


@pytest.fixture
def freezes(monkeypatch) -> list[int]:
    """How many objects were frozen after each gc.freeze() the build made."""
    counts: list[int] = []
    freeze = gc.freeze

    def counted() -> None:
        freeze()
        counts.append(gc.get_freeze_count())

    monkeypatch.setattr(gc, "freeze", counted)
    yield counts
    gc.unfreeze()  # whatever happened, the tests after this one get an ordinary collector


def test_the_model_is_frozen_for_the_build_and_handed_back_after_it(tmp_path, freezes):
    """Frozen, the loaded model and the generated pages are not scanned at every collection; `mkdocs serve` builds
    again in the same process, so nothing stays frozen after a build."""
    build(load_config(str(REPO / "mkdocs.yml"), site_dir=str(tmp_path / "site")))
    # after loading, after the generated pages, after the pages are written (before the search index is enriched)
    assert len(freezes) == 3 and 0 < freezes[0] < freezes[1] < freezes[2]
    assert gc.get_freeze_count() == 0


def test_a_failed_build_hands_its_objects_back_too(tmp_path, freezes, caplog):
    docs = tmp_path / "docs"
    shutil.copytree(REPO / "docs", docs)
    (docs / "fejl.md").write_text("---\nrender_macros: true\n---\n# Fejl\n\n{{ no_such_macro() }}\n", encoding="utf-8")
    with pytest.raises(Abort):
        build(load_config(str(REPO / "mkdocs.yml"), docs_dir=str(docs), site_dir=str(tmp_path / "site")))
    assert "docs/fejl.md: line 6: 'no_such_macro' is undefined" in caplog.text
    assert freezes and gc.get_freeze_count() == 0
