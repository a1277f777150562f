"""The principle × guideline matrix (docs/principper/matrix.md): how many directions of each guideline carry each
principle."""

from __future__ import annotations

from macros.core import links
from macros.core.escape import html_text, md_attr, md_text
from macros.model.records import Guideline, Handbook, Principle


def cell_count(hb: Handbook, g: Guideline, p: Principle) -> int:
    """Number of the guideline's directions that carry the principle."""
    return sum(1 for d in g.directions if p.id in hb.direction_principles(g, d))


def _cell(hb: Handbook, g: Guideline, p: Principle, here: str) -> str:
    """One cell: the count linked to the principle page's section on this guideline, or a dash."""
    label = md_attr(f"{p.number}. {p.title}")
    count = cell_count(hb, g, p)
    if not count:
        return (
            f'<td class="matrix__cell matrix__cell--empty" data-label="{label}">'
            '<span aria-hidden="true">–</span><span class="sr-only">ingen</span></td>'
        )
    target = links.relative(here, links.page("principle", p.id), links.principle_guideline_anchor(g.id))
    noun = "anvisning" if count == 1 else "anvisninger"
    return (
        f'<td class="matrix__cell" data-label="{label}" data-count="{count}" markdown="span">'
        f'[{count}<span class="sr-only"> {noun} i {g.number} bærer princippet {md_text(p.title)}</span>]({target})</td>'
    )


def _row(hb: Handbook, g: Guideline, principles, here: str) -> str:
    """One guideline row."""
    target = links.relative(here, links.page("guideline", g.id))
    cells = "".join(_cell(hb, g, p, here) for p in principles)
    total = len(g.directions)
    return (
        f'<tr class="matrix__row" data-guideline="{g.id}" markdown="1">'
        f'<th scope="row" class="matrix__guideline" markdown="span">[{g.number} {md_text(g.short_title)}]({target})</th>'
        f"{cells}"
        f'<td class="matrix__total" data-label="Anvisninger i alt">{total}</td></tr>'
    )


def render_matrix_table(hb: Handbook, here: str, caption: str) -> str:
    """The accessible table (caption: plain text, scoped headers); CSS turns it into a list on narrow screens."""
    principles = hb.index.principles_by_number
    heads = "".join(
        f'<th scope="col" class="matrix__principle" data-principle="{md_attr(p.id)}" markdown="span">'
        f"[{p.number}. {md_text(p.title)}]({links.relative(here, links.page('principle', p.id))})</th>"
        for p in principles
    )
    lines = [
        '<div class="matrix-wrap" role="region" aria-labelledby="matrix-caption" tabindex="0" markdown="1">',
        '<table class="matrix" markdown="1">',
        f'<caption id="matrix-caption">{html_text(caption)}</caption>',
        '<thead markdown="1"><tr markdown="1"><th scope="col">Retningslinje</th>'
        f'{heads}<th scope="col">Anvisninger i alt</th></tr></thead>',
    ]
    for theme in hb.index.themes_by_chapter:
        guidelines = hb.index.theme_guidelines(theme.id)
        if not guidelines:
            continue
        lines.append('<tbody markdown="1">')
        lines.append(
            f'<tr class="matrix__group" markdown="1"><th scope="rowgroup" colspan="{len(principles) + 2}">'
            f"Kapitel {theme.chapter}: {md_text(theme.title)}</th></tr>"
        )
        lines += [_row(hb, g, principles, here) for g in guidelines]
        lines.append("</tbody>")
    totals = "".join(
        f'<td data-label="{md_attr(f"{p.number}. {p.title}")}">{len(hb.index.carrying(p.id))}</td>'
        for p in principles
    )
    lines += [
        f'<tfoot markdown="1"><tr class="matrix__sum"><th scope="row">I alt</th>{totals}'
        f'<td data-label="Anvisninger i alt">{len(hb.directions())}</td></tr></tfoot>',
        "</table>",
        "</div>",
        "",
    ]
    return "\n".join(lines)
