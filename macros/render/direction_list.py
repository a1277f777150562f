"""Directions listed away from their guideline page (lovkrav lens, pathway): one list item each."""

from __future__ import annotations

from macros.core import links
from macros.core.escape import md_text
from macros.model.records import Direction, Guideline, Handbook
from macros.render.common import direction_text, kind_badge, law_links, status_label


def direction_item(hb: Handbook, g: Guideline, d: Direction, here: str) -> str:
    """A <li> with the direction's number (linked), badge, guideline, own text and law links."""
    guideline = f"[{g.number} {md_text(g.short_title)}]({links.relative(here, links.page('guideline', g.id))})"
    head = f"[Anvisning {d.id}]({links.to_direction(here, g.id, d.id)}) {kind_badge(d.kind)} i {guideline}"
    label = status_label(d.status, here)
    if label:
        head += f" {label}"
    lines = [
        f'<li class="direction-item direction-item--{d.kind}" data-direction="{d.id}" data-kind="{d.kind}" markdown="block">',
        "",
        head,
        "",
        # the text was written for the guideline page; its relative links must point from here
        links.rebase(direction_text(hb, d), links.page("guideline", g.id), here),
        "",
    ]
    if d.laws:
        lines += [f"**Lovgrundlag:** {law_links(hb, d.laws, here)}", ""]
    lines += ["</li>"]
    return "\n".join(lines)


def direction_list(hb: Handbook, pairs, here: str, css: str = "direction-list") -> str:
    """A <ul> of direction items from (guideline, direction) pairs."""
    items = "\n".join(direction_item(hb, g, d, here) for g, d in pairs)
    return f'<ul class="{css}" markdown="1">\n{items}\n</ul>\n'


def lovkrav_first(pairs):
    """Statutory directions first, each group in handbook order."""
    pairs = list(pairs)
    return [p for p in pairs if p[1].kind == "lovkrav"] + [p for p in pairs if p[1].kind != "lovkrav"]
