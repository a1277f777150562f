"""Every generated page: source path -> Markdown, from the model by pure render functions."""

from __future__ import annotations

from . import links
from .model import Handbook
from .render.glossary import render_glossary
from .render.guideline import render_guideline
from .render.law import render_law, render_laws_index
from .render.principle import render_principle, render_principles_index
from .render.theme import render_guidelines_index, render_theme, render_themes_index


def generated_pages(hb: Handbook) -> dict[str, str]:
    """All pages the data generates, keyed by their path under docs/."""
    pages = {
        links.index_page("guideline"): render_guidelines_index(hb),
        links.index_page("principle"): render_principles_index(hb),
        links.index_page("law"): render_laws_index(hb),
        links.index_page("theme"): render_themes_index(hb),
        links.GLOSSARY_PAGE: render_glossary(hb),
    }
    pages.update({links.page("guideline", g.id): render_guideline(hb, g) for g in hb.guidelines})
    pages.update({links.page("principle", p.id): render_principle(hb, p) for p in hb.principles})
    pages.update({links.page("law", law.id): render_law(hb, law) for law in hb.laws})
    pages.update({links.page("theme", t.id): render_theme(hb, t) for t in hb.themes})
    return pages
