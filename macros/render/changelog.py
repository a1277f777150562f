"""The change log page: which parts of the handbook changed when, from the data files' history."""

from __future__ import annotations

import re

from macros.core import links
from macros.core.escape import md_text
from macros.model.edition import BuildInfo, danish_date, edition_line
from macros.model.records import Handbook
from macros.render.page import Page

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


def render_changelog(hb: Handbook, info: BuildInfo, pages: frozenset[str] | None = None) -> Page:
    """The whole page; links only to pages in `pages` (generated pages plus the sources page), if given."""
    history = info.history
    parts = [
        "# Ændringslog",
        "",
        f"Håndbogen følger {md_text(edition_line(info.edition))}. Her kan du se, hvornår håndbogens egne data sidst "
        "blev ændret, og hvilke dele ændringerne handlede om.",
        "",
        f"**Data sidst ændret:** {danish_date(history.latest())}",
        "",
        "Hvad der præcis er ændret – fx en anvisning, der er omformuleret – står under «Historik» nederst på "
        "hver retningslinje, hvert princip, hver lovparagraf og hver beslutningsvej. Du kan også følge ændringerne "
        f"i [ændringsfeedet]({links.relative(HERE, links.FEED)}) (Atom) med en feedlæser.",
        "",
    ]
    if not history.commits:
        parts += [
            "Ændringshistorikken er ikke med i denne udgave af håndbogen. Den er bygget uden versionshistorik, "
            "så datoerne står som «ukendt». Indholdet følger stadig udgaven ovenfor.",
            "",
        ]
        return Page(links.CHANGELOG_PAGE, "Ændringslog", "\n".join(parts))

    def item(rel: str) -> str:
        label, page = data_file_target(hb, rel)
        if page and (pages is None or page in pages or page == SOURCES_PAGE):
            # a guideline's or flow's page says what changed in its 'Historik'
            anchor = links.HISTORY_ANCHOR if rel.startswith(("guidelines/", "flows/")) else None
            return f"[{label}]({links.relative(HERE, page, anchor)})"
        return label

    by_date: dict[str, list[str]] = {}
    for commit in history.commits:
        listed = by_date.setdefault(commit.date, [])
        listed += [rel for rel in commit.files if rel not in listed]
    if history.pending:
        parts += [
            "!!! note \"Ændringer, der ikke er registreret endnu\"",
            "",
            "    Denne udgave er bygget med rettelser, der endnu ikke er gemt i versionshistorikken: "
            + ", ".join(item(rel) for rel in sorted(history.pending)) + ".",
            "",
        ]
    for date, files in by_date.items():
        labels = list(dict.fromkeys(item(rel) for rel in sorted(files, key=_natural)))
        parts += [f"## {danish_date(date)}", "", *[f"- {label}" for label in labels], ""]
    return Page(links.CHANGELOG_PAGE, "Ændringslog", "\n".join(parts))


# Reader order of the data files: content first, sources last; files not named here come after.
ORDER = ("principles.yml", "themes.yml", "guidelines", "laws.yml", "phases.yml", "flows", "methods", "terms.yml",
         "changes.yml", "sources.yml")


def _natural(rel: str) -> tuple:
    """Sort key: reader order of the file, then numbers by value (3-2 before 3-10)."""
    head = rel.split("/", 1)[0]
    rank = ORDER.index(head) if head in ORDER else len(ORDER)
    return rank, [(0, int(t), "") if t.isdigit() else (1, 0, t) for t in re.split(r"(\d+)", rel)]
