"""mkdocs-macros entry point: register a few macros over the already loaded model."""

from __future__ import annotations


def define_env(env):
    """Called by mkdocs-macros once per build; the handbook plugin has already loaded the model."""
    from macros.adapter.macro_functions import register

    register(env)
