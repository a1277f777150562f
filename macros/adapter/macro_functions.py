"""The macros available to hand-written pages (opt in with `render_macros: true`).

A page that exists once is written by hand under docs/ and calls these for what comes from data: counts, tables,
lists, and facts of this build (its overlay, its history). Each macro hands the model to a pure renderer in
render/ or site/; what it returns is Markdown with the data escaped, never rendered as a template again.
"""

from __future__ import annotations

from collections.abc import Callable

from jinja2 import pass_context

from macros.adapter.state import BuildState
from macros.core import links
from macros.editors import guide
from macros.editors.worklist_page import open_items, render_worklist
from macros.render.accessibility import statement
from macros.render.changelog import changelog
from macros.render.changes import changes_sources, changes_tables, theme_links
from macros.render.checklist import checklist
from macros.render.common import guideline_or_text, law_or_text
from macros.render.course import course_list
from macros.render.favourites import favourites
from macros.render.flow import flow_list, render_flow_embed
from macros.render.glossary import glossary, render_source_register
from macros.render.law import law_list
from macros.render.lovkrav import lovkrav, lovkrav_by_law, lovkrav_by_phase, lovkrav_guideline_count, lovkrav_jump
from macros.render.matrix import render_matrix_table
from macros.render.method import methods_named_in_2020, methods_table
from macros.render.pathway import date_tool, pathway_chooser, pathway_phases, unbound_guidelines
from macros.render.principle import principle_list
from macros.render.theme import guidelines_by_chapter, theme_list, theme_sources
from macros.site.open_data import open_data


class Macros(dict):
    """The macros of hand-written pages by name, as the templates call them."""

    def macro(self, function: Callable, name: str = "") -> Callable:
        """Add a macro under its function's name or the name given (usable as a decorator)."""
        self[name or function.__name__] = function
        return function


