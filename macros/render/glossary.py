"""The glossary page and the abbreviation definitions appended to every page."""

from __future__ import annotations

import re

from macros.core import links
from macros.core.escape import html_attr, md_cell, md_text, tooltip
from macros.core.plain import plain_text
from macros.model.records import Handbook
from macros.render.common import source_list, table_cell
from macros.render.crosslinks import used_in_line


def glossary(hb: Handbook) -> str:
    """The glossary (docs/ordliste.md): one entry per term with anchor, abbreviations, synonyms and English term."""
    parts = []
    for term in hb.index.terms_by_name:
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


def abbreviations(hb: Handbook) -> dict[str, str]:
    """Each glossary abbreviation with its explanation: the term, or the definition's first sentence."""
    found = {}
    for term in hb.terms:
        for abbr in term.abbreviations:
            explanation = term.term if term.term != abbr else plain_text(term.definition.split(".")[0])
            if explanation.strip():
                found[abbr] = explanation
    return found


def abbreviation_definitions(hb: Handbook) -> str:
    """Markdown abbr definitions ('*[SEL]: Serviceloven') so every use gets an inline explanation.

    The explanation becomes a title, shown by the theme's tooltip (see tooltip()). Abbreviations are one word
    (macros/model/records.py), so the definition syntax always holds them.
    """
    # Python-Markdown writes the title back leaving '&…;' alone, so it is escaped here once
    return "\n".join(sorted(f"*[{abbr}]: {html_attr(tooltip(text))}" for abbr, text in abbreviations(hb).items()))


def abbreviate_html(hb: Handbook, escaped: str) -> str:
    """Escaped text for a raw HTML block (which Markdown's abbr never reaches) with each abbreviation explained."""
    found = hb.derived(_abbr_elements)  # made once: every history entry's texts pass through here
    if found is None:
        return escaped
    pattern, elements = found
    return pattern.sub(lambda m: elements[m.group(1)], escaped)


def _abbr_elements(hb: Handbook) -> tuple[re.Pattern, dict[str, str]] | None:
    """A pattern that finds the glossary's abbreviations as whole words (longest first), and each one's <abbr>
    element; None if the glossary has none."""
    known = abbreviations(hb)
    if not known:
        return None
    # the lookahead for the first letters lets the regex engine skip to where an abbreviation can start
    first = "".join(sorted({re.escape(a[0]) for a in known}))
    names = "|".join(re.escape(a) for a in sorted(known, key=len, reverse=True))
    pattern = re.compile(rf"(?=[{first}])(?<![\w-])({names})(?![\w-])")
    return pattern, {abbr: f'<abbr title="{html_attr(tooltip(text))}">{abbr}</abbr>' for abbr, text in known.items()}


def render_source_register(hb: Handbook) -> str:
    """Every source in data/sources.yml as a Markdown table: id, title (linked), publisher, date, note."""
    rows = ["| Id | Kilde | Udgiver | Dato | Note |", "|---|---|---|---|---|"]
    for source in hb.sources:
        title = f"[{md_cell(source.title)}]({source.url})" if source.url else md_cell(source.title)
        cells = [md_cell(source.id), title, md_cell(source.publisher or ""), md_cell(source.date or ""),
                 table_cell(source.note or "")]
        rows.append("| " + " | ".join(cells) + " |")
    return "\n".join(rows)
