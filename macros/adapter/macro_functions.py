"""The macros available to hand-written pages (opt in with `render_macros: true`)."""

from __future__ import annotations

from jinja2 import pass_context

from macros.adapter.state import build_state
from macros.editors import guide
from macros.editors.worklist_page import open_items, render_worklist
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

    register_editors_guide(env, hb)


def _here(context) -> str:
    """The source path of the page being rendered, e.g. redaktoer/index.md: links are written relative to it."""
    return context["page"].file.src_uri


def register_editors_guide(env, hb) -> None:
    """The tables and lists of the editors' guide (docs/redaktoer/); the sentences around them are in the pages."""
    for pure in (guide.status_definitions, guide.error_example, guide.field_reference, guide.record_templates,
                 guide.error_sections):
        env.macro(pure)

    @env.macro
    @pass_context
    def collection_rows(context) -> str:
        """The rows of the table of data collections."""
        return guide.collection_rows(hb, _here(context))

    @env.macro
    def id_examples(guideline: str, direction: str) -> str:
        """Two list items with a real guideline's file and page and a real direction's anchor."""
        return guide.id_examples(hb, guideline, direction)

    @env.macro
    def worklist_count() -> str:
        """How many items are open, by status."""
        return open_items(hb)

    @env.macro
    @pass_context
    def worklist(context, check: dict, principles_where: str, unknown_page: str, empty: str) -> str:
        """The open items of the worklist, grouped by guideline."""
        return render_worklist(hb, _here(context), check, principles_where, unknown_page, empty)
