"""The glossary page and the abbreviation definitions appended to every page."""

from __future__ import annotations

from .. import links
from ..escape import html_attr, md_cell, md_text, tooltip
from ..model import Handbook
from .common import source_list, table_cell
from .crosslinks import used_in_line
from .plain import plain_text


def render_glossary(hb: Handbook) -> str:
    """The glossary: one entry per term with anchor, abbreviations, synonyms and English term."""
    parts = [
        "# Ordliste",
        "",
        f"Ordlisten forklarer {len(hb.terms)} fagord og forkortelser, som bruges i håndbogen. "
        "Forklaringerne er håndbogens egne.",
        "",
    ]
    for term in sorted(hb.terms, key=lambda t: t.term.lower()):
        parts += [f'<div class="term" id="{links.term_anchor(term.id)}" data-term="{term.id}" markdown>', ""]
        shown = [a for a in term.abbreviations if a != term.term]  # "ADHD (ADHD)" says nothing
        title = md_text(term.term) + (f" ({', '.join(md_text(a) for a in shown)})" if shown else "")
        parts += [f"**{title}**", "{ .term__title }", "", term.definition.strip(), ""]
        extra = []
        if term.synonyms:
            extra.append("Også: " + ", ".join(md_text(s) for s in term.synonyms))
        if term.english:
            extra.append(f"Engelsk: *{md_text(term.english)}*")
        if extra:
            parts += [" · ".join(extra), "{ .term__extra }", ""]
        used = used_in_line(hb, term, links.GLOSSARY_PAGE)
        if used:
            parts += [used, "{ .term__used }", ""]
        if term.sources:
            parts += ["Kilder: " + "; ".join(md_text(s.source) for s in term.sources), "{ .term__sources }", ""]
        parts += ["</div>", ""]
    all_refs = tuple({ref.source: ref for t in hb.terms for ref in t.sources}.values())
    if all_refs:
        parts += ["## Kilder", "", source_list(hb, all_refs), ""]
    return "\n".join(parts)


def abbreviation_definitions(hb: Handbook) -> str:
    """Markdown abbr definitions ('*[SEL]: Serviceloven') so every use gets an inline explanation.

    The explanation becomes a title, shown by the theme's tooltip (see tooltip()); an abbreviation the syntax cannot hold (a
    backslash or ']') gets no tooltip rather than a definition line leaking onto every page.
    """
    lines = []
    for term in hb.terms:
        for abbr in (" ".join(a.split()) for a in term.abbreviations):
            explanation = term.term if term.term != abbr else plain_text(term.definition.split(".")[0])
            if abbr and explanation.strip() and "\\" not in abbr and "]" not in abbr:
                # Python-Markdown writes the title back leaving '&…;' alone, so it is escaped here once
                lines.append(f"*[{abbr}]: {html_attr(tooltip(explanation))}")
    return "\n".join(sorted(set(lines)))


def render_source_register(hb: Handbook) -> str:
    """Every source in data/sources.yml as a Markdown table: id, title (linked), publisher, date, note."""
    rows = ["| Id | Kilde | Udgiver | Dato | Note |", "|---|---|---|---|---|"]
    for source in hb.sources:
        title = f"[{md_cell(source.title)}]({source.url})" if source.url else md_cell(source.title)
        cells = [md_cell(source.id), title, md_cell(source.publisher or ""), md_cell(source.date or ""),
                 table_cell(source.note or "")]
        rows.append("| " + " | ".join(cells) + " |")
    return "\n".join(rows)
