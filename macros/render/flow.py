"""Decision flows: the step-by-step text (the primary form), the flow pages, the guideline section and the list on the
flows overview (docs/beslutningsveje/index.md)."""

from __future__ import annotations

from macros.core import links
from macros.core.escape import md_text
from macros.model.flow import Flow, FlowNode
from macros.model.records import Guideline, Handbook, Status
from macros.model.versions import Versions
from macros.render.common import law_link, source_list, status_label
from macros.render.flow_diagram import render_diagram, render_flow_dot
from macros.render.flow_graph import Layout, direction_guideline, flow_layout, ordered_flows
from macros.render.history import changed_attr, render_history
from macros.render.page import Page
from macros.render.texts import Texts, handbook_texts

KIND_CLASS = {"step": "flow-node--step", "decision": "flow-node--decision", "outcome": "flow-node--outcome"}


def node_links(hb: Handbook, node: FlowNode, from_page: str) -> list[str]:
    """Markdown links to the guidelines, directions and laws behind a node (none to the page itself)."""
    items = []
    for gid in node.guidelines:
        g = hb.guideline(gid)
        target = links.relative(from_page, links.page("guideline", gid))
        if target:
            items.append(f"[{g.number} {md_text(g.short_title)}]({target})")
    for did in node.directions:
        g = direction_guideline(hb, did)
        items.append(f"[anvisning {did}]({links.to_direction(from_page, g.id, did)})")
    items += [law_link(hb, ref, from_page) for ref in node.laws]
    return items


def _node_head(flow: Flow, node: FlowNode, number: int) -> str:
    """The numbered label of a node (a span, so '1.' never starts a Markdown list)."""
    kind = '<span class="flow-node__kind">Resultat:</span> ' if node.kind == "outcome" else ""
    return f'<span class="flow-node__no">{number}.</span> {kind}{md_text(node.label)}'


def _node_body(hb: Handbook, flow: Flow, node: FlowNode, from_page: str) -> list[str]:
    """The explanation and the 'read more' links of a node."""
    lines = []
    if node.text.strip():
        # editors write links relative to the flow's own page; the text is shown on guideline pages too
        lines += [links.rebase(node.text.strip(), links.page("flow", flow.id), from_page), ""]
    items = node_links(hb, node, from_page)
    if items:
        lines += ["Læs mere: " + " · ".join(items), "{ .flow-node__links }", ""]
    return lines


def _jump(flow: Flow, lay: Layout, target: str, verb: str = "Fortsæt ved") -> list[str]:
    """A link to a node written elsewhere in the text (a merge point or a step earlier on)."""
    node = flow.node(target)
    anchor = links.flow_node_anchor(flow.id, target)
    return [f"{verb} [trin {lay.number[target]}: {md_text(node.label)}](#{anchor})", "{ .flow-jump }", ""]


def _chain(hb: Handbook, flow: Flow, lay: Layout, node_id: str, from_page: str,
           versions: Versions | None = None) -> list[str]:
    """A node, what follows inline after it, then the merge points it dominates (versions: mark changed steps)."""
    node = flow.node(node_id)
    changed = changed_attr(versions, "flow", flow.id, f"trin:{node_id}") if versions else ""
    anchor = links.flow_node_anchor(flow.id, node_id)
    number = lay.number[node_id]
    out = flow.edges_from(node_id)
    followers = lay.followers.get(node_id, ())
    lines: list[str]
    if node.kind == "decision":
        lines = [
            f'<details class="flow-node {KIND_CLASS[node.kind]}" id="{anchor}"{changed} markdown>',
            f'<summary markdown="span">{_node_head(flow, node, number)}</summary>',
            "",
            *_node_body(hb, flow, node, from_page),
        ]
        for edge in out:
            lines += ['<div class="flow-answer" markdown>', "", f"**{md_text(edge.label)}**", "{ .flow-answer__label }", ""]
            if edge.to in lay.inline:
                lines += _chain(hb, flow, lay, edge.to, from_page, versions)
            else:
                lines += _jump(flow, lay, edge.to, "Gå videre til")
            lines += ["</div>", ""]
        lines += ["</details>", ""]
    else:
        lines = [
            f'<div class="flow-node {KIND_CLASS[node.kind]}" id="{anchor}"{changed} markdown>',
            "",
            _node_head(flow, node, number),
            "{ .flow-node__head }",
            "",
            *_node_body(hb, flow, node, from_page),
            "</div>",
            "",
        ]
        for edge in out:  # a step has exactly one way out
            if edge.to in lay.inline:
                lines += _chain(hb, flow, lay, edge.to, from_page, versions)
            elif edge.to not in followers:  # a follower is written right below: no jump needed
                lines += _jump(flow, lay, edge.to)
    for follower in followers:
        lines += _chain(hb, flow, lay, follower, from_page, versions)
    return lines


