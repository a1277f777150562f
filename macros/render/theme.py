"""Theme (chapter) pages and the guideline overview."""

from __future__ import annotations

from macros.core import links
from macros.core.escape import md_text
from macros.model.records import Handbook, Theme
from macros.render.common import PUBLICATION, source_list, status_label
from macros.render.page import Page


def _guideline_lines(hb: Handbook, theme: Theme, here: str) -> list[str]:
    """One line per guideline of a theme: number, title, counts, status."""
    lines = []
    for g in hb.index.theme_guidelines(theme.id):
        target = links.relative(here, links.page("guideline", g.id))
        lovkrav = sum(1 for d in g.directions if d.kind == "lovkrav")
        label = status_label(g.status, here)
        page = f", s. {md_text(g.pages)}" if g.pages else ""
        lines.append(
            f"- [{g.number} {md_text(g.title)}]({target}){' ' + label if label else ''} – "
            f"{len(g.directions)} anvisninger, heraf {lovkrav} lovkrav{page}"
        )
    return lines


def render_theme(hb: Handbook, theme: Theme) -> Page:
    """The Markdown page of one theme (chapter)."""
    here = links.page("theme", theme.id)
    parts = [
        f"# Kapitel {theme.chapter}: {md_text(theme.title)}",
        "",
        f'<article class="theme" data-theme="{theme.id}" markdown>',
        "",
        theme.summary.strip(),
        "",
        f"I 2020-udgaven hedder kapitlet *{md_text(theme.official_title)}*"
        + (f" og begynder på s. {theme.page}." if theme.page else "."),
        "",
        "## Retningslinjer",
        "",
        *_guideline_lines(hb, theme, here),
        "",
        "## Kilder",
        "",
        source_list(hb, theme.sources),
        "",
        "</article>",
        "",
    ]
    return Page(here, f"Kapitel {theme.chapter}: {theme.title}", "\n".join(parts))


def render_guidelines_index(hb: Handbook) -> Page:
    """All guidelines grouped by theme."""
    here = links.index_page("guideline")
    total = len(hb.directions())
    lovkrav = sum(1 for _, d in hb.directions() if d.kind == "lovkrav")
    parts = [
        "# Alle retningslinjer",
        "",
        f"Håndbogen har {len(hb.guidelines)} retningslinjer med i alt {total} anvisninger, "
        f"heraf {lovkrav} lovkrav. Kilde: {PUBLICATION}.",
        "",
    ]
    for theme in hb.index.themes_by_chapter:
        target = links.relative(here, links.page("theme", theme.id))
        parts += [f"## [Kapitel {theme.chapter}: {md_text(theme.title)}]({target})", ""]
        parts += _guideline_lines(hb, theme, here)
        parts.append("")
    return Page(here, "Alle retningslinjer", "\n".join(parts))


def render_themes_index(hb: Handbook) -> Page:
    """The overview of the two themes."""
    here = links.index_page("theme")
    parts = ["# Temaer", "", "Retningslinjerne er delt i to temaer, som svarer til kapitel 2 og 3.", ""]
    for theme in hb.index.themes_by_chapter:
        target = links.relative(here, links.page("theme", theme.id))
        parts.append(f"- [Kapitel {theme.chapter}: {md_text(theme.title)}]({target}) – {theme.summary.strip()}")
    parts += ["", "## Kilder", ""]
    parts.append(source_list(hb, tuple(ref for t in hb.themes for ref in t.sources)))
    parts.append("")
    return Page(here, "Temaer", "\n".join(parts))
