"""The data-driven parts of "Hvor er borgeren nu?" (docs/hvor-er-borgeren.md): the phase chooser, the date helper's
forms, and the phases in order with their deadlines and directions."""

from __future__ import annotations

from macros.core import links
from macros.core.escape import html_text, md_attr, md_text
from macros.model.records import Handbook, Phase
from macros.render.common import law_links
from macros.render.direction_list import direction_list, lovkrav_first
from macros.render.texts import Texts, handbook_texts

GUARANTEE = "sel-101/4"  # the 14-day guarantee
FOLLOW_UP = "bek-1477-4/2"  # follow-up 1 and 6 months after the course ends
GUARANTEE_TOOL = "datohjaelper-garanti"
FOLLOW_UP_TOOL = "datohjaelper-opfoelgning"
# a date form's short name -> (its id, which assets/tools.js reads as the rule to apply; its date field's id)
DATE_TOOLS = {"garanti": (GUARANTEE_TOOL, "dato-henvendelse"), "opfoelgning": (FOLLOW_UP_TOOL, "dato-udskrivning")}


def phase_directions(hb: Handbook, phase_id: str):
    """(guideline, direction) pairs that apply in a phase, lovkrav first."""
    return lovkrav_first(hb.index.phase_directions(phase_id))


def pathway_chooser(hb: Handbook) -> str:
    """The phase list readers choose from; plain anchor links, enhanced by the pathway section of assets/handbook.js."""
    lines = ['<nav class="pathway-chooser" aria-label="Faser i borgerens forløb" data-pathway-chooser markdown="1">', ""]
    for phase in _phases(hb):
        count = len(phase_directions(hb, phase.id))
        lines.append(f"1. [{md_text(phase.title)}](#{links.phase_anchor(phase.id)}) ({count} anvisninger)")
    lines += ["", "</nav>", ""]
    return "\n".join(lines)


def date_tool(tool: str, label: str) -> str:
    """A date form shown by assets/tools.js (hidden without JS); results go to a polite live region.

    tool: 'garanti' or 'opfoelgning' (the rule tools.js applies); label: the date field's label (plain text)."""
    if tool not in DATE_TOOLS:
        raise ValueError(f"date_tool('{tool}'): unknown; use one of: {', '.join(DATE_TOOLS)}")
    form, name = DATE_TOOLS[tool]
    return (
        f'<form class="date-helper" id="{form}" data-date-tool="{form}" hidden>\n'
        f'<p class="date-helper__field"><label for="{name}">{html_text(label)}</label>\n'
        f'<input type="date" id="{name}" name="{name}" data-date-input></p>\n'
        f'<div class="date-helper__result" data-date-result aria-live="polite"></div>\n</form>\n'
    )


def _deadlines(hb: Handbook, phase: Phase, here: str) -> list[str]:
    """The deadlines binding a phase, with law links and a pointer to the date helper where it helps."""
    if not phase.deadlines:
        return ["_Ingen lovbestemte frister i fasen._", ""]
    lines = []
    for deadline in phase.deadlines:
        laws = f" ({law_links(hb, deadline.laws, here)})" if deadline.laws else ""
        tool = ""
        if GUARANTEE in deadline.laws:
            tool = f" [Beregn datoen](#{GUARANTEE_TOOL})"
        elif FOLLOW_UP in deadline.laws:
            tool = f" [Beregn datoen](#{FOLLOW_UP_TOOL})"
        lines.append(f"- **{md_text(deadline.label)}:** {deadline.rule.strip()}{laws}{tool}")
    return lines + [""]


def _phase(hb: Handbook, phase: Phase, phases, here: str, texts: Texts) -> list[str]:
    """One phase section: summary, deadlines, guidelines, directions (lovkrav first), next/previous."""
    pairs = phase_directions(hb, phase.id)
    lovkrav = sum(1 for _, d in pairs if d.kind == "lovkrav")
    guidelines = hb.index.phase_guidelines(phase.id)
    lines = [
        f'<section class="pathway-phase" data-phase="{md_attr(phase.id)}" markdown="1">',
        "",
        f"## {phase.order}. {md_text(phase.title)} {{ #{links.phase_anchor(phase.id)} }}",
        "",
        phase.summary.strip(),
        "",
        f"### Frister i fasen {{ #{links.phase_anchor(phase.id)}-frister }}",
        "",
        *_deadlines(hb, phase, here),
    ]
    if guidelines:
        lines += [f"### Retningslinjer i fasen {{ #{links.phase_anchor(phase.id)}-retningslinjer }}", ""]
        lines += [
            f"- [{g.number} {md_text(g.title)}]({links.relative(here, links.page('guideline', g.id))})" for g in guidelines
        ]
        lines.append("")
    lines += [f"### Anvisninger i fasen {{ #{links.phase_anchor(phase.id)}-anvisninger }}", ""]
    if pairs:
        lines += [
            texts("fase-anvisninger", antal=len(pairs), lovkrav=lovkrav),
            "",
            direction_list(hb, pairs, here, css="direction-list pathway-directions"),
        ]
    else:
        lines += [texts("fase-ingen-anvisninger"), ""]
    index = phases.index(phase)
    steps = []
    if index > 0:
        before = phases[index - 1]
        steps.append(f"[← Forrige fase: {md_text(before.title)}](#{links.phase_anchor(before.id)})")
    if index + 1 < len(phases):
        after = phases[index + 1]
        steps.append(f"[Næste fase: {md_text(after.title)} →](#{links.phase_anchor(after.id)})")
    if steps:
        lines += [" · ".join(steps), "{ .pathway-steps }", ""]
    lines += ["</section>", ""]
    return lines


def pathway_phases(hb: Handbook, here: str, texts: Texts | None = None) -> str:
    """Every phase in order: summary, deadlines, guidelines, directions (lovkrav first), next/previous."""
    texts = texts or handbook_texts()
    phases = _phases(hb)
    parts = ['<div class="pathway-phases" data-pathway-phases markdown="1">', ""]
    for phase in phases:
        parts += _phase(hb, phase, phases, here, texts)
    parts += ["</div>", ""]
    return "\n".join(parts)


def unbound_guidelines(hb: Handbook, here: str) -> str:
    """The guidelines bound to no phase (they apply across the whole course) with their lovkrav counts."""
    return "\n".join(
        f"- [{g.number} {md_text(g.title)}]({links.relative(here, links.page('guideline', g.id))}) – "
        f"{sum(1 for d in g.directions if d.kind == 'lovkrav')} lovkrav"
        for g in hb.index.phase_guidelines(None)
    )


def _phases(hb: Handbook) -> tuple[Phase, ...]:
    """The phases in pathway order."""
    return hb.index.phases_by_order
