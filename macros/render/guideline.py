"""A guideline page: the answer first (Kort fortalt, then the directions, lovkrav first), then facts, purpose,
background, practice and sources."""

from __future__ import annotations

import re

from macros.core import links
from macros.core.escape import html_text, md_attr, md_text
from macros.core.plain import plain_text
from macros.model.edition import BuildInfo, danish_date, edition_line
from macros.model.overlay import Overlay
from macros.model.records import Direction, Guideline, Handbook, Status
from macros.model.versions import Versions
from macros.render.citation import CITATION_SOURCE, direction_citation
from macros.render.common import (
    KIND_LABELS,
    PUBLICATION,
    direction_text,
    kind_badge,
    law_label,
    law_links,
    source_list,
    status_label,
)
from macros.render.crosslinks import render_terms
from macros.render.flow import render_guideline_flows
from macros.render.history import changed_attr, render_history
from macros.render.local import local_label, render_boxes
from macros.render.lovkrav import render_lovkrav_filter
from macros.render.page import Page, SearchEntry
from macros.render.texts import Texts, handbook_texts

TITLE_SEPARATOR = " · "
LIST_ITEM = re.compile(r"^\s*(?:[-*+]|\d+\.)\s")  # in a direction's search result title: '3.4.1 · Lovkrav · Behandlingsgarantien'


def render_direction(hb: Handbook, g: Guideline, d: Direction, from_page: str, versions: Versions | None = None) -> str:
    """One direction with its stable anchor, markers, badge, law links and status (and the version that last
    changed it, for the 'changed since your last visit' marks)."""
    anchor = links.direction_anchor(d.id)
    label = status_label(d.status, from_page)
    head = f"[{d.id}](#{anchor}){{ .direction__id title=\"Permanent link til anvisning {d.id}\" }} {kind_badge(d.kind)}"
    if label:
        head += f" {label}"
    lines = [
        # a search result of its own (direction_entries): left out of the page section's entry
        f'<div class="direction direction--{d.kind}" id="{anchor}" data-direction="{d.id}" data-search-exclude '
        f'data-kind="{d.kind}" data-status="{d.status.value}" '
        f'data-citation="{md_attr(direction_citation(g, d))}"'
        f'{changed_attr(versions, "guideline", g.id, f"anvisning:{d.id}") if versions else ""} markdown>',
        "",
        f"{head}",
        "{ .direction__head }",
        "",
        direction_text(hb, d),
        "",
    ]
    if d.note:
        lines += [d.note.strip(), "{ .direction__note }", ""]
    if d.laws:
        lines += [f"**Lovgrundlag:** {law_links(hb, d.laws, from_page)}", "{ .direction__laws }", ""]
    lines += ["</div>", ""]
    return "\n".join(lines)


def render_directions(hb: Handbook, g: Guideline, from_page: str, overlay: Overlay | None = None,
                      versions: Versions | None = None, list_id: str = links.DIRECTIONS_ANCHOR,
                      texts: Texts | None = None) -> str:
    """The list of directions, lovkrav first and marked by their badge; local boxes follow their direction.

    The theme's search leaves the directions and their local boxes out of the section: each direction is a search
    result of its own (direction_entries). The list itself cannot be left out whole: the theme's parser would stop
    leaving out at the first nested </div>."""
    texts = texts or handbook_texts()
    if not g.directions:
        return texts("retningslinje-ingen-anvisninger") + "\n"
    return (f'<div class="directions" id="{list_id}" '
            f'data-citation-source="{md_attr(CITATION_SOURCE)}" markdown>\n\n') + "\n".join(
        render_direction(hb, g, d, from_page, versions)
        + render_boxes(hb, overlay, d.id, from_page, searched=False, texts=texts)
        for d in g.lovkrav_first()
    ) + "\n</div>\n"


def render_summary(g: Guideline, from_page: str) -> str:
    """'Kort fortalt': the answer in one to three sentences, labelled as the handbook's own summary."""
    label = status_label(Status.redaktionel, from_page)
    return f'<div class="kort-fortalt" markdown>\n\n**Kort fortalt:** {md_text(g.summary.strip())} {label}\n\n</div>\n'


