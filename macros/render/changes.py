"""The data-driven parts of "Hvad er nyt i 2020" (docs/nyt-i-2020.md): the two themes, one row per guideline, sources."""

from __future__ import annotations

from macros.core import links
from macros.core.escape import md_cell, md_text
from macros.model.records import Change, Handbook, SourceRef
from macros.render.common import source_list, status_label, table_cell


def change_for(hb: Handbook, guideline_id: str) -> Change | None:
    """The change record of a guideline, if any."""
    return hb.index.changes.get(guideline_id)


def theme_links(hb: Handbook, here: str) -> str:
    """The themes as links in chapter order: '[Organisering af indsatsen](…) (kapitel 2) og […] (kapitel 3)'."""
    return " og ".join(
        f"[{md_text(t.title)}]({links.relative(here, links.page('theme', t.id))}) (kapitel {t.chapter})"
        for t in hb.index.themes_by_chapter
    )


def changes_tables(hb: Handbook, here: str) -> str:
    """One table per chapter: 2020 guideline | 2016 counterpart | what changed | status."""
    lines = []
    for theme in hb.index.themes_by_chapter:
        guidelines = hb.index.theme_guidelines(theme.id)
        if not guidelines:
            continue
        lines += [
            f"### Kapitel {theme.chapter}: {md_text(theme.title)}",
            "",
            "| 2020-retningslinje | Modstykke i 2016 | Hvad er ændret | Status |",
            "|---|---|---|---|",
        ]
        for g in guidelines:
            target = links.relative(here, links.page("guideline", g.id))
            first = f"[{g.number} {md_cell(g.short_title)}]({target})"
            change = change_for(hb, g.id)
            if change is None:
                lines.append(f"| {first} | – | _Ingen ændring registreret i håndbogen._ | |")
                continue
            counterparts = "<br>".join(md_cell(c) for c in change.counterparts_2016) or "–"
            label = status_label(change.status, here, always=True)
            lines.append(f"| {first} | {counterparts} | {table_cell(change.summary)} | {label} |")
        lines.append("")
    return "\n".join(lines)


def changes_sources(hb: Handbook, fixed: tuple[str, ...]) -> str:
    """The page's sources: those behind its own text (fixed), then each change's, each once (only ids the data has)."""
    known = hb.index.sources
    ids = [*fixed, *(ref.source for c in hb.changes for ref in c.sources)]
    return source_list(hb, [SourceRef(source=i) for i in dict.fromkeys(i for i in ids if i in known)])
