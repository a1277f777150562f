"""The glossary page and the abbreviation definitions appended to every page."""

from __future__ import annotations

from .. import links
from ..model import Handbook
from .common import source_list
from .crosslinks import used_in_line


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
        title = term.term + (f" ({', '.join(shown)})" if shown else "")
        parts += [f"**{title}**", "{ .term__title }", "", term.definition.strip(), ""]
        extra = []
        if term.synonyms:
            extra.append("Også: " + ", ".join(term.synonyms))
        if term.english:
            extra.append(f"Engelsk: *{term.english}*")
        if extra:
            parts += [" · ".join(extra), "{ .term__extra }", ""]
        used = used_in_line(hb, term, links.GLOSSARY_PAGE)
        if used:
            parts += [used, "{ .term__used }", ""]
        if term.sources:
            parts += ["Kilder: " + "; ".join(s.source for s in term.sources), "{ .term__sources }", ""]
        parts += ["</div>", ""]
    all_refs = tuple({ref.source: ref for t in hb.terms for ref in t.sources}.values())
    if all_refs:
        parts += ["## Kilder", "", source_list(hb, all_refs), ""]
    return "\n".join(parts)


def abbreviation_definitions(hb: Handbook) -> str:
    """Markdown abbr definitions ('*[SEL]: Serviceloven') so every use gets an inline explanation."""
    lines = []
    for term in hb.terms:
        for abbr in term.abbreviations:
            explanation = term.term if term.term != abbr else term.definition.split(".")[0]
            lines.append(f"*[{abbr}]: {explanation}")
    return "\n".join(sorted(set(lines)))


def render_source_register(hb: Handbook) -> str:
    """Every source in data/sources.yml as a Markdown table: id, title (linked), publisher, date, note."""
    rows = ["| Id | Kilde | Udgiver | Dato | Note |", "|---|---|---|---|---|"]
    for source in hb.sources:
        title = f"[{source.title}]({source.url})" if source.url else source.title
        cells = [source.id, title, source.publisher or "", source.date or "", source.note or ""]
        rows.append("| " + " | ".join(c.replace("|", "/").replace("\n", " ") for c in cells) + " |")
    return "\n".join(rows)
