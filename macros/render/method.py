"""Method pages and the methods overview."""

from __future__ import annotations

from macros.core import links
from macros.core.escape import md_cell, md_text
from macros.model.records import Guideline, Handbook, Method
from macros.render.common import source_list, status_label, table_cell
from macros.render.page import Page


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


def _named_in_2020(method: Method) -> list[str]:
    """The honest answer to 'is the method named in the 2020 edition?'."""
    if method.named_in_2020:
        return [
            f"Ja. En kilde bekræfter, at 2020-udgaven af retningslinjerne nævner {md_text(method.name)}. "
            "Kilden står under *Kilder* nederst på siden.",
            "",
        ]
    return [
        '!!! note "Ikke bekræftet i 2020-teksten"',
        f"    Vi har ikke kunnet bekræfte, at 2020-udgaven af retningslinjerne nævner {md_text(method.name)}. "
        "Den del af 2020-udgaven, vi har haft adgang til, viser kun titlerne på retningslinjerne – "
        "ikke hvilke metoder de nævner.",
        "",
        "    Metoden er med i håndbogen, fordi Socialstyrelsen og forskningsmiljøet på området beskriver den "
        "som virksom eller udbredt i den sociale stofmisbrugsbehandling. Tjek "
        f"[den officielle udgave]({links.OFFICIAL_URL}), før du skriver, at retningslinjerne anbefaler metoden.",
        "",
    ]


def _guideline_list(hb: Handbook, method: Method, here: str) -> list[str]:
    """Bullets linking every guideline that points at the method (generated from guideline.methods)."""
    found = referring_guidelines(hb, method.id)
    if not found:
        return ["_Ingen retningslinjer i håndbogen henviser endnu til metoden._", ""]
    lines = []
    for g in found:
        label = status_label(g.status, here)
        target = links.relative(here, links.page("guideline", g.id))
        lines.append(f"- [{g.number} {md_text(g.short_title)}]({target})" + (f" {label}" if label else ""))
    return [*lines, ""]


def render_method(hb: Handbook, method: Method) -> Page:
    """The whole Markdown page of one method."""
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
        *_named_in_2020(method),
        "## Retningslinjer der peger på metoden",
        "",
        *_guideline_list(hb, method, here),
        "## Kilder",
        "",
        source_list(hb, method.sources),
        "",
        "</article>",
        "",
    ]
    return Page(here, title, "\n".join(parts))


def render_methods_index(hb: Handbook) -> Page:
    """The overview of all methods with the guidelines that point at each."""
    here = links.index_page("method")
    methods = ordered_methods(hb)
    named = sum(1 for m in methods if m.named_in_2020)
    if named == 0:
        status = (
            "Vi har ikke kunnet bekræfte, at 2020-udgaven af retningslinjerne nævner nogen af dem ved navn. "
            "Hver metodeside siger, hvad vi ved, og hvor vi ved det fra."
        )
    else:
        status = f"{named} af dem er bekræftet nævnt i 2020-udgaven; det står på den enkelte metodeside."
    parts = [
        "# Metoder og redskaber",
        "",
        "Her finder du behandlingsmetoder og udredningsredskaber, som Socialstyrelsen og forskningsmiljøet "
        "beskriver som virksomme eller udbredte i den sociale stofmisbrugsbehandling. " + status,
        "",
        "| Metode | Kort fortalt | Retningslinjer | Nævnt i 2020-udgaven |",
        "|---|---|---|---|",
    ]
    for m in methods:
        target = links.relative(here, links.page("method", m.id))
        guidelines = ", ".join(
            f"[{g.number}]({links.relative(here, links.page('guideline', g.id))})"
            for g in referring_guidelines(hb, m.id)
        ) or "–"
        parts.append(
            f"| [{md_cell(method_title(m))}]({target}) | {table_cell(m.summary)} | {guidelines} | "
            f"{'Ja' if m.named_in_2020 else 'Ikke bekræftet'} |"
        )
    parts.append("")
    return Page(here, "Metoder og redskaber", "\n".join(parts))
