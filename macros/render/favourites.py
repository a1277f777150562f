"""The favourites page: every guideline and direction listed hidden; the favourites section of assets/handbook.js shows the chosen ones."""

from __future__ import annotations

from macros.core import links
from macros.core.escape import md_text
from macros.core.plain import first_sentence
from macros.model.records import Handbook
from macros.render.common import kind_badge
from macros.render.page import Page


def guideline_key(guideline_id: str) -> str:
    """The stored key of a favourite guideline, e.g. g:3-4 (the favourites section of assets/handbook.js builds the same)."""
    return f"g:{guideline_id}"


def direction_key(direction_id: str) -> str:
    """The stored key of a favourite direction, e.g. d:3.4.2."""
    return f"d:{direction_id}"


def render_favourites(hb: Handbook) -> Page:
    """The Markdown page; the list of everything is server-made, so links work in every build (also file://)."""
    here = links.FAVOURITES_PAGE
    parts = [
        "# Mine favoritter",
        "",
        "Marker en retningslinje eller en anvisning som favorit med stjernen ☆ ved siden af den. "
        "Så samles de her, og du kan hurtigt finde dem igen.",
        "",
        "Favoritterne gemmes kun i denne browser på denne enhed. Intet sendes til en server.",
        "",
        '<p class="favourites-nojs">Favoritter kræver, at JavaScript er slået til i browseren.</p>',
        "",
        '<p class="favourites-status" data-favourites-status role="status"></p>',
        "",
        # every candidate is here but hidden (and kept out of search: a <section>, because the theme's search
        # ends an exclusion at the first closing tag of the same name); the script unhides the favourites
        '<section class="favourites" data-favourites data-search-exclude markdown>',
        "",
    ]
    for g in hb.guidelines:
        page = links.page("guideline", g.id)
        parts += [
            f'<div class="fav-item fav-item--guideline" data-fav="{guideline_key(g.id)}" hidden markdown>',
            "",
            f"[{g.number} {md_text(g.title)}]({links.relative(here, page)}) <span class=\"fav-item__type\">Retningslinje</span>",
            "",
            "</div>",
            "",
        ]
        for d in g.directions:
            parts += [
                f'<div class="fav-item fav-item--direction" data-fav="{direction_key(d.id)}" hidden markdown>',
                "",
                f"[Anvisning {d.id}]({links.to_direction(here, g.id, d.id)}) {kind_badge(d.kind)} "
                f"i {g.number} {md_text(g.short_title)}: {md_text(first_sentence(d.text))}",
                "",
                "</div>",
                "",
            ]
    parts += ["</section>", ""]
    return Page(here, "Mine favoritter", "\n".join(parts))
