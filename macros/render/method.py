"""Method pages and the table of the methods overview (docs/metoder/index.md)."""

from __future__ import annotations

from macros.core import links
from macros.core.escape import md_cell, md_text
from macros.model.records import Guideline, Handbook, Method
from macros.render.common import source_list, status_label, table_cell
from macros.render.page import Page
from macros.render.texts import Texts, handbook_texts


def ordered_methods(hb: Handbook) -> list[Method]:
    """Methods in reading order: alphabetical by name (files sort by id, which readers never see)."""
    return list(hb.index.methods_by_name)


def method_title(method: Method) -> str:
    """The name with its abbreviation, e.g. 'Motiverende samtale (MI)' (plain text)."""
    if method.abbreviation and method.abbreviation not in method.name:
        return f"{method.name} ({method.abbreviation})"
    return method.name


def referring_guidelines(hb: Handbook, method_id: str) -> list[Guideline]:
    """The guidelines whose methods list names this method, in handbook order."""
    return list(hb.index.method_guidelines(method_id))


def _named_in_2020(method: Method, texts: Texts) -> list[str]:
    """The honest answer to 'is the method named in the 2020 edition?'."""
    if method.named_in_2020:
        return [texts("metode-nævnt", metode=md_text(method.name)), ""]
    return [texts("metode-ikke-bekræftet", metode=md_text(method.name), officiel=links.OFFICIAL_URL), ""]


def _guideline_list(hb: Handbook, method: Method, here: str, texts: Texts) -> list[str]:
    """Bullets linking every guideline that points at the method (generated from guideline.methods)."""
    found = referring_guidelines(hb, method.id)
    if not found:
        return [texts("metode-ingen-retningslinjer"), ""]
    lines = []
    for g in found:
        label = status_label(g.status, here)
        target = links.relative(here, links.page("guideline", g.id))
        lines.append(f"- [{g.number} {md_text(g.short_title)}]({target})" + (f" {label}" if label else ""))
    return [*lines, ""]


def render_method(hb: Handbook, method: Method, texts: Texts | None = None) -> Page:
    """The whole Markdown page of one method."""
    texts = texts or handbook_texts()
    here = links.page("method", method.id)
    title = method_title(method)
    parts = [
        f"# {md_text(title)}",
        "",
        f'<article class="method" data-method="{method.id}" markdown>',
        "",
        f"**{method.summary.strip()}**",
        "",
        "## Hvad er metoden",
        "",
        method.description.strip(),
        "",
        "## Målgruppe",
        "",
        method.target_group.strip(),
        "",
        "## Viden om virkning",
        "",
        method.evidence.strip(),
        "",
        "## Nævnt i 2020-udgaven?",
        "",
        *_named_in_2020(method, texts),
        "## Retningslinjer der peger på metoden",
        "",
        *_guideline_list(hb, method, here, texts),
        "## Kilder",
        "",
        source_list(hb, method.sources),
        "",
        "</article>",
        "",
    ]
    return Page(here, title, "\n".join(parts))


def methods_named_in_2020(hb: Handbook) -> int:
    """How many methods a source confirms the 2020 edition names."""
    return sum(1 for m in hb.methods if m.named_in_2020)


def methods_table(hb: Handbook, here: str) -> str:
    """The overview table of every method with the guidelines that point at it (docs/metoder/index.md)."""
    lines = ["| Metode | Kort fortalt | Retningslinjer | Nævnt i 2020-udgaven |", "|---|---|---|---|"]
    for m in ordered_methods(hb):
        target = links.relative(here, links.page("method", m.id))
        guidelines = ", ".join(
            f"[{g.number}]({links.relative(here, links.page('guideline', g.id))})"
            for g in referring_guidelines(hb, m.id)
        ) or "–"
        lines.append(
            f"| [{md_cell(method_title(m))}]({target}) | {table_cell(m.summary)} | {guidelines} | "
            f"{'Ja' if m.named_in_2020 else 'Ikke bekræftet'} |"
        )
    return "\n".join(lines)
