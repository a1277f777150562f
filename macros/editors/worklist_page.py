"""The editors' worklist (docs/redaktoer/arbejdsliste.md): the open items, grouped by guideline, with where to look."""

from __future__ import annotations

from macros.core import links
from macros.core.escape import html_attr, md_text
from macros.editors.texts import fill
from macros.editors.worklist import WorkItem, worklist_items
from macros.model.records import CONFIRMED, Guideline, Handbook, Status
from macros.render.common import STATUS_LABELS, status_label


def open_items(hb: Handbook) -> str:
    """How many items are open, by status, e.g. '2 (2 med status «redaktionel»).'."""
    items = worklist_items(hb)
    counts = {s: sum(1 for i in items if i.status == s) for s in Status}
    by_status = ", ".join(f"{counts[s]} med status «{STATUS_LABELS[s].lower()}»" for s in Status if counts[s])
    return f"{len(items)}" + (f" ({by_status})." if items else ".")


def render_worklist(hb: Handbook, here: str, check: dict[str, str], principles_where: str, unknown_page: str,
                    empty: str) -> str:
    """The open items, grouped by guideline, each with what to check and where.

    check: what to check, per unconfirmed status (its value, e.g. 'redaktionel'); principles_where: where the
    principles are described; unknown_page: where to look when a guideline's page is unknown ({kapitel}, {nummer});
    empty: the text when nothing is open."""
    missing = [s.value for s in Status if s not in CONFIRMED and s.value not in check]
    if missing:
        raise ValueError(f"worklist(check=…): no text for status {', '.join(missing)}; add one")
    items = worklist_items(hb)
    if not items:
        return empty
    loose = [i for i in items if i.guideline is None]
    principles = [i for i in loose if i.key.startswith("principle:")]
    others = [i for i in loose if not i.key.startswith("principle:")]
    by_guideline: dict[str, list[WorkItem]] = {}
    for i in items:
        if i.guideline is not None:
            by_guideline.setdefault(i.guideline, []).append(i)
    parts = []
    if principles:
        parts += ["## Principper", "", f"Slå op i: {principles_where}.", ""]
        parts += [_item(i, here, check) for i in principles] + [""]
    for g in hb.guidelines:
        mine = by_guideline.get(g.id)
        if not mine:
            continue
        target = links.relative(here, links.page("guideline", g.id))
        parts += [
            f"## {g.number} {md_text(g.short_title)} {{ #arbejdsliste-{g.id} }}",
            "",
            f"Slå op i: {where_to_look(hb, g, unknown_page)}. [Gå til retningslinjen]({target}).",
            "",
            *[_item(i, here, check) for i in mine],
            "",
        ]
    if others:
        parts += ["## Øvrige poster", "", *[_item(i, here, check) for i in others], ""]
    return "\n".join(parts)


def where_to_look(hb: Handbook, g: Guideline, unknown_page: str) -> str:
    """Where in the official publication an editor should look, e.g. '2020-udgaven s. 60' (Markdown)."""
    if g.pages:
        return f"2020-udgaven s. {md_text(g.pages)}"
    return fill(unknown_page, kapitel=str(hb.theme(g.theme).chapter), nummer=g.number)


def _item(item: WorkItem, here: str, check: dict[str, str]) -> str:
    """One list item: marker, link, status, what to check, where to edit, current sources."""
    label = md_text(item.label)
    if item.page:
        label = f"[{label}]({links.relative(here, item.page, item.anchor)})"
    field = f" → `{item.field}`" if item.field else ""
    sources = "; ".join(_source(r) for r in item.sources) or "ingen"
    return (
        f'- <span class="worklist-item" data-worklist-item="{html_attr(item.key)}"></span>**{label}** '
        f"{status_label(item.status, here, always=True)}  \n"
        f"  {check[item.status.value]} Ret i `{item.file}`{field}. Kilder nu: {sources}."
    )


def _source(ref) -> str:
    """A short source reference, e.g. 'K1 s. 60'."""
    return md_text(ref.source + (f" s. {ref.pages}" if ref.pages else ""))
