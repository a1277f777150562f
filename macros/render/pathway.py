"""The "Hvor er borgeren nu?" navigator: the phases in order, their deadlines and directions, a date helper."""

from __future__ import annotations

from macros.core import links
from macros.core.escape import md_attr, md_text
from macros.model.records import Handbook, Phase
from macros.render.common import law_link, law_links
from macros.render.direction_list import direction_list, lovkrav_first
from macros.render.page import Page

GUARANTEE = "sel-101/4"  # the 14-day guarantee
GUARANTEE_WAIVED = "sel-101/6"  # the deadline can be waived when the citizen chooses another offer
MEDICAL = "sul-142/6"  # medical treatment: 14 days from the request for it
FOLLOW_UP = "bek-1477-4/2"  # follow-up 1 and 6 months after the course ends
GUARANTEE_TOOL = "datohjaelper-garanti"
FOLLOW_UP_TOOL = "datohjaelper-opfoelgning"


def _has(hb: Handbook, ref: str) -> bool:
    """Whether the data has the law and stk. a reference names (small datasets may lack some)."""
    law_id, _, stk = ref.partition("/")
    law = hb.index.laws.get(law_id)
    return law is not None and (not stk or int(stk) in {p.stk for p in law.parts})


def _law(hb: Handbook, ref: str, here: str, text: str) -> str:
    """A law link if the data has it, else the reader's label as plain text."""
    return law_link(hb, ref, here) if _has(hb, ref) else text


def phase_directions(hb: Handbook, phase_id: str):
    """(guideline, direction) pairs that apply in a phase, lovkrav first."""
    return lovkrav_first(hb.index.phase_directions(phase_id))


def _chooser(hb: Handbook, phases) -> list[str]:
    """The phase list readers choose from; plain anchor links, enhanced by the pathway section of assets/handbook.js."""
    lines = ['<nav class="pathway-chooser" aria-label="Faser i borgerens forløb" data-pathway-chooser markdown="1">', ""]
    for phase in phases:
        count = len(phase_directions(hb, phase.id))
        lines.append(f"1. [{md_text(phase.title)}](#{links.phase_anchor(phase.id)}) ({count} anvisninger)")
    lines += ["", "</nav>", ""]
    return lines


def _tool(tool: str, fields: list[tuple[str, str]]) -> str:
    """A date form shown by assets/handbook.js (hidden without JS); results go to a polite live region."""
    inputs = "\n".join(
        f'<p class="date-helper__field"><label for="{name}">{label}</label>\n'
        f'<input type="date" id="{name}" name="{name}" data-date-input></p>'
        for name, label in fields
    )
    return (
        f'<form class="date-helper" id="{tool}" data-date-tool="{tool}" hidden>\n{inputs}\n'
        f'<div class="date-helper__result" data-date-result aria-live="polite"></div>\n</form>\n'
    )


