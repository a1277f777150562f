"""Every generated page as a value (render/page.py), from the model by pure render functions."""

from __future__ import annotations

from macros.model.edition import BuildInfo
from macros.model.overlay import Overlay
from macros.model.records import Handbook
from macros.render.accessibility import render_accessibility
from macros.render.changelog import render_changelog
from macros.render.changes import render_changes_overview
from macros.render.checklist import render_checklist
from macros.render.course import render_course, render_courses_index
from macros.render.favourites import render_favourites
from macros.render.flow import render_flow_pages
from macros.render.glossary import render_glossary
from macros.render.guideline import render_guideline
from macros.render.law import render_law, render_laws_index
from macros.render.local import render_local_page
from macros.render.lovkrav import render_lovkrav
from macros.render.matrix import render_matrix
from macros.render.method import render_method, render_methods_index
from macros.render.page import Page
from macros.render.pathway import render_pathway
from macros.render.principle import render_principle, render_principles_index
from macros.render.printpage import render_print
from macros.render.theme import render_guidelines_index, render_theme, render_themes_index
from macros.site.graphviz import dot_to_svg
from macros.site.open_data import render_open_data


def generated_pages(
    hb: Handbook, use_directory_urls: bool = True, draw=dot_to_svg,
    overlay: Overlay | None = None, narrative: tuple[tuple[str, str, str], ...] = (),
    info: BuildInfo | None = None,
) -> dict[str, Page]:
    """All pages the data generates, keyed by their path under docs/ (draw: DOT -> SVG for flow diagrams).

    overlay: a municipality's local boxes; narrative: (title, path, Markdown) of hand-written pages to print;
    info: edition and data history (the default is the clean fallback without git).
    """
    info = info or BuildInfo()
    pages = [
        render_guidelines_index(hb),
        render_principles_index(hb),
        render_laws_index(hb),
        render_themes_index(hb),
        render_glossary(hb),
        render_matrix(hb),
        render_lovkrav(hb),
        render_pathway(hb),
        *(render_guideline(hb, g, overlay, info) for g in hb.guidelines),
        render_print(hb, overlay, narrative),
        render_accessibility(overlay),
    ]
    if overlay is not None:
        pages.append(render_local_page(hb, overlay))
    pages += [render_principle(hb, p, info.versions) for p in hb.principles]
    pages += [render_law(hb, law, info.versions) for law in hb.laws]
    pages += [render_theme(hb, t) for t in hb.themes]
    # methods and changes are optional data: no records, no pages (and no nav entries)
    if hb.methods:
        pages.append(render_methods_index(hb))
        pages += [render_method(hb, m) for m in hb.methods]
    if hb.changes:
        pages.append(render_changes_overview(hb))
    # diagram links are raw SVG, which MkDocs does not rewrite: they need the URL style
    pages += render_flow_pages(hb, draw, use_directory_urls, info.versions)
    # trainer and self-assessment tools: courses are optional data; the checklist and favourites always exist
    if hb.courses:
        pages.append(render_courses_index(hb))
        pages += [render_course(hb, c) for c in hb.courses]
    pages += [render_checklist(hb), render_favourites(hb)]
    # open data and the change log (last: it links to the pages above); the editors' guide is in docs/redaktoer/
    pages.append(render_open_data(hb, info))
    pages.append(render_changelog(hb, info, frozenset(p.path for p in pages)))
    return {page.path: page for page in pages}
