"""A municipality's 'Sådan gør vi' boxes and its local page, always apart from the national text."""

from __future__ import annotations

from macros.core import links
from macros.core.escape import html_text, md_attr, md_text
from macros.core.links import Remap, rebase
from macros.model.edition import danish_date
from macros.model.overlay import LocalBox, Overlay
from macros.model.records import Handbook
from macros.render.page import Page
from macros.render.texts import Texts, handbook_texts

LOCAL_PAGE = "lokalt.md"


def local_label(overlay: Overlay) -> str:
    """The label every local box carries, e.g. 'Sådan gør vi i Eksempel Kommune' (plain text)."""
    return f"Sådan gør vi i {overlay.municipality}"


def box_home(hb: Handbook, target: str) -> str:
    """The guideline page a box belongs on (its own guideline, or its direction's)."""
    guideline_id = target if "-" in target else "-".join(target.split(".")[:2])
    return links.page("guideline", hb.guideline(guideline_id).id)


def render_box(hb: Handbook, overlay: Overlay, box: LocalBox, from_page: str, remap: Remap | None = None,
               number: int = 1, searched: bool = True, texts: Texts | None = None) -> str:
    """One local box as an <aside> (number: its place among the boxes at the same target, for its anchor);
    its links are written for the guideline page and rebased here. searched=False: part of another search entry."""
    texts = texts or handbook_texts()
    text = rebase(box.text.strip(), box_home(hb, box.target), from_page, remap)
    anchor = links.local_box_anchor(box.target, number)
    return "\n".join([
        f'<aside class="local-box" id="{md_attr(anchor)}" data-local-target="{md_attr(box.target)}" '
        f'aria-label="{md_attr(local_label(overlay))}: {md_attr(box.title)}"{"" if searched else " data-search-exclude"} markdown>',
        "",
        f'<p class="local-box__label">{html_text(local_label(overlay))}</p>',
        "",
        f"**{md_text(box.title)}**",
        "{ .local-box__title }",
        "",
        text,
        "",
        texts("lokal-boks-fod", kommune=md_text(overlay.municipality), dato=danish_date(box.updated)),
        "{ .local-box__meta }",
        "",
        "</aside>",
        "",
    ])


def render_boxes(hb: Handbook, overlay: Overlay | None, target: str, from_page: str, remap: Remap | None = None,
                 searched: bool = True, texts: Texts | None = None) -> str:
    """Every local box for one guideline or direction id ('' without an overlay)."""
    if overlay is None:
        return ""
    return "\n".join(render_box(hb, overlay, box, from_page, remap, number, searched, texts)
                     for number, box in enumerate(overlay.boxes_for(target), start=1))


def contact_lines(contact) -> list[str]:
    """A contact as short Markdown list items."""
    lines = [f"- {md_text(contact.name)}"]
    if contact.phone:
        lines.append(f"- Telefon: {md_text(contact.phone)}")
    if contact.email:
        lines.append(f"- E-mail: [{md_text(contact.email)}](mailto:{contact.email})")
    if contact.url:
        lines.append(f"- Hjemmeside: [{contact.url}]({contact.url})")
    return lines


def render_local_page(hb: Handbook, overlay: Overlay, texts: Texts | None = None) -> Page:
    """The municipality's page: contact, quality standard and every local box with a link to its place."""
    texts = texts or handbook_texts()
    here = LOCAL_PAGE
    municipality = md_text(overlay.municipality)
    parts = [
        f"# {md_text(local_label(overlay))}",
        "",
        f'<div class="local-page" data-municipality="{md_attr(overlay.municipality)}" markdown>',
        "",
        texts("lokal-side-intro", kommune=municipality),
        "",
        f"Lokale oplysninger senest ændret {danish_date(overlay.date)}.",
        "",
    ]
    if overlay.contact:
        parts += ["## Kontakt", "", *contact_lines(overlay.contact), ""]
    if overlay.quality_standard:
        parts += [
            "## Kvalitetsstandard",
            "",
            texts("lokal-kvalitetsstandard", kommune=municipality),
            "",
            f"[Læs {municipality}s kvalitetsstandard]({overlay.quality_standard})",
            "",
        ]
    parts += ["## Lokale bokse i håndbogen", ""]
    if not overlay.boxes:
        parts += [texts("lokal-ingen-bokse"), ""]
    for g in hb.guidelines:
        targets = [g.id] + [d.id for d in g.directions]
        for target in targets:
            for box in overlay.boxes_for(target):
                anchor = None if target == g.id else links.direction_anchor(target)
                where = f"{g.number} {md_text(g.short_title)}" + ("" if target == g.id else f", anvisning {target}")
                link = links.relative(here, links.page("guideline", g.id), anchor)
                parts.append(f"- [{md_text(box.title)}]({link}) – {where} (opdateret {danish_date(box.updated)})")
    parts += ["", "</div>", ""]
    return Page(here, local_label(overlay), "\n".join(parts))