def _date_helper(hb: Handbook, here: str) -> list[str]:
    """The date helper with the rules beside it: what it counts, what the law says and does not say."""
    guarantee = _law(hb, GUARANTEE, here, "SEL § 101, stk. 4")
    waived = _law(hb, GUARANTEE_WAIVED, here, "SEL § 101, stk. 6")
    medical = _law(hb, MEDICAL, here, "SUL § 142, stk. 6")
    follow_up = _law(hb, FOLLOW_UP, here, "BEK 1477/2019 § 4, stk. 2")
    return [
        f"## Datohjælper {{ #{links.DATE_HELPER_ANCHOR} }}",
        "",
        '<div class="date-helpers" markdown="1">',
        "",
        "Skriv en dato, så regner hjælperen fristerne ud. Hjælperen kører i din browser. "
        "Datoerne bliver ikke sendt nogen steder hen og bliver ikke gemt.",
        "",
        "Hjælperen kræver JavaScript. Uden JavaScript kan du regne selv efter reglerne nedenfor.",
        "{ .date-helper__nojs }",
        "",
        "### Behandlingsgarantien: 14 dage",
        "",
        _tool(GUARANTEE_TOOL, [("dato-henvendelse", "Dato for borgerens henvendelse til kommunen")]),
        '<div class="date-helper__rules" markdown="1">',
        "",
        "- **Sådan regner hjælperen:** henvendelsesdatoen plus 14 kalenderdage. Alle dage tæller med, "
        "også lørdage, søndage og helligdage. Dagen for henvendelsen er dag 0. Henvender borgeren sig "
        "fredag den 5. februar 2027, skal behandlingen være i gang senest fredag den 19. februar 2027.",
        f"- **Det siger loven:** Behandlingen skal være sat i gang senest 14 dage efter, at borgeren har "
        f"henvendt sig til kommunen ({guarantee}). Fristen kan fraviges, hvis borgeren selv vælger et "
        f"andet tilbud ({waived}).",
        "- **Det siger loven ikke:** Håndbogen kender ingen regel, der flytter fristen, når den sidste dag "
        "er en lørdag, søndag eller helligdag. Her gælder kommunens egen praksis. Er I i tvivl, så spørg "
        "kommunens jurister.",
        f"- **Lægelig behandling** har sin egen frist på 14 dage ({medical}). Den regnes fra borgerens "
        "anmodning om lægelig behandling, ikke fra henvendelsen om social behandling.",
        "",
        "</div>",
        "",
        "### Opfølgning efter udskrivning: 1 og 6 måneder",
        "",
        _tool(FOLLOW_UP_TOOL, [("dato-udskrivning", "Dato, hvor forløbet blev afsluttet (udskrivning)")]),
        '<div class="date-helper__rules" markdown="1">',
        "",
        "- **Sådan regner hjælperen:** udskrivningsdatoen plus 1 og plus 6 kalendermåneder. Det giver "
        "samme dato i den måned. Findes datoen ikke i måneden, bruger hjælperen månedens sidste dag. "
        "Den 31. januar plus 1 måned bliver derfor den 28. februar, i skudår den 29. februar.",
        f"- **Det siger loven:** Der skal følges op første gang senest 1 måned og anden gang 6 måneder "
        f"efter, at forløbet er afsluttet ({follow_up}).",
        "- **Det siger loven ikke:** Bekendtgørelsen siger ikke, hvad der sker, når datoen ikke findes i "
        "måneden. Reglen om månedens sidste dag er håndbogens valg. Håndbogen kender heller ingen regel, "
        "der flytter en frist, som falder på en lørdag, søndag eller helligdag. Her gælder kommunens egen praksis.",
        "",
        "</div>",
        "",
        "</div>",
        "",
    ]


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


def _phase(hb: Handbook, phase: Phase, phases, here: str) -> list[str]:
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
            f"{len(pairs)} anvisninger, heraf {lovkrav} lovkrav. Lovkravene står først.",
            "",
            direction_list(hb, pairs, here, css="direction-list pathway-directions"),
        ]
    else:
        lines += ["_Ingen anvisninger er knyttet til fasen i data._", ""]
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


def _whole_course(hb: Handbook, here: str) -> list[str]:
    """Guidelines bound to no phase: they apply across the whole course."""
    unbound = hb.index.phase_guidelines(None)
    if not unbound:
        return []
    lovkrav_page = links.relative(here, links.LOVKRAV_PAGE, links.NO_PHASE_ANCHOR)
    lines = [
        f"## Gælder hele forløbet {{ #{links.NO_PHASE_ANCHOR} }}",
        "",
        "Disse retningslinjer hører ikke til én fase. De handler om, hvordan indsatsen er organiseret, "
        f"og gælder i hele forløbet. Deres lovkrav står samlet på siden [Alle lovkrav]({lovkrav_page}).",
        "",
    ]
    lines += [
        f"- [{g.number} {md_text(g.title)}]({links.relative(here, links.page('guideline', g.id))}) – "
        f"{sum(1 for d in g.directions if d.kind == 'lovkrav')} lovkrav"
        for g in unbound
    ]
    return lines + [""]


def render_pathway(hb: Handbook) -> Page:
    """The navigator page."""
    here = links.PATHWAY_PAGE
    phases = hb.index.phases_by_order
    parts = [
        "# Hvor er borgeren nu?",
        "",
        '<article class="pathway" data-pathway markdown>',
        "",
        f"Borgerens forløb har {len(phases)} {'fase' if len(phases) == 1 else 'faser'}. "
        "Vælg den fase, borgeren er i. Så ser du de frister, "
        "der gælder, og de anvisninger, I skal følge. Lovkravene står først.",
        "",
        f"Regn fristerne for en bestemt borger ud i [datohjælperen](#{links.DATE_HELPER_ANCHOR}). "
        f"Alle lovkrav står samlet på siden [Alle lovkrav]({links.relative(here, links.LOVKRAV_PAGE)}).",
        "",
        *_chooser(hb, phases),
        *_date_helper(hb, here),
        '<div class="pathway-phases" data-pathway-phases markdown="1">',
        "",
    ]
    for phase in phases:
        parts += _phase(hb, phase, phases, here)
    parts += ["</div>", "", *_whole_course(hb, here), "</article>", ""]
    return Page(here, "Hvor er borgeren nu?", "\n".join(parts), assets=frozenset({links.TOOLS_JS}))
