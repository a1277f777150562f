"""One page with the whole handbook in order, so a browser's 'save as PDF' gives a complete document."""

from __future__ import annotations

import re
from collections.abc import Sequence

from macros.core import links
from macros.core.escape import md_text
from macros.core.links import Remap, rebase
from macros.model.overlay import Overlay
from macros.model.records import Handbook
from macros.render.common import source_list
from macros.render.guideline import render_directions, render_facts, render_summary
from macros.render.law import part_items
from macros.render.local import local_label, render_boxes
from macros.render.page import Page
from macros.render.relink import demote
from macros.render.texts import Texts, handbook_texts

PRINT_PAGE = "udskriv.md"
FRONT_MATTER = re.compile(r"\A---\n(.*?)\n---\n", re.DOTALL)
FIRST_H1 = re.compile(r"\A\s*# [^\n]*\n")


def print_anchor(kind: str, record_id: str) -> str:
    """Anchor of a record's section on the print page, e.g. retningslinje-3-4."""
    prefix = {"guideline": "retningslinje", "principle": "princip", "law": "lov", "theme": "kapitel", "method": "metode"}
    return f"{prefix[kind]}-{record_id}"


def directions_anchor(guideline_id: str) -> str:
    """Anchor of a guideline's list of directions on the print page."""
    return f"{links.DIRECTIONS_ANCHOR}-{guideline_id}"


def intro_anchor(src_path: str) -> str:
    """Anchor of a hand-written page's section, e.g. intro-introduktion-brug."""
    return "intro-" + src_path[:-3].replace("/", "-")


def print_remap(hb: Handbook, narrative: Sequence[tuple[str, str, str]]) -> Remap:
    """Links to anything printed on the page become in-page anchors; other links stay page links."""
    pages = {links.page(kind, r.id): (kind, r.id) for kind, records in (
        ("guideline", hb.guidelines), ("principle", hb.principles), ("law", hb.laws),
        ("theme", hb.themes), ("method", hb.methods),
    ) for r in records}
    directions = {links.direction_anchor(d.id) for _, d in hb.directions()}
    stks = {f"{law.id}/{links.stk_anchor(p.stk)}" for law in hb.laws for p in law.parts}
    terms = {links.term_anchor(t.id) for t in hb.terms}
    intros = {path for _, path, _ in narrative}

    def remap(source: str, anchor: str | None) -> str | None:
        if source in intros:
            return intro_anchor(source)
        if source == links.GLOSSARY_PAGE and hb.terms:
            return anchor if anchor in terms else "ordliste"
        if source not in pages:
            return None
        kind, record_id = pages[source]
        if kind == "guideline" and anchor in directions:
            return anchor
        if kind == "guideline" and anchor == links.DIRECTIONS_ANCHOR:
            return directions_anchor(record_id)
        if kind == "law" and f"{record_id}/{anchor}" in stks:
            return f"{print_anchor('law', record_id)}-{anchor}"
        return print_anchor(kind, record_id)

    return remap


def _strip_page(markdown: str) -> str:
    """A hand-written page without its front matter and its own top heading."""
    return FIRST_H1.sub("", FRONT_MATTER.sub("", markdown, count=1), count=1).strip()


def _contents(hb: Handbook, narrative, overlay: Overlay | None) -> list[str]:
    """The table of contents as a nested list of in-page links."""
    lines = ["## Indhold { #indhold }", ""]
    if narrative:
        lines.append("- [Introduktion](#introduktion)")
        lines += [f"    - [{title}](#{intro_anchor(path)})" for title, path, _ in narrative]
    lines.append("- [Principper](#principper)")
    for theme in hb.index.themes_by_chapter:
        lines.append(f"- [Kapitel {theme.chapter}: {md_text(theme.title)}](#{print_anchor('theme', theme.id)})")
        lines += [
            f"    - [{g.number} {md_text(g.title)}](#{print_anchor('guideline', g.id)})"
            for g in hb.index.theme_guidelines(theme.id)
        ]
    lines.append("- [Lovgrundlag](#lovgrundlag)")
    if hb.methods:
        lines.append("- [Metoder](#metoder)")
    if hb.terms:
        lines.append("- [Ordliste](#ordliste)")
    return lines + [""]


def _narrative(narrative, remap: Remap) -> list[str]:
    """The hand-written introduction pages, headings moved under the part heading."""
    if not narrative:
        return []
    parts = ["## Introduktion { #introduktion .print-part }", ""]
    for title, path, markdown in narrative:
        body = demote(rebase(_strip_page(markdown), path, PRINT_PAGE, remap), 2)
        parts += [f"### {title} {{ #{intro_anchor(path)} }}", "", body, ""]
    return parts


def _principles(hb: Handbook, remap: Remap) -> list[str]:
    """The seven principles with their description."""
    parts = ["## Principper { #principper .print-part }", ""]
    for p in hb.index.principles_by_number:
        here = links.page("principle", p.id)
        parts += [f"### {p.number}. {md_text(p.title)} {{ #{print_anchor('principle', p.id)} }}", "", f"**{p.summary.strip()}**", ""]
        for prose in (p.description, p.why):
            if prose.strip():
                parts += [demote(rebase(prose.strip(), here, PRINT_PAGE, remap), 2), ""]
    return parts