def render_facts(hb: Handbook, g: Guideline, from_page: str, info: BuildInfo | None = None) -> str:
    """The guideline's key facts: theme, source page, legal basis, principles, phase, status, dates."""
    theme = hb.theme(g.theme)
    rows = [
        f"**Tema:** [{md_text(theme.title)}]({links.relative(from_page, links.page('theme', theme.id))}) "
        f"(kapitel {theme.chapter})",
        f"**Kilde:** {PUBLICATION}, " + (f"s. {md_text(g.pages)}" if g.pages else "sidetal ikke bekræftet"),
    ]
    if g.laws:
        rows.append(f"**Lovgrundlag:** {law_links(hb, g.laws, from_page)}")
    if g.principles:
        names = ", ".join(
            f"[{md_text(hb.principle(p).title)}]({links.relative(from_page, links.page('principle', p))})"
            for p in g.principles
        )
        rows.append(f"**Principper:** {names}")
    if g.phase:
        phase = hb.phase(g.phase)
        rows.append(f"**Fase i forløbet:** [{md_text(phase.title)}]({links.to_phase(from_page, phase.id)})")
    counts = _kind_counts(g)
    rows.append(f"**Anvisninger:** {counts}")
    label = status_label(g.status, from_page)
    if label:
        rows.append(f"**Titel og nummer:** {label} – titel og nummer er håndbogens egne, ikke 2020-udgavens")
    if info is not None:  # callers without build info (e.g. the print page) show no dates rather than 'ukendt'
        rows.append(_dates_row(g, info))
    return '<div class="guideline-facts" markdown>\n\n' + "\n".join(f"- {r}" for r in rows) + "\n\n</div>\n"


def _dates_row(g: Guideline, info: BuildInfo) -> str:
    """When the guideline's data file last changed (from git; 'ukendt' without history) and the edition."""
    changed = info.history.last_changed(f"guidelines/{g.id}.yml")
    when = (f'<time datetime="{changed}">{danish_date(changed)}</time> ([se historikken](#{links.HISTORY_ANCHOR}))'
            if changed else danish_date(None))
    return f"**Sidst ændret:** {when} – håndbogen følger {md_text(edition_line(info.edition))}"


def _kind_counts(g: Guideline) -> str:
    """E.g. '3 lovkrav og 4 anbefalinger'."""
    lovkrav = sum(1 for d in g.directions if d.kind == "lovkrav")
    anbefaling = len(g.directions) - lovkrav
    return f"{lovkrav} lovkrav og {anbefaling} {'anbefaling' if anbefaling == 1 else 'anbefalinger'}"


def related_guidelines(hb: Handbook, g: Guideline) -> list[str]:
    """Its own related guidelines, then those that name it as related (links work both ways)."""
    back = [o.id for o in hb.index.related_to(g.id) if o.id not in g.related and o.id != g.id]
    return [*g.related, *back]


def direction_entries(hb: Handbook, g: Guideline, overlay: Overlay | None = None) -> tuple[SearchEntry, ...]:
    """A search result per direction, in the page's order: its text, note, legal basis and local boxes."""
    return tuple(
        SearchEntry(
            anchor=links.direction_anchor(d.id),
            title=TITLE_SEPARATOR.join((d.id, KIND_LABELS[d.kind], html_text(g.short_title))),
            text=" ".join(_search_block(block) for block in _search_blocks(hb, d, overlay)),
            after=links.DIRECTIONS_SECTION,
        )
        for d in g.lovkrav_first()
    )


def _search_blocks(hb: Handbook, d: Direction, overlay: Overlay | None) -> list[str]:
    """A direction's Markdown blocks (paragraphs, lists) as the reader sees them under its head."""
    blocks = direction_text(hb, d).split("\n\n") + (d.note.strip().split("\n\n") if d.note else [])
    if d.laws:
        blocks.append("Lovgrundlag: " + "; ".join(law_label(hb, ref) for ref in d.laws))
    for box in overlay.boxes_for(d.id) if overlay else ():
        blocks += [local_label(overlay), box.title, *box.text.strip().split("\n\n")]
    return [b for b in blocks if b.strip()]


