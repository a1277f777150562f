"""Render a hand-written page's macros the way the build does, against any data folder, without a whole build."""

from __future__ import annotations

import os
from pathlib import Path
from types import SimpleNamespace
from unittest import mock

from jinja2 import Environment, StrictUndefined
from mkdocs.utils.meta import get_data

from macros.adapter import macro_functions
from macros.adapter.page_macros import render_page_macros
from macros.adapter.state import PLUGIN, load_state
from tests.conftest import REPO


class _Env:
    """The part of mkdocs-macros' env that macros/adapter/macro_functions.py uses: the config and macro()."""

    def __init__(self, conf: dict):
        self.conf = conf
        self.macros: dict = {}

    def macro(self, function, name: str = ""):
        self.macros[name or function.__name__] = function
        return function


def registered_macros(data: Path) -> dict:
    """The macros the build registers, reading the handbook in `data`."""
    conf = {"extra": {"handbook": {}}, "config_file_path": str(REPO / "mkdocs.yml")}
    with mock.patch.dict(os.environ, {"HANDBOOK_DATA": str(data)}):
        conf["plugins"] = {PLUGIN: SimpleNamespace(state=load_state(conf))}  # what the plugin's on_config keeps
    env = _Env(conf)
    macro_functions.register(env)
    return env.macros


def render_docs_page(rel: str, data: Path, docs: Path = REPO / "docs") -> str:
    """The Markdown of docs/<rel> below its front matter, with its macros rendered against the data in `data`."""
    markdown, meta = get_data((docs / rel).read_text(encoding="utf-8"))
    assert meta.get("render_macros") is True, f"docs/{rel} does not opt in to macros"
    page = SimpleNamespace(file=SimpleNamespace(src_uri=rel))
    return render_page_macros(Environment(undefined=StrictUndefined), markdown,
                              {**registered_macros(data), "page": page}, f"docs/{rel}")
