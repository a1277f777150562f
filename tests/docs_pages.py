"""Hand-written pages under docs/ rendered as the build renders them: their macros over a given model, without MkDocs."""

from __future__ import annotations

from functools import cache
from pathlib import Path
from types import SimpleNamespace

from jinja2 import Environment, StrictUndefined
from mkdocs.config import load_config
from mkdocs.utils.meta import get_data

from macros.adapter.macro_functions import register
from macros.adapter.page_macros import render_page_macros
from macros.adapter.state import PLUGIN, BuildState
from macros.core.escape import front_matter
from macros.model.edition import BuildInfo
from macros.model.overlay import Overlay
from macros.model.records import Handbook
from macros.model.settings import read_settings
from macros.render.texts import handbook_texts
from tests.conftest import REPO

DOCS = REPO / "docs"


class _Env:
    """What the macros plugin gives register(): the config (with this build's state) and a macro registry."""

    def __init__(self, state: BuildState):
        self.conf = {"plugins": {PLUGIN: SimpleNamespace(state=state)}}
        self.macros: dict = {}

    def macro(self, function, name: str = ""):
        self.macros[name or function.__name__] = function
        return function


@cache
def _config():
    """mkdocs.yml as MkDocs reads it (pages may show its settings, e.g. config.extra.handbook.feedback)."""
    return load_config(str(REPO / "mkdocs.yml"))


def macro_pages() -> list[str]:
    """Every hand-written page that uses macros (front matter render_macros: true), by its path under docs/."""
    return sorted(p.relative_to(DOCS).as_posix() for p in DOCS.rglob("*.md")
                  if get_data(p.read_text(encoding="utf-8"))[1].get("render_macros") is True)


def render_docs_page(path: str, hb: Handbook, overlay: Overlay | None = None, info: BuildInfo | None = None,
                     pages: frozenset[str] = frozenset()) -> tuple[str, BuildState]:
    """docs/<path> with its macros rendered over hb (pages: every page of the site, for the change log's links; by
    default it links every page):
    the page as a file (its title as front matter, then the rendered Markdown) and the build state it used."""
    state = BuildState(read_settings(None, {}), REPO, hb, overlay, None, info or BuildInfo(), handbook_texts(),
                       documented=pages)
    env = _Env(state)
    register(env)
    jinja = Environment(undefined=StrictUndefined)
    jinja.globals.update(env.macros)
    markdown, meta = get_data((DOCS / path).read_text(encoding="utf-8"))
    page = SimpleNamespace(file=SimpleNamespace(src_uri=path))
    rendered = render_page_macros(jinja, markdown, {"config": _config(), "page": page, **meta}, f"docs/{path}")
    head = front_matter({"title": meta["title"]}) if "title" in meta else ""
    return head + rendered.lstrip("\n") + "\n", state


def docs_text(path: str) -> str:
    """The hand-written page's own text, as an editor sees it."""
    return Path(DOCS / path).read_text(encoding="utf-8")
