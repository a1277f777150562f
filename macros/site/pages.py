"""Every generated page: source path -> Markdown, from the model by pure render functions."""

from __future__ import annotations

from macros.core import links
from macros.model.edition import BuildInfo
from macros.site.graphviz import dot_to_svg
from macros.model.records import Handbook
from macros.model.overlay import Overlay
from macros.render.accessibility import ACCESSIBILITY_PAGE, render_accessibility
from macros.render.changelog import render_changelog
from macros.render.changes import render_changes_overview
from macros.render.checklist import render_checklist
from macros.render.course import render_course, render_courses_index
from macros.render.favourites import render_favourites
from macros.render.flow import render_flow_pages
from macros.render.glossary import render_glossary
from macros.render.guideline import render_guideline
from macros.render.law import render_law, render_laws_index
from macros.render.local import LOCAL_PAGE, render_local_page
from macros.render.lovkrav import render_lovkrav
from macros.render.matrix import render_matrix
from macros.render.method import render_method, render_methods_index
from macros.site.open_data import render_open_data
from macros.render.pathway import render_pathway
from macros.render.principle import render_principle, render_principles_index
from macros.render.printpage import PRINT_PAGE, render_print
from macros.render.theme import render_guidelines_index, render_theme, render_themes_index


def generated_pages(
    hb: Handbook, use_directory_urls: bool = True, draw=dot_to_svg,
    overlay: Overlay | None = None, narrative: tuple[tuple[str, str, str], ...] = (),
    info: BuildInfo | None = None,
) -> dict[str, str]:
    """All pages the data generates, keyed by their path under docs/ (draw: DOT -> SVG for flow diagrams).

    overlay: a municipality's local boxes; narrative: (title, path, Markdown) of hand-written pages to print;
    info: edition and data history (the default is the clean fallback without git).
    """
    info = info or BuildInfo()
    pages = {
        links.index_page("guideline"): render_guidelines_index(hb),
        links.index_page("principle"): render_principles_index(hb),
        links.index_page("law"): render_laws_index(hb),
        links.index_page("theme"): render_themes_index(hb),
        links.GLOSSARY_PAGE: render_glossary(hb),
        links.MATRIX_PAGE: render_matrix(hb),
        links.LOVKRAV_PAGE: render_lovkrav(hb),
        links.PATHWAY_PAGE: render_pathway(hb),
    }
    pages.update({links.page("guideline", g.id): render_guideline(hb, g, overlay, info) for g in hb.guidelines})
    pages[PRINT_PAGE] = render_print(hb, overlay, narrative)
    pages[ACCESSIBILITY_PAGE] = render_accessibility(overlay)
    if overlay is not None:
        pages[LOCAL_PAGE] = render_local_page(hb, overlay)
    pages.update({links.page("principle", p.id): render_principle(hb, p, info.versions) for p in hb.principles})
    pages.update({links.page("law", law.id): render_law(hb, law, info.versions) for law in hb.laws})
    pages.update({links.page("theme", t.id): render_theme(hb, t) for t in hb.themes})
    # methods and changes are optional data: no records, no pages (and no nav entries)
    if hb.methods:
        pages[links.index_page("method")] = render_methods_index(hb)
        pages.update({links.page("method", m.id): render_method(hb, m) for m in hb.methods})
    if hb.changes:
        pages[links.CHANGES_PAGE] = render_changes_overview(hb)
    # diagram links are raw SVG, which MkDocs does not rewrite: they need the URL style
    pages.update(render_flow_pages(hb, draw, use_directory_urls, info.versions))
    # trainer and self-assessment tools: courses are optional data; the checklist and favourites always exist
    if hb.courses:
        pages[links.index_page("course")] = render_courses_index(hb)
        pages.update({links.page("course", c.id): render_course(hb, c) for c in hb.courses})
    pages[links.CHECKLIST_PAGE] = render_checklist(hb)
    pages[links.FAVOURITES_PAGE] = render_favourites(hb)
    # open data and the change log (last: it links to the pages above); the editors' guide is in docs/redaktoer/
    pages[links.DATA_PAGE] = render_open_data(hb, info)
    pages[links.CHANGELOG_PAGE] = render_changelog(hb, info, frozenset(pages))
    return pages
