"""Glossary cross-links: the terms a guideline uses, as the model's index finds them in its own text."""

from __future__ import annotations

from macros.core import links
from macros.core.escape import md_text, tooltip
from macros.model.records import Guideline, Handbook, Term

# A term used in more than this share of the guidelines is too general to point out on each page.
GENERAL_SHARE = 0.5


def terms_used(hb: Handbook, g: Guideline) -> list[Term]:
    """Glossary terms the guideline's text uses (whole words), in glossary order."""
    return list(hb.index.terms_used(g))


def general_terms(hb: Handbook) -> frozenset[str]:
    """Ids of terms so common across the guidelines that listing them would be noise."""
    return hb.index.common_terms(GENERAL_SHARE)


def render_terms(hb: Handbook, g: Guideline, here: str) -> list[str]:
    """'Ord i ordlisten': links to the less common glossary terms the guideline uses."""
    general = general_terms(hb)
    found = [t for t in terms_used(hb, g) if t.id not in general]
    if not found:
        return []
    items = ", ".join(
        f"[{md_text(t.term)}]({links.to_term(here, t.id)})" for t in sorted(found, key=lambda t: t.term.lower())
    )
    return ["## Ord i ordlisten", "", f"Retningslinjen bruger disse fagord, som ordlisten forklarer: {items}.", ""]


def guidelines_using(hb: Handbook, term: Term) -> list[Guideline]:
    """The guidelines whose text uses a term, in handbook order (the glossary links back to them)."""
    return list(hb.index.term_guidelines(term.id))


def used_in_line(hb: Handbook, term: Term, here: str) -> str:
    """'Bruges i: 3.4, 3.5' for the glossary; general terms get a count instead of a long list."""
    using = guidelines_using(hb, term)
    if not using:
        return ""
    if term.id in general_terms(hb):
        return f"Bruges i {len(using)} af {len(hb.guidelines)} retningslinjer."
    noun = "retningslinje" if len(using) == 1 else "retningslinjerne"
    return f"Bruges i {noun} " + ", ".join(
        f"[{g.number}]({links.relative(here, links.page('guideline', g.id))} \"{g.number} {md_text(tooltip(g.short_title))}\")"
        for g in using
    ) + "."