def register(state: BuildState) -> Macros:
    """The macros over the model loaded for this build."""
    hb = state.handbook
    macros = Macros()

    def on_page(render: Callable[..., str], name: str, needs: str | None = None) -> None:
        """Register render(here, *args) as a macro that renders for the page it stands on (needs: a script it uses)."""

        @pass_context  # the page comes from the template's own context: macros/adapter/plugin.py renders pages itself
        def macro(context, *args):
            here = _here(context)
            if needs:
                state.page_assets.setdefault(here, set()).add(needs)
            return render(here, *args)

        macros.macro(macro, name)

    @macros.macro
    def count(what: str) -> int:
        """Number of guidelines, directions, lovkrav, principles, laws, terms and the other collections."""
        directions = hb.directions()
        counts = {
            "guidelines": len(hb.guidelines),
            "directions": len(directions),
            "lovkrav": len(lovkrav(hb)),
            "anbefalinger": sum(1 for _, d in directions if d.kind == "anbefaling"),
            "principles": len(hb.principles),
            "themes": len(hb.themes),
            "phases": len(hb.phases),
            "laws": len(hb.laws),
            "terms": len(hb.terms),
            "methods": len(hb.methods),
            "flows": len(hb.flows),
            "changes": len(hb.changes),
            "sources": len(hb.sources),
            "courses": len(hb.courses),
            "guidelines_with_lovkrav": lovkrav_guideline_count(hb),
            "guidelines_without_phase": len(hb.index.phase_guidelines(None)),
            "methods_named_in_2020": methods_named_in_2020(hb),
        }
        if what not in counts:
            raise ValueError(f"count('{what}'): unknown; use one of: {', '.join(counts)}")
        return counts[what]

    @macros.macro
    @pass_context
    def flow(context, flow_id: str) -> str:
        """A decision flow's step-by-step text, for a hand-written page: {{ flow("afgoerelse") }}."""
        found = hb.index.flows.get(flow_id)
        if found is None:
            known = ", ".join(f.id for f in hb.flows)
            raise ValueError(f"flow('{flow_id}'): no such flow in data/flows/; use one of: {known}")
        return render_flow_embed(hb, found, context["page"].file.src_uri)

    @macros.macro
    def source_register() -> str:
        """The full list of sources as a table."""
        return render_source_register(hb)

    # facts of this build, each part ready to place in Markdown: {% set s = accessibility(gennemgaaet) %}
    macros.macro(lambda reviewed: statement(state.overlay, reviewed), "accessibility")
    macros.macro(lambda: open_data(hb, state.info), "open_data")
    macros.macro(lambda: changelog(hb, state.info, state.documented or None), "changelog")  # None: before on_files
    macros.macro(lambda *ids: changes_sources(hb, ids), "changes_sources")
    macros.macro(lambda: theme_sources(hb), "theme_sources")
    macros.macro(lambda: glossary(hb), "glossary")
    macros.macro(lambda: lovkrav_jump(hb), "lovkrav_jump")
    macros.macro(lambda: pathway_chooser(hb), "pathway_chooser")

    # links, lists and tables, written for the page they stand on
    on_page(lambda here, ref, text: law_or_text(hb, ref, here, text), "law")
    on_page(lambda here, guideline_id, text: guideline_or_text(hb, guideline_id, here, text), "guideline")
    on_page(lambda here: theme_links(hb, here), "theme_links")
    on_page(lambda here: changes_tables(hb, here), "changes_tables")
    on_page(lambda here, tool, label: date_tool(tool, label), "date_tool", needs=links.TOOLS_JS)
    on_page(lambda here: pathway_phases(hb, here, state.texts), "pathway_phases")
    on_page(lambda here: unbound_guidelines(hb, here), "unbound_guidelines")
    on_page(lambda here: lovkrav_by_phase(hb, here, state.texts), "lovkrav_by_phase")
    on_page(lambda here: lovkrav_by_law(hb, here), "lovkrav_by_law")
    on_page(lambda here, caption: render_matrix_table(hb, here, caption), "matrix_table")
    on_page(lambda here: methods_table(hb, here), "methods_table")
    on_page(lambda here: course_list(hb, here), "course_list")
    on_page(lambda here: checklist(hb, here, state.texts), "checklist", needs=links.TOOLS_JS)
    on_page(lambda here: favourites(hb, here), "favourites")
    on_page(lambda here: principle_list(hb, here), "principle_list")
    on_page(lambda here: law_list(hb, here), "law_list")
    on_page(lambda here: theme_list(hb, here), "theme_list")
    on_page(lambda here: guidelines_by_chapter(hb, here), "guidelines_by_chapter")
    on_page(lambda here: flow_list(hb, here), "flow_list")

    register_editors_guide(macros, hb)
    return macros


def _here(context) -> str:
    """The source path of the page being rendered, e.g. redaktoer/index.md: links are written relative to it."""
    return context["page"].file.src_uri


def register_editors_guide(macros: Macros, hb) -> None:
    """The tables and lists of the editors' guide (docs/redaktoer/); the sentences around them are in the pages."""
    for pure in (guide.status_definitions, guide.error_example, guide.field_reference, guide.record_templates,
                 guide.error_sections):
        macros.macro(pure)

    @macros.macro
    @pass_context
    def collection_rows(context) -> str:
        """The rows of the table of data collections."""
        return guide.collection_rows(hb, _here(context))

    @macros.macro
    def id_examples(guideline: str, direction: str) -> str:
        """Two list items with a real guideline's file and page and a real direction's anchor."""
        return guide.id_examples(hb, guideline, direction)

    @macros.macro
    def worklist_count() -> str:
        """How many items are open, by status."""
        return open_items(hb)

    @macros.macro
    @pass_context
    def worklist(context, check: dict, principles_where: str, unknown_page: str, empty: str) -> str:
        """The open items of the worklist, grouped by guideline."""
        return render_worklist(hb, _here(context), check, principles_where, unknown_page, empty)