def _search_block(markdown: str) -> str:
    """One block as the theme's search index holds text: a paragraph, or a list with its items."""
    lines = markdown.strip().splitlines()
    if not LIST_ITEM.match(lines[0]):
        return f"<p>{html_text(plain_text(markdown))}</p>"
    items: list[str] = []
    for line in lines:
        if LIST_ITEM.match(line):
            items.append(line)
        else:
            items[-1] += " " + line
    tag = "ol" if lines[0].lstrip()[0].isdigit() else "ul"
    return f"<{tag}> " + " ".join(f"<li>{html_text(plain_text(item))}</li>" for item in items) + f" </{tag}>"


def render_guideline(hb: Handbook, g: Guideline, overlay: Overlay | None = None, info: BuildInfo | None = None,
                     texts: Texts | None = None) -> Page:
    """The whole page of a guideline (with a municipality's local boxes, if any)."""
    texts = texts or handbook_texts()
    here = links.page("guideline", g.id)
    parts = [
        f"# {g.number} {md_text(g.title)}",
        "",
        f'<article class="guideline" data-guideline="{g.number}" markdown>',
        "",
        # room for the favourite star, which the script adds (an empty box without JS)
        '<div class="fav-bar"></div>',
        "",
        render_summary(g, here),
        f"## Anvisninger {{ #{links.DIRECTIONS_SECTION} }}",
        "",
        render_lovkrav_filter(hb, g, here, texts),
        render_directions(hb, g, here, overlay, info.versions if info else None, texts=texts),
        *filter(None, [render_boxes(hb, overlay, g.id, here, texts=texts)]),
        # the facts follow the answer: on a phone the first direction must be on the first screen
        # its words are the titles of pages with results of their own: left out of search
        f"## Om retningslinjen {{ #{links.FACTS_ANCHOR} data-search-exclude }}",
        "",
        render_facts(hb, g, here, info),
        "## Formål",
        "",
        g.purpose.strip(),
        "",
        "## Målgruppe",
        "",
        g.target_group.strip(),
        "",
    ]
    if g.background.strip():
        parts += ["## Baggrund og viden", "", g.background.strip(), ""]
    if g.practice.strip():
        parts += ["## Sådan kan I gøre", "", g.practice.strip(), ""]
    parts += render_guideline_flows(hb, g, here)
    if g.methods:
        parts += ["## Metoder", ""]
        parts += [
            f"- [{md_text(hb.method(m).name)}]({links.relative(here, links.page('method', m))}) – {hb.method(m).summary}"
            for m in g.methods
        ]
        parts.append("")
    change = hb.index.changes.get(g.id)
    if change:
        parts += ["## Hvad er nyt siden 2016", ""]
        if change.counterparts_2016:
            parts.append("**Modstykke i 2016-udgaven:** " + "; ".join(md_text(c) for c in change.counterparts_2016))
            parts.append("")
        label = status_label(change.status, here)
        parts += [change.summary.strip() + (f" {label}" if label else ""), ""]
        parts += [f"[Alle ændringer fra 2016 til 2020]({links.relative(here, links.CHANGES_PAGE)})", ""]
    related = related_guidelines(hb, g)
    if related:
        parts += ["## Relaterede retningslinjer", ""]
        parts += [
            f"- [{hb.guideline(r).number} {md_text(hb.guideline(r).short_title)}]"
            f"({links.relative(here, links.page('guideline', r))})"
            for r in related
        ]
        parts.append("")
    parts += render_terms(hb, g, here)
    parts += ["## Kilder", "", source_list(hb, g.sources), "", "</article>", ""]
    if info is not None:  # outside the article: its raw HTML must stay raw, so the dates stay out of the contents
        parts += render_history(hb, info.versions, "guideline", g, here, texts)
    return Page(here, f"{g.number} {g.short_title}", "\n".join(parts), search=direction_entries(hb, g, overlay))
