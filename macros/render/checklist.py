"""The self-assessment checklist (docs/selvevaluering.md): the kvalitetsstandard's points and every direction, one
item each.

The page is complete without JS (a printable paper checklist). the checklist section of assets/handbook.js turns each item into a
status choice with a note, stores the answers in the browser, filters, summarises and exports/imports CSV.
"""

from __future__ import annotations

from dataclasses import dataclass

from macros.core import links
from macros.core.escape import html_attr, html_text, md_attr, md_text
from macros.core.plain import first_sentence, plain_text
from macros.model.records import Handbook
from macros.render.common import kind_badge, law_label, status_label
from macros.render.texts import Texts, handbook_texts

QUALITY_STANDARD = ("bek-1477-4", 1)  # (law id, stk.) whose numbered points the standard must cover
QUALITY_THEME = "organisering"  # the points belong with 2.8 Kvalitetsstandard, in the organisation chapter
NO_PHASE = "ingen"  # filter value for items bound to no single phase
STORAGE_VERSION = 1  # bump with the key in the checklist section of assets/handbook.js when the stored format changes
STATUSES = (  # (value in the CSV, label on the page); the paper checklist and the JS use the same four
    ("opfyldt", "Opfyldt"),
    ("delvist", "Delvist"),
    ("ikke opfyldt", "Ikke opfyldt"),
    ("ikke relevant", "Ikke relevant"),
)


@dataclass(frozen=True)
class CheckItem:
    """One line of the checklist and of its CSV export."""

    id: str  # direction id (3.4.2) or kvalitetsstandard-<n>
    type: str  # kvalitetsstandard, lovkrav or anbefaling
    title: str  # plain text, used in the CSV
    theme: str
    phase: str | None
    guideline: str | None


def quality_points(hb: Handbook) -> tuple[str, ...]:
    """The kvalitetsstandard's numbered points from the law data (empty if the data has none)."""
    law_id, stk = QUALITY_STANDARD
    part = hb.index.law_parts.get(f"{law_id}/{stk}")
    return part.items if part else ()


def quality_id(number: int) -> str:
    """Checklist id of a kvalitetsstandard point."""
    return f"kvalitetsstandard-{number}"


def checklist_items(hb: Handbook) -> list[CheckItem]:
    """Every checklist item in page order: the kvalitetsstandard's points, then each direction."""
    items = [
        CheckItem(quality_id(n), "kvalitetsstandard", f"Kvalitetsstandarden beskriver {plain_text(text)}", QUALITY_THEME, None, None)
        for n, text in enumerate(quality_points(hb), 1)
    ]
    items += [
        CheckItem(d.id, d.kind, first_sentence(d.text), g.theme, hb.direction_phase(g, d), g.id)
        for g, d in hb.directions()
    ]
    return items


def _item(item: CheckItem, head: str, body: str) -> list[str]:
    """One item: data attributes for the script, the text, and empty boxes for pen and paper."""
    lovkrav = "true" if item.type in ("lovkrav", "kvalitetsstandard") else "false"
    boxes = " ".join(f"☐ {label}" for _, label in STATUSES)
    return [
        f'<div class="check-item" id="tjek-{item.id}" data-item="{item.id}" data-type="{item.type}" '
        f'data-lovkrav="{lovkrav}" data-theme="{md_attr(item.theme)}" data-phase="{md_attr(item.phase or NO_PHASE)}" '
        f'data-title="{md_attr(item.title)}" markdown>',
        "",
        head,
        "{ .check-item__head }",
        "",
        body,
        "",
        f'<p class="check-item__paper" aria-hidden="true">{boxes}<br>Note: </p>',
        "",
        "</div>",
        "",
    ]


