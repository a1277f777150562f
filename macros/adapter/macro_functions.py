"""The macros available to hand-written pages (opt in with `render_macros: true`)."""

from __future__ import annotations

from jinja2 import pass_context

from macros.adapter.state import build_state
from macros.render.flow import render_flow_embed
from macros.render.glossary import render_source_register


def register(env) -> None:
    """Register macros that read the model loaded for this build."""
    hb = build_state(env.conf).handbook

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
        if what not in counts:
            raise ValueError(f"count('{what}'): unknown; use one of: {', '.join(counts)}")
        return counts[what]

    @env.macro
    @pass_context  # the page comes from the template's own context: macros/adapter/plugin.py renders pages itself
    def flow(context, flow_id: str) -> str:
        """A decision flow's step-by-step text, for a hand-written page: {{ flow("afgoerelse") }}."""
        found = hb.index.flows.get(flow_id)
        if found is None:
            known = ", ".join(f.id for f in hb.flows)
            raise ValueError(f"flow('{flow_id}'): no such flow in data/flows/; use one of: {known}")
        return render_flow_embed(hb, found, context["page"].file.src_uri)

    @env.macro
    def source_register() -> str:
        """The full list of sources as a table."""
        return render_source_register(hb)