def _guideline(hb: Handbook, g, overlay: Overlay | None, remap: Remap, texts: Texts) -> list[str]:
    """One guideline: facts, local boxes, directions and the prose layers, links made in-page."""
    here = links.page("guideline", g.id)
    block = [render_summary(g, here)]
    # the directions list has a page-wide id; here every guideline has one, so each gets its own
    directions = render_directions(hb, g, here, overlay, list_id=directions_anchor(g.id))
    block += ["#### Anvisninger", "", directions]
    boxes = render_boxes(hb, overlay, g.id, here, texts=texts)
    if boxes:
        block.append(boxes)
    block.append(render_facts(hb, g, here))
    for heading, prose in (("Formål", g.purpose), ("Målgruppe", g.target_group),
                           ("Baggrund og viden", g.background), ("Sådan kan I gøre", g.practice)):
        if prose.strip():
            block += [f"#### {heading}", "", demote(prose.strip(), 2), ""]
    block += ["#### Kilder", "", source_list(hb, g.sources), ""]
    return [
        f"### {g.number} {md_text(g.title)} {{ #{print_anchor('guideline', g.id)} .print-guideline }}",
        "",
        f'<div class="print-guideline__body" data-guideline="{g.number}" markdown>',
        "",
        rebase("\n".join(block), here, PRINT_PAGE, remap),
        "",
        "</div>",
        "",
    ]


def _chapters(hb: Handbook, overlay: Overlay | None, remap: Remap, texts: Texts) -> list[str]:
    """Each chapter with its guidelines in order."""
    parts = []
    for theme in hb.index.themes_by_chapter:
        here = links.page("theme", theme.id)
        parts += [
            f"## Kapitel {theme.chapter}: {md_text(theme.title)} {{ #{print_anchor('theme', theme.id)} .print-part }}",
            "",
            rebase(theme.summary.strip(), here, PRINT_PAGE, remap),
            "",
        ]
        for g in hb.index.theme_guidelines(theme.id):
            parts += _guideline(hb, g, overlay, remap, texts)
    return parts


def _laws(hb: Handbook, remap: Remap) -> list[str]:
    """Every law paragraph with its stk. in the handbook's own words."""
    parts = ["## Lovgrundlag { #lovgrundlag .print-part }", ""]
    for law in hb.laws:
        here = links.page("law", law.id)
        anchor = print_anchor("law", law.id)
        parts += [
            f"### {md_text(f'{law.abbreviation} {law.paragraph} – {law.title}')} {{ #{anchor} }}",
            "",
            f"**{md_text(f'{law.act} {law.paragraph}')}.** {rebase(law.summary.strip(), here, PRINT_PAGE, remap)}",
            "",
            f"Officiel lovtekst: [{law.url}]({law.url})",
            "",
        ]
        for part in law.parts:
            parts += [
                f'<div class="law-part" id="{anchor}-{links.stk_anchor(part.stk)}" markdown>',
                "",
                f"**Stk. {part.stk}.** {rebase(part.summary.strip(), here, PRINT_PAGE, remap)}",
                "",
                *part_items(part),
                "</div>",
                "",
            ]
        if law.practice.strip():
            parts += [demote(rebase(law.practice.strip(), here, PRINT_PAGE, remap), 2), ""]
    return parts


def _methods(hb: Handbook, remap: Remap) -> list[str]:
    """The methods, if the data has any."""
    if not hb.methods:
        return []
    parts = ["## Metoder { #metoder .print-part }", ""]
    for m in hb.methods:
        here = links.page("method", m.id)
        name = m.name + (f" ({m.abbreviation})" if m.abbreviation else "")
        parts += [
            f"### {md_text(name)} {{ #{print_anchor('method', m.id)} }}",
            "",
            f"**{m.summary.strip()}**",
            "",
            demote(rebase(m.description.strip(), here, PRINT_PAGE, remap), 2),
            "",
            f"**Målgruppe:** {rebase(m.target_group.strip(), here, PRINT_PAGE, remap)}",
            "",
            f"**Viden om virkning:** {rebase(m.evidence.strip(), here, PRINT_PAGE, remap)}",
            "",
        ]
    return parts


def _glossary(hb: Handbook, remap: Remap) -> list[str]:
    """The glossary, alphabetically."""
    if not hb.terms:
        return []
    parts = ["## Ordliste { #ordliste .print-part }", ""]
    for term in hb.index.terms_by_name:
        title = md_text(term.term + (f" ({', '.join(term.abbreviations)})" if term.abbreviations else ""))
        definition = rebase(term.definition.strip(), links.GLOSSARY_PAGE, PRINT_PAGE, remap)
        parts += [
            f'<div class="term" id="{links.term_anchor(term.id)}" markdown>',
            "",
            f"**{title}** – {definition}",
            "",
            "</div>",
            "",
        ]
    return parts


def render_print(hb: Handbook, overlay: Overlay | None = None, narrative: Sequence[tuple[str, str, str]] = (),
                 texts: Texts | None = None) -> Page:
    """The print page; narrative is (title, source path, Markdown with macros rendered) of the hand-written pages."""
    texts = texts or handbook_texts()
    remap = print_remap(hb, narrative)
    # kept out of the search index: every hit would otherwise appear twice. Never rendered by Jinja: the hook
    # renders the introduction pages' own macros before they arrive here (macros/adapter/plugin.py)
    local = (
        [texts("udskrift-lokale-bokse", kommune=md_text(overlay.municipality), mærke=md_text(local_label(overlay))), ""]
        if overlay else []
    )
    parts = [
        "# Hele håndbogen",
        "",
        '<div class="print-handbook" markdown>',
        "",
        texts("udskrift-intro"),
        "{ .print-handbook__intro }",
        "",
        *local,
        *_contents(hb, narrative, overlay),
        *_narrative(narrative, remap),
        *_principles(hb, remap),
        *_chapters(hb, overlay, remap, texts),
        *_laws(hb, remap),
        *_methods(hb, remap),
        *_glossary(hb, remap),
        "</div>",
        "",
    ]
    return Page(PRINT_PAGE, "Hele håndbogen til udskrift", "\n".join(parts), {"hide": ["toc"], "search": {"exclude": True}})

