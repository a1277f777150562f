"""Theme (chapter) pages and the lists of the theme and guideline overviews (docs/temaer/, docs/retningslinjer/)."""

from __future__ import annotations

from macros.core import links
from macros.core.escape import md_text
from macros.model.records import Handbook, Theme
from macros.render.common import source_list, status_label
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


def guidelines_by_chapter(hb: Handbook, here: str) -> str:
    """Every guideline under its chapter's heading (docs/retningslinjer/index.md)."""
    parts = []
    for theme in hb.index.themes_by_chapter:
        target = links.relative(here, links.page("theme", theme.id))
        parts += [f"## [Kapitel {theme.chapter}: {md_text(theme.title)}]({target})", ""]
        parts += _guideline_lines(hb, theme, here)
        parts.append("")
    return "\n".join(parts)


def theme_list(hb: Handbook, here: str) -> str:
    """The themes in chapter order, each with its summary (docs/temaer/index.md)."""
    return "\n".join(
        f"- [Kapitel {theme.chapter}: {md_text(theme.title)}]({links.relative(here, links.page('theme', theme.id))}) – "
        f"{theme.summary.strip()}"
        for theme in hb.index.themes_by_chapter
    )


def theme_sources(hb: Handbook) -> str:
    """The sources of every theme."""
    return source_list(hb, tuple(ref for t in hb.themes for ref in t.sources))
