"""This build's settings, model and overlay, loaded once per build and shared by the hook and the macros plugin."""

from __future__ import annotations

import os
from pathlib import Path

from macros.model.edition import BuildInfo
from macros.model.git_history import read_build_info
from macros.model.load import load_handbook
from macros.model.overlay import Overlay, load_overlay
from macros.model.records import Handbook
from macros.model.settings import Settings, read_settings

_settings: dict[int, Settings] = {}
_cache: dict[int, Handbook] = {}
_overlays: dict[int, Overlay | None] = {}


def settings_for(config) -> Settings:
    """The checked settings for this build's config object (raises SettingsError on a bad value)."""
    key = id(config)
    if key not in _settings:
        _settings.clear()  # one build at a time
        _settings[key] = read_settings((config.get("extra") or {}).get("handbook"), os.environ)
    return _settings[key]


def project_root(config) -> Path:
    """The folder of mkdocs.yml: relative settings are read from here."""
    return Path(config.get("config_file_path") or "mkdocs.yml").resolve().parent


def data_dir(config) -> Path:
    """data/ beside mkdocs.yml, unless HANDBOOK_DATA points elsewhere (tests, benchmarks)."""
    return settings_for(config).data_dir or project_root(config) / "data"


def overlay_file(config) -> Path | None:
    """The overlay file ($HANDBOOK_OVERLAY, else extra.handbook.overlay, relative to mkdocs.yml), or None."""
    chosen = settings_for(config).overlay
    if not chosen:
        return None
    path = Path(chosen)
    return path if path.is_absolute() else project_root(config) / path


def handbook_for(config) -> Handbook:
    """The handbook for this build's config object, loaded on first use."""
    key = id(config)
    if key not in _cache:
        _cache.clear()  # one build at a time: drop the previous build's model
        _cache[key] = load_handbook(data_dir(config))
    return _cache[key]


def overlay_for(config) -> Overlay | None:
    """This build's municipal overlay, or None; checked on first use."""
    key = id(config)
    if key not in _overlays:
        _overlays.clear()
        path = overlay_file(config)
        if path is None:
            _overlays[key] = None
        else:
            root = project_root(config)
            shown = path.relative_to(root).as_posix() if path.is_relative_to(root) else str(path)
            _overlays[key] = load_overlay(path, handbook_for(config), shown)
    return _overlays[key]


def build_info_for(config) -> BuildInfo:
    """This build's edition (mkdocs.yml extra.handbook.edition), the history of its data folder and its versions."""
    return read_build_info(data_dir(config), settings_for(config).edition)
