"""Whether a page loads assets/tools.js: the script of the three tools used on a few pages only.

Every page loads assets/handbook.css and assets/handbook.js (mkdocs.yml); the tools' code would add about 11 KB
gzip to every first visit, so only the pages with a tool's markup load it (benchmarks/REPORT.md)."""

from __future__ import annotations

TOOLS_JS = "assets/tools.js"
# the self-assessment (render/checklist.py), "Hvor er borgeren nu?" (render/pathway.py), courses (render/course.py)
TOOL_MARKERS = ('class="checklist"', "data-pathway-chooser", "data-date-tool", 'class="course"')


def page_scripts(html: str) -> list[str]:
    """The scripts this page's HTML needs beyond the ones every page loads."""
    return [TOOLS_JS] if any(marker in html for marker in TOOL_MARKERS) else []
