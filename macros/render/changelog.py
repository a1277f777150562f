"""The data-driven parts of the change log (docs/aendringslog.md): which parts of the handbook changed when, from the
data files' history."""

from __future__ import annotations

import re
from dataclasses import dataclass

from macros.core import links
from macros.core.escape import md_text
from macros.model.edition import BuildInfo, danish_date, edition_line
from macros.model.records import Handbook

HERE = links.CHANGELOG_PAGE
SOURCES_PAGE = "om/kilder.md"  # hand-written page listing the sources
# List files of data/ -> (what readers call them, the page that shows them)
LIST_FILES = {
    "principles.yml": ("Principper", links.index_page("principle")),
    "themes.yml": ("Temaer", links.index_page("theme")),
    "laws.yml": ("Lovgrundlag", links.index_page("law")),
    "phases.yml": ("Faser i borgerens forløb", links.PATHWAY_PAGE),
    "terms.yml": ("Ordliste", links.GLOSSARY_PAGE),
    "changes.yml": ("Hvad er nyt i 2020", links.CHANGES_PAGE),
    "sources.yml": ("Kilder", SOURCES_PAGE),
}


def data_file_target(hb: Handbook, rel: str) -> tuple[str, str | None]:
    """What a data file (relative to data/) is to a reader as Markdown, and the page showing it (None if none)."""
    folder, _, name = rel.partition("/")
    record_id = name.removesuffix(".yml")
    if folder == "guidelines" and record_id in hb.index.guidelines:
        g = hb.guideline(record_id)
        return f"{g.number} {md_text(g.short_title)}", links.page("guideline", g.id)
    if folder == "methods" and record_id in hb.index.methods:
        return md_text(hb.method(record_id).name), links.page("method", record_id)
    if folder == "flows" and "flow" in links.SECTIONS:
        flow = hb.index.flows.get(record_id)
        if flow:
            return f"Beslutningsvej: {md_text(flow.title)}", links.page("flow", flow.id)
    if rel in LIST_FILES:
        return LIST_FILES[rel]
    return f"`data/{rel}`", None


@dataclass(frozen=True)
class Changelog:
    """What the change log (docs/aendringslog.md) shows of the data's history, each part ready for Markdown."""

    edition: str  # the edition line
    changed: str  # when data/ last changed (Danish date, or 'ukendt')
    has_history: bool  # False when the build has no git history
    pending: str  # the parts with uncommitted changes, as links; '' if none
    dates: str  # a '## date' section per day with the parts that changed, newest first


def changelog(hb: Handbook, info: BuildInfo, pages: frozenset[str] | None = None) -> Changelog:
    """The log's facts; links only to pages in `pages` (every page of the site), if given."""
    history = info.history

    def item(rel: str) -> str:
        label, page = data_file_target(hb, rel)
        if page and (pages is None or page in pages):
            # a guideline's or flow's page says what changed in its 'Historik'
            anchor = links.HISTORY_ANCHOR if rel.startswith(("guidelines/", "flows/")) else None
            return f"[{label}]({links.relative(HERE, page, anchor)})"
        return label

    by_date: dict[str, list[str]] = {}
    for commit in history.commits:
        listed = by_date.setdefault(commit.date, [])
        listed += [rel for rel in commit.files if rel not in listed]
    dates = []
    for date, files in by_date.items():
        labels = list(dict.fromkeys(item(rel) for rel in sorted(files, key=_natural)))
        dates += [f"## {danish_date(date)}", "", *[f"- {label}" for label in labels], ""]
    return Changelog(
        edition=md_text(edition_line(info.edition)),
        changed=danish_date(history.latest()),
        has_history=bool(history.commits),
        pending=", ".join(item(rel) for rel in sorted(history.pending)),
        dates="\n".join(dates),
    )


# Reader order of the data files: content first, sources last; files not named here come after.
ORDER = ("principles.yml", "themes.yml", "guidelines", "laws.yml", "phases.yml", "flows", "methods", "terms.yml",
         "changes.yml", "sources.yml")


def _natural(rel: str) -> tuple:
    """Sort key: reader order of the file, then numbers by value (3-2 before 3-10)."""
    head = rel.split("/", 1)[0]
    rank = ORDER.index(head) if head in ORDER else len(ORDER)
    return rank, [(0, int(t), "") if t.isdigit() else (1, 0, t) for t in re.split(r"(\d+)", rel)]
