"""Which feature stylesheets and scripts a page loads: only those whose markup is on the page.

Every page loads the theme and the assets listed in mkdocs.yml (extra_css, extra_javascript); the tools
below are each used on a few pages, so a guideline page does not download them (benchmarks/REPORT.md)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Feature:
    """A tool's assets and the markup that shows the tool is on a page."""

    markers: tuple[str, ...]
    css: tuple[str, ...] = ()
    js: tuple[str, ...] = ()


FEATURES = (
    # the lovkrav toggle and copy-citation buttons on directions (macros/render/guideline.py)
    Feature(markers=("data-lovkrav-filter", "data-citation="), js=("assets/directions.js",)),
    # stars on guidelines and directions, and the favourites page; saved on the device through local-store.js
    Feature(markers=("data-guideline=", "data-direction=", "data-favourites"), css=("assets/favourites.css",),
            js=("assets/local-store.js", "assets/favourites.js")),
    # flow pages and the flows embedded in guidelines (macros/render/flow.py)
    Feature(markers=('class="flow"',), css=("assets/flow.css",), js=("assets/flow.js",)),
    # course modules with their projector view (macros/render/course.py)
    Feature(markers=('class="course"',), css=("assets/course.css",), js=("assets/course.js",)),
    # the self-assessment checklist (macros/render/checklist.py)
    Feature(markers=('class="checklist"',), css=("assets/checklist.css",),
            js=("assets/local-store.js", "assets/checklist.js")),
    # "Historik" on record pages and the "changed since your last visit" marks (macros/render/history.py)
    Feature(markers=('class="history',), css=("assets/history.css",),
            js=("assets/local-store.js", "assets/history.js")),
    # "Hvor er borgeren nu?": phase chooser and date helper (macros/render/pathway.py)
    Feature(markers=("data-pathway-chooser", "data-date-tool"), js=("assets/pathway.js",)),
)


def page_assets(html: str) -> tuple[list[str], list[str]]:
    """(stylesheets, scripts) the page's HTML needs beyond the ones every page loads."""
    used = [feature for feature in FEATURES if any(marker in html for marker in feature.markers)]
    # a file shared by two tools (local-store.js) loads once, where the first tool needs it
    return list(dict.fromkeys(css for f in used for css in f.css)), list(dict.fromkeys(js for f in used for js in f.js))


def all_feature_files() -> set[str]:
    """Every file some page may load (they must exist in docs/ and never be in the every-page lists)."""
    return {path for feature in FEATURES for path in (*feature.css, *feature.js)}
