"""The adapter plugin (macros/adapter/plugin.py): what it does around MkDocs's own steps, in a real build."""

from __future__ import annotations

import gc
import shutil

import pytest
from mkdocs.commands.build import build
from mkdocs.config import load_config
from mkdocs.exceptions import Abort

from macros.adapter import plugin
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


@pytest.fixture
def collector_during(monkeypatch) -> dict[str, bool]:
    """Whether the garbage collector was on while the plugin loaded the data, made the pages and enriched the index."""
    seen: dict[str, bool] = {}

    def watch(name: str):
        step = getattr(plugin, name)

        def watched(*args, **kwargs):
            seen[name] = gc.isenabled()
            return step(*args, **kwargs)
        return watched

    for name in ("load_state", "generated_pages", "enrich"):
        monkeypatch.setattr(plugin, name, watch(name))
    return seen


def test_the_model_is_frozen_for_the_build_and_handed_back_after_it(tmp_path, freezes, collector_during):
    """Frozen, the loaded model and the generated pages are not scanned at every collection; `mkdocs serve` builds
    again in the same process, so nothing stays frozen after a build. Our own steps run without the collector."""
    build(load_config(str(REPO / "mkdocs.yml"), site_dir=str(tmp_path / "site")))
    # after loading, after the generated pages, after the pages are written (before the search index is enriched)
    assert len(freezes) == 3 and 0 < freezes[0] < freezes[1] < freezes[2]
    assert gc.get_freeze_count() == 0
    assert collector_during == {"load_state": False, "generated_pages": False, "enrich": False}
    assert gc.isenabled()


def test_bad_data_gives_the_collector_back(tmp_path, monkeypatch, caplog):
    monkeypatch.setenv("HANDBOOK_DATA", str(tmp_path / "empty"))
    (tmp_path / "empty").mkdir()
    with pytest.raises(Abort):
        build(load_config(str(REPO / "mkdocs.yml"), site_dir=str(tmp_path / "site")))
    assert "Data error(s):" in caplog.text and "empty/guidelines: missing" in caplog.text
    assert gc.isenabled()


def test_a_failed_build_hands_its_objects_back_too(tmp_path, freezes, caplog):
    docs = tmp_path / "docs"
    shutil.copytree(REPO / "docs", docs)
    (docs / "fejl.md").write_text("---\nrender_macros: true\n---\n# Fejl\n\n{{ no_such_macro() }}\n", encoding="utf-8")
    with pytest.raises(Abort):
        build(load_config(str(REPO / "mkdocs.yml"), docs_dir=str(docs), site_dir=str(tmp_path / "site")))
    assert "docs/fejl.md: line 6: 'no_such_macro' is undefined" in caplog.text
    assert freezes and gc.get_freeze_count() == 0
