"""The citation text a reader copies for one direction (the page URL is added in the browser)."""

from __future__ import annotations

from macros.model.records import Direction, Guideline
from macros.render.common import PUBLICATION

HANDBOOK = "Håndbog i social stofmisbrugsbehandling"


# The same for every direction: written once on the list of directions, not on each (smaller pages)
CITATION_SOURCE = f"I: {HANDBOOK}, uofficiel digital udgave af {PUBLICATION}."


def direction_citation(g: Guideline, d: Direction) -> str:
    """The part that names the direction: 'Anvisning 3.4.1 (lovkrav), retningslinje 3.4 Behandlingsgarantien.'"""
    return f"Anvisning {d.id} ({d.kind}), retningslinje {g.number} {g.short_title}."


def citation_text(g: Guideline, d: Direction) -> str:
    """The whole citation: the direction's part, then CITATION_SOURCE; the browser adds the URL."""
    return f"{direction_citation(g, d)} {CITATION_SOURCE}"
