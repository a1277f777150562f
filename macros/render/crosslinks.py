"""Glossary cross-links: the terms a guideline uses, found in its own text."""

from __future__ import annotations

import re
from functools import lru_cache

from macros.core import links
from macros.core.escape import md_text, tooltip
from macros.model.records import Guideline, Handbook, Term

# A term used in more than this share of the guidelines is too general to point out on each page.
GENERAL_SHARE = 0.5
_WORD = re.compile(r"\w+")


def _words(text: str) -> str:
    """' word word … ': text reduced to its words, so whole-word tests are plain substring tests."""
    return " " + " ".join(_WORD.findall(text)) + " "


@lru_cache(maxsize=512)
def _needles(term: Term) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(names and synonyms in lower case, abbreviations as written), each reduced to its words."""
    names = tuple(_words(n.lower()) for n in (term.term, *term.synonyms) if _WORD.search(n))
    abbreviations = tuple(_words(a) for a in term.abbreviations if _WORD.search(a))
    return names, abbreviations


def guideline_text(g: Guideline) -> str:
    """Every piece of prose on a guideline page that comes from the data."""
    pieces = [g.title, g.purpose, g.target_group, g.background, g.practice]
    pieces += [piece for d in g.directions for piece in (d.text, d.note)]
    return "\n".join(pieces)


@lru_cache(maxsize=1024)
def _terms_used(terms: tuple[Term, ...], g: Guideline) -> tuple[Term, ...]:
    words = _words(guideline_text(g))
    lower = words.lower()
    found = []
    for term in terms:
        names, abbreviations = _needles(term)
        # names match in any case, abbreviations only as written ('MI' is not 'mi')
        if any(n in lower for n in names) or any(a in words for a in abbreviations):
            found.append(term)
    return tuple(found)


def terms_used(hb: Handbook, g: Guideline) -> list[Term]:
    """Glossary terms the guideline's text uses (whole words), in glossary order."""
    return list(_terms_used(hb.terms, g))


@lru_cache(maxsize=8)
def _general(terms: tuple[Term, ...], guidelines: tuple[Guideline, ...]) -> frozenset[str]:
    counts: dict[str, int] = {}
    for g in guidelines:
        for t in _terms_used(terms, g):
            counts[t.id] = counts.get(t.id, 0) + 1
    limit = GENERAL_SHARE * len(guidelines)
    return frozenset(term_id for term_id, count in counts.items() if count > limit)


# Answers for the current handbook, kept by identity: an lru_cache key would hash the frozen handbook,
# i.e. every record, on each call — quadratic in the number of guidelines (benchmarks/REPORT.md).
_per_handbook: dict[str, object] = {}


def _memo(hb: Handbook, name: str, compute):
    """compute(hb), computed once per handbook object (one per build)."""
    if _per_handbook.get("handbook") is not hb:
        _per_handbook.clear()
        _per_handbook["handbook"] = hb
    if name not in _per_handbook:
        _per_handbook[name] = compute(hb)
    return _per_handbook[name]


def general_terms(hb: Handbook) -> frozenset[str]:
    """Ids of terms so common across the guidelines that listing them would be noise."""
    # every guideline page asks, and the answer depends on all guidelines
    return _memo(hb, "general", lambda h: _general(h.terms, h.guidelines))


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
    return list(_memo(hb, "usage", _usage).get(term.id, ()))


def _usage(hb: Handbook) -> dict[str, list[Guideline]]:
    """Term id -> the guidelines that use it, in handbook order."""
    usage: dict[str, list[Guideline]] = {}
    for g in hb.guidelines:
        for t in _terms_used(hb.terms, g):
            usage.setdefault(t.id, []).append(g)
    return usage


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
