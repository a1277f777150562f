"""One build's state: the checked settings, the model, the overlay, the data's history and the generated pages.

The plugin (adapter/plugin.py) creates it in on_config and keeps it for that build only; the macros of hand-written
pages are registered over it (adapter/macro_functions.py).
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

from macros.model.edition import BuildInfo
from macros.model.git_history import build_info, start_history
from macros.model.load import load_handbook
from macros.model.overlay import Overlay, load_overlay
from macros.model.records import Handbook
from macros.model.settings import Settings, read_settings
from macros.render.page import Page
from macros.render.texts import TEXTS_FILE, Texts, read_texts


@dataclass
class BuildState:
    """What one build knows: loaded once, in on_config, and read by every later step."""

    settings: Settings
    handbook: Handbook
    overlay: Overlay | None = None
    overlay_path: Path | None = None
    info: BuildInfo = field(default_factory=BuildInfo)
    texts: Texts | None = None  # the fixed sentences of the generated pages (docs/tekstblokke.md)
    pages: dict[str, Page] = field(default_factory=dict)  # the generated pages by path under docs/
    documented: frozenset[str] = frozenset()  # every page of the site, generated or hand-written
    page_assets: dict[str, set[str]] = field(default_factory=dict)  # scripts a hand-written page's macros need
    abbreviations: str | None = None  # the glossary's abbr definitions appended to every page


def load_state(config) -> BuildState:
    """Check the settings, then load the data, the overlay, the data's history and the fixed texts (SettingsError,
    DataError, TextsError)."""
    settings = read_settings((config.get("extra") or {}).get("handbook"), os.environ)
    root = Path(config.get("config_file_path") or "mkdocs.yml").resolve().parent  # relative settings start here
    data = settings.data_dir or root / "data"  # HANDBOOK_DATA points elsewhere in tests and benchmarks
    history = start_history(data)  # git reads the data's history while the data loads
    try:
        hb = load_handbook(data)
    finally:
        commits = history()  # waited for even when the data is bad: no git process outlives the build
    overlay_path = _overlay_path(settings, root)
    overlay = None
    if overlay_path is not None:
        shown = overlay_path.relative_to(root).as_posix() if overlay_path.is_relative_to(root) else str(overlay_path)
        overlay = load_overlay(overlay_path, hb, shown)
    texts = read_texts(Path(config.get("docs_dir") or root / "docs") / TEXTS_FILE)
    return BuildState(settings, hb, overlay, overlay_path, build_info(data, settings.edition, commits), texts)


def _overlay_path(settings: Settings, root: Path) -> Path | None:
    """The overlay file ($HANDBOOK_OVERLAY, else extra.handbook.overlay, relative to mkdocs.yml), or None."""
    if not settings.overlay:
        return None
    path = Path(settings.overlay)
    return path if path.is_absolute() else root / path

