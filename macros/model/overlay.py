"""A municipality's local overlay: name, logo, contact and 'Sådan gør vi' boxes beside the national text."""

from __future__ import annotations

import datetime as dt
import difflib
from pathlib import Path

import yaml
from pydantic import ConfigDict, Field, ValidationError

from macros.model.load import DataError, _explain
from macros.model.records import Handbook, Markdown, Record

URL = r"^https?://\S+$"
EMAIL = r"^[^@\s<>\"'()]+@[^@\s<>\"'()]+\.[^@\s<>\"'()]+$"  # no characters that end a link or attribute
LOGO_TYPES = (".svg", ".png", ".jpg", ".jpeg", ".webp")
ENV_VAR = "HANDBOOK_OVERLAY"


class Contact(Record):
    """Who a reader in the municipality can contact."""

    model_config = ConfigDict(defer_build=True)

    name: str
    phone: str | None = None
    email: str | None = Field(default=None, pattern=EMAIL)
    url: str | None = Field(default=None, pattern=URL)


class LocalBox(Record):
    """One 'Sådan gør vi i <kommune>' box attached to a guideline or a direction."""

    model_config = ConfigDict(defer_build=True)

    target: str
    title: str
    text: Markdown
    updated: dt.date


class Accessibility(Record):
    """Facts the accessibility statement needs beyond the municipality's name and contact."""

    model_config = ConfigDict(defer_build=True)

    contact: Contact | None = None
    date: dt.date | None = None
    statement_url: str | None = Field(default=None, pattern=URL)
    known_issues: Markdown = ""


class Overlay(Record):
    """The whole local overlay file."""

    model_config = ConfigDict(defer_build=True)

    municipality: str
    date: dt.date
    logo: str | None = None
    contact: Contact | None = None
    quality_standard: str | None = Field(default=None, pattern=URL)
    accessibility: Accessibility | None = None
    boxes: tuple[LocalBox, ...] = ()

    def boxes_for(self, target: str) -> tuple[LocalBox, ...]:
        """The boxes attached to one guideline or direction id, in file order."""
        return tuple(b for b in self.boxes if b.target == target)


def load_overlay(path: Path, hb: Handbook, shown: str) -> Overlay:
    """Read and validate an overlay file; every problem becomes a DataError line naming the file."""
    try:
        raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    except OSError as error:
        raise DataError([f"{shown}: cannot read the overlay ({error.strerror}); check {ENV_VAR} or extra.handbook.overlay"]) from None
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark
        where = f"line {mark.line + 1}, column {mark.column + 1}" if mark else "unknown line"
        raise DataError([f"{shown}: {where}: malformed YAML ({error.problem}); check indentation"]) from None
    if not isinstance(raw, dict):
        raise DataError([f"{shown}: expected a mapping of fields; write 'field: value' lines"])
    try:
        overlay = Overlay.model_validate(raw)
    except ValidationError as error:
        raise DataError([_explain(Overlay, item, shown, "") for item in error.errors()]) from None
    problems = check_overlay(overlay, hb, shown)
    if overlay.logo:
        logo = path.parent / overlay.logo
        if logo.suffix.lower() not in LOGO_TYPES:
            problems.append(f"{shown}: logo: '{overlay.logo}' is not an image; use one of {', '.join(LOGO_TYPES)}")
        elif not logo.is_file():
            problems.append(f"{shown}: logo: file '{overlay.logo}' not found next to the overlay; put the logo in {path.parent}")
    if problems:
        raise DataError(problems)
    return overlay


def check_overlay(overlay: Overlay, hb: Handbook, shown: str) -> list[str]:
    """Every box must point at a guideline or direction that exists."""
    known = [g.id for g in hb.guidelines] + [d.id for _, d in hb.directions()]
    problems = []
    for index, box in enumerate(overlay.boxes):
        if box.target in known:
            continue
        hint = difflib.get_close_matches(box.target, known, n=1)
        fix = f"did you mean '{hint[0]}'?" if hint else "use a guideline id like 3-4 or a direction id like 3.4.2"
        problems.append(f"{shown}: boxes[{index}].target: unknown guideline or direction '{box.target}'; {fix}")
    return problems


def logo_site_path(overlay: Overlay) -> str | None:
    """Where the logo is copied in the built site (relative to the site root)."""
    return f"assets/lokal/logo{Path(overlay.logo).suffix.lower()}" if overlay.logo else None


def template_context(overlay: Overlay | None) -> dict | None:
    """What the theme templates show of the overlay (footer): plain data, the logo at its site path."""
    if overlay is None:
        return None
    data = overlay.model_dump(mode="json", exclude={"boxes"})
    data["logo"] = logo_site_path(overlay)
    return data
