"""The data-driven parts of the lovkrav lens (docs/lovkrav.md), grouped by phase and by law, and a guideline's lovkrav box."""

from __future__ import annotations

from macros.core import links
from macros.core.escape import md_text
from macros.model.records import Guideline, Handbook
from macros.render.direction_list import direction_list
from macros.render.texts import Texts, handbook_texts

NO_PHASE_TITLE = "Gælder hele forløbet / organisering"
BY_LAW_ANCHOR = "efter-lov"  # the index by law, the last section of docs/lovkrav.md


def lovkrav(hb: Handbook):
    """Every (guideline, direction) pair whose direction is a lovkrav, in handbook order."""
    return [(g, d) for g, d in hb.directions() if d.kind == "lovkrav"]


def by_phase(hb: Handbook) -> list[tuple[str | None, list]]:
    """(phase id or None, pairs) in pathway order; None collects directions bound to no phase."""
    groups = [
        (phase_id, [(g, d) for g, d in hb.index.phase_directions(phase_id) if d.kind == "lovkrav"])
        for phase_id in (*(phase.id for phase in hb.index.phases_by_order), None)
    ]
    return [(phase_id, found) for phase_id, found in groups if found]


def by_first_law(hb: Handbook, pairs) -> list[tuple[str, list]]:
    """(law id, pairs) grouped by each direction's first law, laws in data order."""
    order = [law.id for law in hb.laws]
    groups: dict[str, list] = {}
    for g, d in pairs:
        groups.setdefault(d.laws[0].partition("/")[0], []).append((g, d))
    return sorted(groups.items(), key=lambda item: order.index(item[0]))


def lovkrav_guideline_count(hb: Handbook) -> int:
    """How many guidelines have at least one lovkrav."""
    return len({g.id for g, _ in lovkrav(hb)})


def lovkrav_jump(hb: Handbook) -> str:
    """The jump line: each phase with its number of lovkrav, then the index by law."""
    jump = []
    for phase_id, found in by_phase(hb):
        title = md_text(hb.phase(phase_id).title) if phase_id else NO_PHASE_TITLE
        anchor = links.phase_anchor(phase_id) if phase_id else links.NO_PHASE_ANCHOR
        jump.append(f"[{title}](#{anchor}) ({len(found)})")
    jump.append(f"[Efter lov](#{BY_LAW_ANCHOR})")
    return " · ".join(jump)


def lovkrav_by_phase(hb: Handbook, here: str, texts: Texts | None = None) -> str:
    """A section per phase (then the whole course), the lovkrav in it grouped by their first law."""
    texts = texts or handbook_texts()
    parts = ['<div class="lens-phases" markdown="1">', ""]
    for phase_id, found in by_phase(hb):
        if phase_id:
            phase = hb.phase(phase_id)
            parts += [
                f"## {phase.order}. {md_text(phase.title)} {{ #{links.phase_anchor(phase_id)} }}",
                "",
                texts("lovkrav-fase", fase=links.to_phase(here, phase_id)),
                "{ .lens-phase-link }",
                "",
            ]
        else:
            parts += [f"## {NO_PHASE_TITLE} {{ #{links.NO_PHASE_ANCHOR} }}", "", texts("lovkrav-hele-forløbet"), ""]
        for law_id, law_pairs in by_first_law(hb, found):
            parts += [f"### {_law_heading(hb.law(law_id))}", ""]
            parts.append(direction_list(hb, law_pairs, here, css="direction-list lens-list"))
    parts += ["</div>", ""]
    return "\n".join(parts)


def lovkrav_by_law(hb: Handbook, here: str) -> str:
    """Per law paragraph and stk.: links to the paragraph and to every direction that cites it."""
    lines = []
    for law in hb.laws:
        refs: dict[str, list] = {}
        for g, d, ref in hb.index.citing(law.id):
            if d.kind == "lovkrav":
                refs.setdefault(ref, []).append((g, d))
        if not refs:
            continue
        lines += [f"### {_law_heading(law)} {{ #{links.law_anchor(law.id)} }}", ""]
        for ref in sorted(refs, key=lambda r: int(r.partition("/")[2] or 0)):
            stk = ref.partition("/")[2]
            label = f"Stk. {stk}" if stk else "Hele paragraffen"
            directions = ", ".join(f"[{d.id}]({links.to_direction(here, g.id, d.id)})" for g, d in refs[ref])
            lines.append(f"- [{label}]({links.to_law(here, ref)}): {directions}")
        lines.append("")
    return "\n".join(lines)


def _law_heading(law) -> str:
    """'SEL § 101 – Behandling' as heading text."""
    return md_text(f"{law.abbreviation} {law.paragraph} – {law.title}")


def render_lovkrav_filter(hb: Handbook, g: Guideline, here: str, texts: Texts | None = None) -> str:
    """The guideline page's lovkrav line: links to the lovkrav without JS; handbook.js adds the toggle (not searched:
    it names directions, which are search results of their own)."""
    texts = texts or handbook_texts()
    pairs = [(g, d) for d in g.directions if d.kind == "lovkrav"]
    lens = links.relative(here, links.LOVKRAV_PAGE)
    if not g.directions:
        return ""
    if not pairs:
        return (
            '<div class="lovkrav-filter lovkrav-filter--none" data-search-exclude markdown="1">\n\n'
            f"{texts('lovkrav-boks-ingen', alle=lens)}\n\n</div>\n"
        )
    # one line: the lovkrav come first in the list below, so the box only names them and offers the filter
    items = ", ".join(f"[{d.id}]({links.relative(here, here, links.direction_anchor(d.id))})" for _, d in pairs)
    return (
        f'<div class="lovkrav-filter" data-lovkrav-filter="{links.DIRECTIONS_ANCHOR}" data-search-exclude markdown="1">\n\n'
        f"{texts('lovkrav-boks', lovkrav=items, antal=len(pairs), af=len(g.directions), alle=lens)}\n\n</div>\n"
    )
