"""Every generated page as a value (render/page.py), from the model by pure render functions.

A page per record, the print page and the local page are generated. A page that exists once (the overviews, the
lovkrav page, the accessibility statement, …) is hand-written under docs/, with macros for what comes from data
(adapter/macro_functions.py); those about optional data are left out when the data has none (pages_without_data).
"""

from __future__ import annotations

from macros.core import links
from macros.model.edition import BuildInfo
from macros.model.overlay import Overlay
from macros.model.records import Handbook
from macros.render.course import render_course
from macros.render.flow import render_flow_pages
from macros.render.guideline import render_guideline
from macros.render.law import render_law
from macros.render.local import render_local_page
from macros.render.method import render_method
from macros.render.page import Page
from macros.render.principle import render_principle
from macros.render.printpage import render_print
from macros.render.texts import Texts, handbook_texts
from macros.render.theme import render_theme
from macros.site.graphviz import dot_to_svg


def generated_pages(
    hb: Handbook, use_directory_urls: bool = True, draw=dot_to_svg,
    overlay: Overlay | None = None, narrative: tuple[tuple[str, str, str], ...] = (),
    info: BuildInfo | None = None, texts: Texts | None = None,
) -> dict[str, Page]:
    """All pages the data generates, keyed by their path under docs/ (draw: DOT -> SVG for flow diagrams).

    overlay: a municipality's local boxes; narrative: (title, path, Markdown) of hand-written pages to print;
    info: edition and data history (the default is the clean fallback without git);
    texts: the fixed sentences of docs/tekstblokke.md (the default is this repository's).
    """
    info = info or BuildInfo()
    texts = texts or handbook_texts()
    pages = [
        *(render_guideline(hb, g, overlay, info, texts) for g in hb.guidelines),
        render_print(hb, overlay, narrative, texts),
    ]
    if overlay is not None:
        pages.append(render_local_page(hb, overlay, texts))
    pages += [render_principle(hb, p, info.versions, texts) for p in hb.principles]
    pages += [render_law(hb, law, info.versions, texts) for law in hb.laws]
    pages += [render_theme(hb, t) for t in hb.themes]
    pages += [render_method(hb, m, texts) for m in hb.methods]
    # diagram links are raw SVG, which MkDocs does not rewrite: they need the URL style
    pages += render_flow_pages(hb, draw, use_directory_urls, info.versions, texts)
    pages += [render_course(hb, c, texts) for c in hb.courses]
    return {page.path: page for page in pages}


def pages_without_data(hb: Handbook) -> frozenset[str]:
    """Hand-written overviews of optional data this dataset lacks: no records, no page (and no nav entry)."""
    optional = {
        links.index_page("method"): hb.methods,
        links.CHANGES_PAGE: hb.changes,
        links.index_page("flow"): hb.flows,
        links.index_page("course"): hb.courses,
    }
    return frozenset(path for path, records in optional.items() if not records)
