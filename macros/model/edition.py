"""Facts about one build that do not live in data/: the edition, the repository history, Danish dates."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from macros.model.versions import Versions

MONTHS = ("januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september",
          "oktober", "november", "december")
UNKNOWN = "ukendt"


@dataclass(frozen=True)
class Commit:
    """One commit that touched data/: its date (YYYY-MM-DD), short hash and the data files it changed."""

    date: str
    hash: str
    files: tuple[str, ...]  # relative to data/, e.g. guidelines/3-4.yml
    time: str = ""  # committer time, RFC 3339 (e.g. 2025-03-02T12:00:00+01:00)
    full_hash: str = ""


@dataclass(frozen=True)
class History:
    """The data files' history, newest commit first; empty when git or the history is missing."""

    commits: tuple[Commit, ...] = ()
    pending: frozenset[str] = frozenset()  # data files with changes not yet committed

    def last_changed(self, rel_path: str) -> str | None:
        """Date of the newest commit that changed a data file, or None if unknown."""
        return next((c.date for c in self.commits if rel_path in c.files), None)

    def latest(self) -> str | None:
        """Date of the newest commit that changed any data file, or None."""
        return self.commits[0].date if self.commits else None


@dataclass(frozen=True)
class Edition:
    """The official edition the handbook follows (mkdocs.yml extra.handbook.edition)."""

    label: str = "2020-udgaven"
    published: str | None = None  # ISO date the edition was published


@dataclass(frozen=True)
class BuildInfo:
    """Everything a page needs beyond the model; the defaults are the clean fallback without git or config."""

    edition: Edition = field(default_factory=Edition)
    history: History = field(default_factory=History)
    versions: Versions = field(default_factory=Versions)  # what changed in each record, commit by commit


def danish_date(iso: str | dt.date | None) -> str:
    """'2020-09-21' (or a date) -> '21. september 2020'; None -> 'ukendt'."""
    if not iso:
        return UNKNOWN
    if isinstance(iso, dt.date):
        value = iso
    else:
        try:
            value = dt.date.fromisoformat(iso)
        except ValueError:
            return iso
    return f"{value.day}. {MONTHS[value.month - 1]} {value.year}"


def edition_line(edition: Edition) -> str:
    """E.g. '2020-udgaven, offentliggjort 21. september 2020'."""
    if edition.published:
        return f"{edition.label}, offentliggjort {danish_date(edition.published)}"
    return edition.label
