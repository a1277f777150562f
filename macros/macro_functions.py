"""The macros available to hand-written pages (opt in with `render_macros: true`)."""

from __future__ import annotations

from .render.glossary import render_source_register
from .state import handbook_for


def register(env) -> None:
    """Register macros that read the model loaded for this build."""
    hb = handbook_for(env.conf)

    @env.macro
    def count(what: str) -> int:
        """Number of guidelines, directions, lovkrav, principles, laws or terms."""
        directions = hb.directions()
        counts = {
            "guidelines": len(hb.guidelines),
            "directions": len(directions),
            "lovkrav": sum(1 for _, d in directions if d.kind == "lovkrav"),
            "anbefalinger": sum(1 for _, d in directions if d.kind == "anbefaling"),
            "principles": len(hb.principles),
            "laws": len(hb.laws),
            "terms": len(hb.terms),
            "methods": len(hb.methods),
        }
        return counts[what]

    @env.macro
    def source_register() -> str:
        """The full list of sources as a table."""
        return render_source_register(hb)
