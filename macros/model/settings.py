"""Every build setting validated once: the HANDBOOK_* environment variables and mkdocs.yml `extra.handbook`.

A bad value stops the build with a message naming the setting, the value and what is allowed, e.g.
`setting HANDBOOK_NAV_GUIDELINES_LIMIT: 'abc' is not allowed; use a whole number, 0 or more (0 lists every guideline)`.
"""

from __future__ import annotations

import datetime as dt
import difflib
import re
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from macros.model.edition import Edition

# A chapter with more guidelines than this is listed in the nav by its overview page only (its page lists
# them all): every page carries the nav, so listing N guidelines on N pages makes the build quadratic.
NAV_GUIDELINES_LIMIT = 50
KEYS = ("overlay", "nav_guidelines_limit", "edition", "feedback")
EDITION_KEYS = ("label", "published")
_URL = re.compile(r"^https?://[^\s/?#]+[^\s]*$")
_MAILTO = re.compile(r"^mailto:[^@\s]+@[^@\s]+\.[^@\s]+$")
_TRUE, _FALSE = ("true", "1", "yes", "ja"), ("false", "0", "no", "nej", "")


class SettingsError(Exception):
    """Bad settings: one line per problem, each naming the setting, the value and what is allowed."""

    def __init__(self, problems: list[str]):
        self.problems = problems
        super().__init__("\n".join(problems))


@dataclass(frozen=True)
class Settings:
    """This build's settings, checked and in their final types."""

    data_dir: Path | None = None  # None: data/ beside mkdocs.yml
    overlay: str = ""  # the overlay file as configured (relative to mkdocs.yml); empty: national edition
    site_url: str | None = None  # None: mkdocs.yml's own site_url
    nav_guidelines_limit: int | None = NAV_GUIDELINES_LIMIT  # None: every guideline in the menu
    zip_build: bool = False
    edition: Edition = Edition()
    feedback: str = ""


def read_settings(extra_handbook, environ: Mapping[str, str]) -> Settings:
    """Check every setting once; raise SettingsError listing every bad one."""
    problems: list[str] = []
    extra = extra_handbook if extra_handbook is not None else {}
    if not isinstance(extra, dict):
        raise SettingsError([f"setting extra.handbook: {_shown(extra)} is not allowed; use keys {', '.join(KEYS)}"])
    for key in extra:
        if key not in KEYS:
            hint = difflib.get_close_matches(str(key), KEYS, n=1)
            fix = f"did you mean '{hint[0]}'?" if hint else f"allowed: {', '.join(KEYS)}"
            problems.append(f"setting extra.handbook.{key}: unknown setting; {fix}")

    def pick(env_name: str, key: str | None):
        """The environment variable when set, else the mkdocs.yml key; with the name to show in messages."""
        if environ.get(env_name):
            return environ[env_name], env_name
        return (extra.get(key) if key else None), (f"extra.handbook.{key}" if key else env_name)

    data_dir = None
    if environ.get("HANDBOOK_DATA"):
        data_dir = Path(environ["HANDBOOK_DATA"])
        if not data_dir.is_dir():
            problems.append(f"setting HANDBOOK_DATA: '{data_dir}' is not allowed; use a folder that exists "
                            "and holds the data files")

    overlay, name = pick("HANDBOOK_OVERLAY", "overlay")
    if overlay is not None and not isinstance(overlay, str):
        problems.append(f"setting {name}: {_shown(overlay)} is not allowed; use the path of an overlay file, "
                        "e.g. overlays/vores-kommune.yml")
        overlay = ""

    site_url = environ.get("HANDBOOK_SITE_URL") or None
    if site_url is not None and not _URL.match(site_url):
        problems.append(f"setting HANDBOOK_SITE_URL: '{site_url}' is not allowed; use a full address, "
                        "e.g. https://intra.kommune.dk/haandbog/")

    raw_limit, name = pick("HANDBOOK_NAV_GUIDELINES_LIMIT", "nav_guidelines_limit")
    limit = _limit(raw_limit, name, problems)

    zip_raw = str(environ.get("HANDBOOK_ZIP", "")).strip().lower()
    if zip_raw not in _TRUE + _FALSE:
        problems.append(f"setting HANDBOOK_ZIP: '{environ['HANDBOOK_ZIP']}' is not allowed; use true or false")

    edition = _edition(extra.get("edition"), problems)

    feedback = extra.get("feedback") or ""
    if not isinstance(feedback, str) or (feedback and not (_MAILTO.match(feedback) or _URL.match(feedback))):
        problems.append(f"setting extra.handbook.feedback: {_shown(feedback)} is not allowed; use mailto:address, "
                        "an https:// address or leave it empty")
        feedback = ""

    if problems:
        raise SettingsError(problems)
    return Settings(data_dir=data_dir, overlay=overlay or "", site_url=site_url, nav_guidelines_limit=limit,
                    zip_build=zip_raw in _TRUE, edition=edition, feedback=feedback)


def _limit(value, name: str, problems: list[str]) -> int | None:
    """A whole number, 0 or more; 0 means no limit; empty means the default."""
    if value is None or value == "":
        return NAV_GUIDELINES_LIMIT
    text = str(value).strip()
    if isinstance(value, bool) or not text.isdigit():
        problems.append(f"setting {name}: {_shown(value)} is not allowed; use a whole number, 0 or more "
                        "(0 lists every guideline)")
        return NAV_GUIDELINES_LIMIT
    return int(text) or None


def _edition(raw, problems: list[str]) -> Edition:
    """extra.handbook.edition: a label and an ISO publication date, both optional."""
    if raw is None:
        return Edition()
    if not isinstance(raw, dict):
        problems.append(f"setting extra.handbook.edition: {_shown(raw)} is not allowed; use label: and published: lines")
        return Edition()
    for key in raw:
        if key not in EDITION_KEYS:
            problems.append(f"setting extra.handbook.edition.{key}: unknown setting; allowed: {', '.join(EDITION_KEYS)}")
    label = raw.get("label") or Edition.label
    if not isinstance(label, str):
        problems.append(f"setting extra.handbook.edition.label: {_shown(label)} is not allowed; use a short text, "
                        "e.g. 2020-udgaven")
        label = Edition.label
    published = raw.get("published")
    if isinstance(published, dt.date):  # YAML reads 2020-09-21 as a date
        published = published.isoformat()
    elif published is not None:
        try:
            published = dt.date.fromisoformat(str(published)).isoformat()
        except ValueError:
            problems.append(f"setting extra.handbook.edition.published: {_shown(published)} is not allowed; "
                            "use a date as YYYY-MM-DD, e.g. 2020-09-21")
            published = None
    return Edition(label=label, published=published)


def _shown(value) -> str:
    """A setting's value as the message shows it."""
    return repr(value) if isinstance(value, str) else f"'{value}'"
