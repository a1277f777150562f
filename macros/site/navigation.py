"""The site navigation, built from the model so it never drifts from the data."""

from __future__ import annotations

from macros.core import links
from macros.core.escape import page_title
from macros.model.records import Handbook
from macros.model.settings import NAV_GUIDELINES_LIMIT
from macros.render.accessibility import ACCESSIBILITY_PAGE, DEPLOY_GUIDE
from macros.render.course import ordered_courses
from macros.render.flow_graph import ordered_flows
from macros.render.local import LOCAL_PAGE
from macros.render.method import method_title, ordered_methods
from macros.render.printpage import PRINT_PAGE

INTRODUCTION = [
    {"Om retningslinjerne": "introduktion/index.md"},
    {"Brug af håndbogen": "introduktion/brug.md"},
    {"Definitioner": "introduktion/definitioner.md"},
    {"Opbygning": "introduktion/opbygning.md"},
    {"Fra 2016 til 2020": "introduktion/historik.md"},
]
ABOUT = [
    {"Om håndbogen": "om/index.md"},
    {"Redaktionel status": "om/status.md"},
    {"Kilder": "om/kilder.md"},
    {"Udskriv hele håndbogen": PRINT_PAGE},
    {"Tilgængelighedserklæring": ACCESSIBILITY_PAGE},
    {"Drift og opsætning": DEPLOY_GUIDE},
    {"Åbne data": links.DATA_PAGE},
    {"Ændringslog": links.CHANGELOG_PAGE},
    {"For redaktører": [
        {"Vejledning": links.EDITORS_PAGES["index"]},
        {"Felter": links.EDITORS_PAGES["fields"]},
        {"Skabeloner": links.EDITORS_PAGES["templates"]},
        {"Fejlbeskeder": links.EDITORS_PAGES["errors"]},
        {"Arbejdsliste": links.EDITORS_PAGES["worklist"]},
    ]},
]




def build_nav(hb: Handbook, local_label: str | None = None, limit: int | None = NAV_GUIDELINES_LIMIT) -> list:
    """The nav list for mkdocs: hand-written sections plus one entry per guideline and principle.

    local_label: the title of a municipality's local page, when an overlay is set.
    limit: a chapter with more guidelines than this lists only its overview page (None: no limit).
    Titles from data go through page_title(): the theme prints nav titles as HTML.
    """
    principles = [{"Oversigt": links.index_page("principle")}, {"Principper og retningslinjer": links.MATRIX_PAGE}] + [
        {page_title(f"{p.number}. {p.title}"): links.page("principle", p.id)}
        for p in hb.index.principles_by_number
    ]
    chapters = []
    for theme in hb.index.themes_by_chapter:
        listed = list(hb.index.theme_guidelines(theme.id))
        if limit is not None and len(listed) > limit:
            listed = []
        entries = [{"Om kapitlet": links.page("theme", theme.id)}] + [
            {page_title(f"{g.number} {g.short_title}"): links.page("guideline", g.id)} for g in listed
        ]
        chapters.append({page_title(f"Kap. {theme.chapter}: {theme.title}"): entries})
    return [
        {"Forside": "index.md"},
        *([{page_title(local_label): LOCAL_PAGE}] if local_label else []),
        {"Introduktion": INTRODUCTION},
        {"Hvor er borgeren nu?": links.PATHWAY_PAGE},
        {"Principper": principles},
        {"Retningslinjer": [{"Alle retningslinjer": links.index_page("guideline")}, *chapters]},
        *_flows(hb),
        {"Lovgrundlag": [{"Oversigt": links.index_page("law")}, {"Alle lovkrav": links.LOVKRAV_PAGE}]
         + [{page_title(f"{law.abbreviation} {law.paragraph}"): links.page("law", law.id)} for law in hb.laws]},
        *_methods_and_changes(hb),
        {"Temaer": links.index_page("theme")},
        {"Ordliste": links.GLOSSARY_PAGE},
        *_tools(hb),
        {"Om håndbogen": ABOUT},
    ]


def _tools(hb: Handbook) -> list:
    """Nav entries for the self-assessment, the favourites and (when there are modules) the course modules."""
    entries = [{"Værktøjer": [{"Selvevaluering": links.CHECKLIST_PAGE}, {"Mine favoritter": links.FAVOURITES_PAGE}]}]
    if hb.courses:
        entries.append({"Undervisning": [{"Oversigt": links.index_page("course")}]
                        + [{page_title(c.title): links.page("course", c.id)} for c in ordered_courses(hb)]})
    return entries


def _methods_and_changes(hb: Handbook) -> list:
    """Nav entries for the optional methods and 2016-to-2020 pages (present only when their data is)."""
    entries = []
    if hb.methods:
        entries.append({"Metoder": [{"Oversigt": links.index_page("method")}]
                        + [{page_title(method_title(m)): links.page("method", m.id)} for m in ordered_methods(hb)]})
    if hb.changes:
        entries.append({"Hvad er nyt i 2020": links.CHANGES_PAGE})
    return entries


def _flows(hb: Handbook) -> list:
    """Nav entry for the decision flows (present only when there are flows)."""
    if not hb.flows:
        return []
    return [{"Beslutningsveje": [{"Oversigt": links.index_page("flow")}]
             + [{page_title(f.title): links.page("flow", f.id)} for f in ordered_flows(hb)]}]


def reading_order(nav: list) -> list[str]:
    """Every page path a nav list names, in reading order."""
    paths: list[str] = []
    for entry in nav:
        for value in (entry.values() if isinstance(entry, dict) else [entry]):
            paths += reading_order(value) if isinstance(value, list) else [value]
    return paths


def nav_pages(nav: list) -> frozenset[str]:
    """Every page path a nav list names."""
    return frozenset(reading_order(nav))


def guidelines_not_in_nav(hb: Handbook, nav: list) -> frozenset[str]:
    """Guideline pages a compact nav leaves out (reached from their chapter page and the index instead)."""
    return frozenset(links.page("guideline", g.id) for g in hb.guidelines) - nav_pages(nav)