def _tools(hb: Handbook) -> list[str]:
    """Filters, summary and CSV actions: hidden until the script has loaded the saved answers."""
    themes = "".join(
        f'<option value="{html_attr(t.id)}">Kap. {t.chapter}: {html_text(t.title)}</option>'
        for t in hb.index.themes_by_chapter
    )
    phases = "".join(
        f'<option value="{html_attr(p.id)}">{html_text(p.title)}</option>' for p in hb.index.phases_by_order
    )
    statuses = "".join(f'<option value="{value}">{label}</option>' for value, label in STATUSES)
    return [
        '<div class="checklist-tools" data-checklist-tools hidden>',
        '<div class="checklist-filters" role="group" aria-label="Filtrér tjeklisten">',
        f'<label>Tema <select data-filter="theme"><option value="">Alle temaer</option>{themes}</select></label>',
        f'<label>Fase <select data-filter="phase"><option value="">Alle faser</option>{phases}'
        f'<option value="{NO_PHASE}">Ikke bundet til én fase</option></select></label>',
        '<label>Type <select data-filter="type"><option value="">Alle punkter</option>'
        '<option value="lovkrav">Kun lovkrav (med kvalitetsstandarden)</option>'
        '<option value="anbefaling">Kun anbefalinger</option>'
        '<option value="kvalitetsstandard">Kun kvalitetsstandardens punkter</option></select></label>',
        '<label>Status <select data-filter="status"><option value="">Alle</option>'
        f'<option value="ikke vurderet">Ikke vurderet</option>{statuses}</select></label>',
        "</div>",
        '<div class="checklist-summary" data-checklist-summary role="status"></div>',
        '<div class="checklist-actions">',
        '<button type="button" class="md-button" data-action="export">Eksportér <abbr title="kommaseparerede værdier">CSV</abbr></button>',
        '<label class="md-button checklist-import">Importér <abbr title="kommaseparerede værdier">CSV</abbr> '
        '<input type="file" accept=".csv,text/csv" data-action="import"></label>',
        '<button type="button" class="md-button" data-action="print">Udskriv</button>',
        '<button type="button" class="md-button" data-action="clear">Ryd alle svar</button>',
        "</div>",
        '<div class="checklist-message" data-checklist-message tabindex="-1" hidden></div>',
        "</div>",
        "",
    ]


def _main_guideline(hb: Handbook, ref: str):
    """The guideline with the most directions citing a law reference (2.8 for the kvalitetsstandard), or None."""
    counts = [(sum(ref in d.laws for d in g.directions), -index, g) for index, g in enumerate(hb.guidelines)]
    best = max(counts, default=(0, 0, None), key=lambda c: c[:2])
    return best[2] if best[0] else None


def checklist(hb: Handbook, here: str, texts: Texts | None = None) -> str:
    """The tools, then every item grouped by theme and guideline, the kvalitetsstandard's points first."""
    texts = texts or handbook_texts()
    items = {item.id: item for item in checklist_items(hb)}
    parts = [
        *_tools(hb),
        # a <section>, not a <div>: the theme's search skips an excluded element until the first closing tag
        # of the same name, so nested <div>s would end the exclusion early
        f'<section class="checklist" id="tjekliste" data-checklist data-version="{STORAGE_VERSION}" '
        "data-search-exclude markdown>",
        "",
    ]
    points = quality_points(hb)
    if points:
        law_id, stk = QUALITY_STANDARD
        ref = f"{law_id}/{stk}"
        intro = texts("tjekliste-kvalitetsstandard", antal=len(points),
                      lov=f"[{md_text(law_label(hb, ref))}]({links.to_law(here, ref)})")
        standard = _main_guideline(hb, ref)
        if standard:
            target = links.relative(here, links.page("guideline", standard.id))
            intro += " " + texts("tjekliste-se-også", retningslinje=f"[{standard.number} {md_text(standard.short_title)}]({target})")
        parts += [
            '<div class="checklist-group" data-group="kvalitetsstandard" markdown>',
            "",
            "## Kvalitetsstandardens punkter { #kvalitetsstandard }",
            "",
            intro,
            "",
        ]
        for n, text in enumerate(points, 1):
            item = items[quality_id(n)]
            head = f"**Punkt {n}** {kind_badge('lovkrav')}"
            parts += _item(item, head, f"Kvalitetsstandarden beskriver {text.strip().rstrip('.')}.")
        parts += ["</div>", ""]
    for theme in hb.index.themes_by_chapter:
        guidelines = [g for g in hb.index.theme_guidelines(theme.id) if g.directions]
        if not guidelines:
            continue
        parts += [
            f'<div class="checklist-theme" data-group="{md_attr(theme.id)}" markdown>',
            "",
            f"## Kap. {theme.chapter}: {md_text(theme.title)} {{ #tema-{theme.id} }}",
            "",
        ]
        for g in guidelines:
            page = links.page("guideline", g.id)
            parts += [
                f'<div class="checklist-group" data-group="{g.id}" markdown>',
                "",
                f"### [{g.number} {md_text(g.short_title)}]({links.relative(here, page)}) {{ #tjek-{g.id} }}",
                "",
            ]
            for d in g.directions:
                label = status_label(d.status, here)
                head = f"[{d.id}]({links.to_direction(here, g.id, d.id)}) {kind_badge(d.kind)}" + (f" {label}" if label else "")
                parts += _item(items[d.id], head, links.rebase(d.text.strip(), page, here))
            parts += ["</div>", ""]
        parts += ["</div>", ""]
    parts += ["</section>", ""]
    return "\n".join(parts)
