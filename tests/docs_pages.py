"""Render a hand-written page's macros the way the build does, against any data, without a whole build."""

from __future__ import annotations

import os
from functools import cache
from pathlib import Path
from types import SimpleNamespace
from unittest import mock

from jinja2 import Environment, StrictUndefined
from mkdocs.config import load_config
from mkdocs.utils.meta import get_data

from macros.adapter import macro_functions
from macros.adapter.page_macros import render_page_macros
from macros.adapter.state import BuildState, load_state
from macros.model.edition import BuildInfo
from macros.model.overlay import Overlay
from macros.model.records import Handbook
from macros.model.settings import read_settings
from macros.render.texts import handbook_texts
from tests.conftest import REPO

DOCS = REPO / "docs"


@cache
def _config():
    """mkdocs.yml as MkDocs reads it (a page may show its settings, e.g. config.extra.handbook.feedback)."""
    return load_config(str(REPO / "mkdocs.yml"))


def page_state(data: Path | Handbook, overlay: Overlay | None = None, info: BuildInfo | None = None,
               pages: frozenset[str] = frozenset()) -> BuildState:
    """What the plugin's on_config keeps for a build: from a data folder as the build loads it (with its history),
    or around a handbook made in the test (with overlay, history and the site's pages as given)."""
    if isinstance(data, Path):
        conf = {"extra": {"handbook": {}}, "config_file_path": str(REPO / "mkdocs.yml"), "docs_dir": str(DOCS)}
        with mock.patch.dict(os.environ, {"HANDBOOK_DATA": str(data)}):
            return load_state(conf)
    return BuildState(read_settings(None, {}), data, overlay, None, info or BuildInfo(), handbook_texts(),
                      documented=pages)


def registered_macros(state: BuildState) -> dict:
    """The macros the build registers for this state."""
    return macro_functions.register(state)


def render_with_state(rel: str, data: Path | Handbook, docs: Path = DOCS, **facts) -> tuple[str, BuildState]:
    """The Markdown of docs/<rel> below its front matter, its macros rendered against the data (facts: overlay, info,
    pages, see page_state), and the build state the macros used (e.g. the scripts they asked for)."""
    markdown, meta = get_data((docs / rel).read_text(encoding="utf-8"))
    assert meta.get("render_macros") is True, f"docs/{rel} does not opt in to macros"
    state = page_state(data, **facts)
    page = SimpleNamespace(file=SimpleNamespace(src_uri=rel))
    variables = {"config": _config(), **registered_macros(state), "page": page, **meta}
    return render_page_macros(Environment(undefined=StrictUndefined), markdown, variables, f"docs/{rel}"), state


def render_docs_page(rel: str, data: Path | Handbook, docs: Path = DOCS, **facts) -> str:
    """The Markdown of docs/<rel> below its front matter, with its macros rendered against the data."""
    return render_with_state(rel, data, docs, **facts)[0]


def macro_pages() -> list[str]:
    """Every hand-written page that uses macros (front matter render_macros: true), by its path under docs/."""
    return sorted(p.relative_to(DOCS).as_posix() for p in DOCS.rglob("*.md")
                  if get_data(p.read_text(encoding="utf-8"))[1].get("render_macros") is True)
