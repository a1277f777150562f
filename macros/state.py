"""The model loaded once per build, shared by the hook and the macros plugin."""

from __future__ import annotations

import os
from pathlib import Path

from .load import load_handbook
from .model import Handbook
from .overlay import Overlay, load_overlay, overlay_path

_cache: dict[int, Handbook] = {}
_overlays: dict[int, Overlay | None] = {}


def data_dir(config_file: str | None) -> Path:
    """data/ beside mkdocs.yml, unless HANDBOOK_DATA points elsewhere (tests, benchmarks)."""
    override = os.environ.get("HANDBOOK_DATA")
    if override:
        return Path(override)
    return Path(config_file or "mkdocs.yml").resolve().parent / "data"


def handbook_for(config) -> Handbook:
    """The handbook for this build's config object, loaded on first use."""
    key = id(config)
    if key not in _cache:
        _cache.clear()  # one build at a time: drop the previous build's model
        _cache[key] = load_handbook(data_dir(config.get("config_file_path")))
    return _cache[key]


def overlay_for(config) -> Overlay | None:
    """This build's municipal overlay ($HANDBOOK_OVERLAY or extra.handbook.overlay), or None; checked on first use."""
    key = id(config)
    if key not in _overlays:
        _overlays.clear()
        root = Path(config.get("config_file_path") or "mkdocs.yml").resolve().parent
        settings = (config.get("extra") or {}).get("handbook") or {}
        path = overlay_path(root, settings.get("overlay"))
        if path is None:
            _overlays[key] = None
        else:
            shown = path.relative_to(root).as_posix() if path.is_relative_to(root) else str(path)
            _overlays[key] = load_overlay(path, handbook_for(config), shown)
    return _overlays[key]
