"""The hosting organisation's facts for the accessibility statement (docs/tilgaengelighed.md).

The statement's sentences are the hand-written page's own; the national edition's text is a template that a
municipality's overlay fills in with its name, contact, known issues and review date."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from macros.core.escape import md_attr, md_text
from macros.model.edition import danish_date
from macros.model.overlay import Overlay
from macros.render.local import contact_lines

ACCESSIBILITY_PAGE = "tilgaengelighed.md"
DEPLOY_GUIDE = "drift/index.md"


@dataclass(frozen=True)
class Statement:
    """What the statement shows of the organisation behind this edition, each part ready to place in Markdown."""

    organisation: str  # the municipality's name; '' for the national edition
    organisation_attr: str  # the page's data-organisation value: the name, or 'national'
    statement_url: str  # the official statement in WAS-Tool; '' if none
    known_issues: str  # the overlay's own Markdown; '' if none
    contact: str  # the contact as a Markdown list; '' if none
    reviewed: str  # when the statement was last reviewed, as a Danish date


def statement(overlay: Overlay | None, national_reviewed: dt.date) -> Statement:
    """The national edition's facts, or the hosting municipality's when an overlay is set.

    national_reviewed: when the national statement's own text was last reviewed (its page's front matter)."""
    access = overlay.accessibility if overlay else None
    contact = (access.contact if access and access.contact else None) or (overlay.contact if overlay else None)
    reviewed = (access.date if access and access.date else None) or (overlay.date if overlay else national_reviewed)
    return Statement(
        organisation=md_text(overlay.municipality) if overlay else "",
        organisation_attr=md_attr(overlay.municipality if overlay else "national"),
        statement_url=access.statement_url if access and access.statement_url else "",
        known_issues=access.known_issues.strip() if access else "",
        contact="\n".join(contact_lines(contact)) if contact else "",
        reviewed=danish_date(reviewed),
    )
