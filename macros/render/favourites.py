"""The favourites page's list (docs/favoritter.md): every guideline and direction listed hidden; the favourites
section of assets/handbook.js shows the chosen ones."""

from __future__ import annotations

from macros.core import links
from macros.core.escape import md_text
from macros.core.plain import first_sentence
from macros.model.records import Handbook
from macros.render.common import kind_badge


def guideline_key(guideline_id: str) -> str:
    """The stored key of a favourite guideline, e.g. g:3-4 (the favourites section of assets/handbook.js builds the same)."""
    return f"g:{guideline_id}"


def direction_key(direction_id: str) -> str:
    """The stored key of a favourite direction, e.g. d:3.4.2."""
    return f"d:{direction_id}"


def favourites(hb: Handbook, here: str) -> str:
    """Every guideline and direction, hidden; the favourites section of assets/handbook.js shows the chosen ones.

    The list is made on the server, so its links work in every build (also file://)."""
    parts = [
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
    return "\n".join(parts)
