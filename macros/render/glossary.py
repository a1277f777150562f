"""The glossary page and the abbreviation definitions appended to every page."""

from __future__ import annotations

from .. import links
from ..model import Handbook
from .common import source_list


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
        title = term.term + (f" ({', '.join(term.abbreviations)})" if term.abbreviations else "")
        parts += [f"**{title}**", "{ .term__title }", "", term.definition.strip(), ""]
        extra = []
        if term.synonyms:
            extra.append("Også: " + ", ".join(term.synonyms))
        if term.english:
            extra.append(f"Engelsk: *{term.english}*")
        if extra:
            parts += [" · ".join(extra), "{ .term__extra }", ""]
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