def render_flow_steps(hb: Handbook, flow: Flow, from_page: str, versions: Versions | None = None) -> str:
    """The accessible step-by-step rendition: plain blocks for steps, <details> per decision."""
    lay = flow_layout(hb, flow)
    lines = [
        f'<div class="flow" id="{links.flow_anchor(flow.id)}" data-flow="{flow.id}" markdown>',
        "",
        *_chain(hb, flow, lay, flow.start, from_page, versions),
        "</div>",
        "",
    ]
    return "\n".join(lines)


def _guideline_links(hb: Handbook, flow: Flow, from_page: str) -> str:
    """The guidelines a flow belongs to, as Markdown links."""
    return ", ".join(
        f"[{hb.guideline(g).number} {md_text(hb.guideline(g).short_title)}]({links.relative(from_page, links.page('guideline', g))})"
        for g in flow.guidelines
    )


def render_flow_page(hb: Handbook, flow: Flow, svg: str, versions: Versions | None = None,
                     texts: Texts | None = None) -> Page:
    """The page of one flow: summary, step-by-step text, overview diagram and sources."""
    texts = texts or handbook_texts()
    here = links.page("flow", flow.id)
    parts = [
        f"# {md_text(flow.title)}",
        "",
        flow.summary.strip(),
        "",
        '<div class="guideline-facts" markdown>',
        "",
    ]
    if flow.guidelines:
        parts.append(f"- **Hører til:** {_guideline_links(hb, flow, here)}")
    parts += [
        f"- **Status:** {texts('beslutningsvej-redaktionel')} {status_label(Status.redaktionel, here, always=True)}",
        "- **Diagram:** [oversigtsdiagrammet](#oversigtsdiagram) står under teksten.",
        "",
        "</div>",
        "",
        "## Trin for trin",
        "",
        texts("beslutningsvej-læsning"),
        "",
        render_flow_steps(hb, flow, here, versions),
        "## Oversigtsdiagram",
        "",
        render_diagram(flow, svg, texts),
        "## Kilder",
        "",
        source_list(hb, flow.sources),
        "",
        *render_history(hb, versions or Versions(), "flow", flow, here, texts),
    ]
    return Page(here, flow.title, "\n".join(parts))


def flow_list(hb: Handbook, here: str) -> str:
    """Every flow with its summary and the guidelines it belongs to (docs/beslutningsveje/index.md)."""
    parts = []
    for flow in ordered_flows(hb):
        parts += [
            f"## [{md_text(flow.title)}]({links.relative(here, links.page('flow', flow.id))})",
            "",
            flow.summary.strip(),
            "",
        ]
        if flow.guidelines:
            parts += [f"**Hører til:** {_guideline_links(hb, flow, here)}", ""]
    return "\n".join(parts)


def render_flow_embed(hb: Handbook, flow: Flow, from_page: str) -> str:
    """A flow's step-by-step text with a link to its page (diagram included), for any page."""
    target = links.relative(from_page, links.page("flow", flow.id))
    return "\n".join([
        render_flow_steps(hb, flow, from_page),
        f"[Se beslutningsvejen med oversigtsdiagram]({target})",
        "{ .flow-more }",
        "",
    ])


def render_guideline_flows(hb: Handbook, g: Guideline, from_page: str) -> list[str]:
    """The 'Beslutningsvej' section of a guideline page (empty when no flow belongs there)."""
    flows = hb.index.guideline_flows(g.id)
    if not flows:
        return []
    parts = ["## Beslutningsvej" if len(flows) == 1 else "## Beslutningsveje", ""]
    for flow in flows:
        parts += [
            f"### {md_text(flow.title)}",
            "",
            flow.summary.strip(),
            "",
            render_flow_embed(hb, flow, from_page),
        ]
    return parts


def render_flow_pages(hb: Handbook, draw, use_directory_urls: bool = True,
                      versions: Versions | None = None, texts: Texts | None = None) -> list[Page]:
    """One page per flow; draw turns DOT into SVG (Graphviz in the build)."""
    return [
        render_flow_page(hb, flow, draw(render_flow_dot(hb, flow, links.page("flow", flow.id), use_directory_urls)),
                         versions, texts)
        for flow in ordered_flows(hb)
    ]
