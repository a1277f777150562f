"""The citation text a reader copies for one direction (the page URL is added in the browser)."""

from __future__ import annotations

from ..model import Direction, Guideline
from .common import PUBLICATION

HANDBOOK = "Håndbog i social stofmisbrugsbehandling"


def citation_text(g: Guideline, d: Direction) -> str:
    """E.g. 'Anvisning 3.4.1 (lovkrav), retningslinje 3.4 Behandlingsgarantien. I: …'; the URL follows."""
    return (
        f"Anvisning {d.id} ({d.kind}), retningslinje {g.number} {g.short_title}. "
        f"I: {HANDBOOK}, uofficiel digital udgave af {PUBLICATION}."
    )
