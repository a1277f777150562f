"""Decision flows: a step-by-step HTML text (the primary form), Graphviz DOT for the diagram, and their pages."""

from __future__ import annotations

import re
import textwrap
from dataclasses import dataclass

from .. import links
from ..flow_model import Flow, FlowNode
from ..model import Guideline, Handbook, Status
from .common import law_label, law_link, source_list, status_label

KIND_CLASS = {"step": "flow-node--step", "decision": "flow-node--decision", "outcome": "flow-node--outcome"}
# Diagram colours: dark text on light fills (contrast well above 4.5:1), the kind also shown by shape.
DOT_STYLE = {
    "step": 'shape=box, style="rounded,filled", fillcolor="#e8eef7", color="#1d4f91"',
    "decision": 'shape=diamond, style="filled", fillcolor="#fff4d6", color="#5c4400"',
    "outcome": 'shape=box, style="rounded,filled,bold", fillcolor="#e3f1e4", color="#1b5e20", peripheries=2',
}
WRAP = {"step": 24, "decision": 18, "outcome": 24}


@dataclass(frozen=True)
class Layout:
    """Where each node goes in the text: its number, and what is written after which node."""

    number: dict[str, int]
    inline: frozenset[str]  # nodes written right after their only predecessor
    followers: dict[str, tuple[str, ...]]  # nodes written after the block of the node that dominates them


MAIN_LINE = 3  # a decision's branch this long (or longer) and longest is the main line: it goes below the question


def layout(flow: Flow) -> Layout:
    """Place every node exactly once, in reading order, by walking the flow's dominator tree."""
    preds = {n.id: [e.from_ for e in flow.edges_to(n.id)] for n in flow.nodes}
    inline = {n for n, p in preds.items() if n != flow.start and len(p) == 1}
    idom = _immediate_dominators(flow)
    followers: dict[str, list[str]] = {}
    for node in flow.nodes:  # data order keeps the text stable and predictable
        if node.id != flow.start and node.id not in inline and node.id in idom:
            followers.setdefault(idom[node.id], []).append(node.id)
    size = _subtree_sizes(idom)
    for node in flow.nodes:
        # a decision without a join point would nest the rest of the flow inside one answer; instead
        # its longest branch continues below the question, and the answer points down to it
        branches = [e.to for e in flow.edges_from(node.id) if e.to in inline]
        if node.kind != "decision" or node.id in followers or not branches:
            continue
        longest = max(branches, key=lambda b: size[b])
        if size[longest] >= MAIN_LINE and sum(size[b] == size[longest] for b in branches) == 1:
            inline.discard(longest)
            followers[node.id] = [longest]
    frozen = {k: tuple(v) for k, v in followers.items()}
    number: dict[str, int] = {}

    def visit(node_id: str) -> None:
        number[node_id] = len(number) + 1
        for edge in flow.edges_from(node_id):
            if edge.to in inline and edge.to not in number:
                visit(edge.to)
        for follower in frozen.get(node_id, ()):
            visit(follower)

    visit(flow.start)
    return Layout(number, frozenset(inline), frozen)


def _subtree_sizes(idom: dict[str, str]) -> dict[str, int]:
    """How many nodes each node dominates, itself included."""
    size = dict.fromkeys([*idom, *idom.values()], 1)
    for node in idom:
        parent = idom.get(node)
        while parent is not None:  # walk up the dominator tree; flows are small
            size[parent] += 1
            parent = idom.get(parent)
    return size


def _immediate_dominators(flow: Flow) -> dict[str, str]:
    """For each reachable node but the start, the last node every path from the start must pass."""
    order = _reachable_order(flow)
    dom = {n: set(order) for n in order}
    dom[flow.start] = {flow.start}
    changed = True
    while changed:  # flows are small: the plain set formulation is fast enough
        changed = False
        for n in order[1:]:
            preds = [e.from_ for e in flow.edges_to(n) if e.from_ in dom]
            new = {n} | set.intersection(*(dom[p] for p in preds))
            if new != dom[n]:
                dom[n], changed = new, True
    idom = {}
    for n in order[1:]:
        strict = dom[n] - {n}
        # the immediate dominator is the strict dominator that all the others dominate
        idom[n] = next(d for d in strict if all(o in dom[d] for o in strict))
    return idom


def _reachable_order(flow: Flow) -> list[str]:
    """Reachable node ids in breadth-first order from the start."""
    order, seen = [flow.start], {flow.start}
    for current in order:
        for edge in flow.edges_from(current):
            if edge.to not in seen:
                seen.add(edge.to)
                order.append(edge.to)
    return order


def ordered_flows(hb: Handbook) -> list[Flow]:
    """The flows in the order editors gave them (then by id)."""
    return sorted(hb.flows, key=lambda f: (f.order, f.id))


def _direction_guideline(hb: Handbook, direction_id: str) -> Guideline:
    """The guideline a direction belongs to."""
    return next(g for g, d in hb.directions() if d.id == direction_id)


def node_links(hb: Handbook, node: FlowNode, from_page: str) -> list[str]:
    """Markdown links to the guidelines, directions and laws behind a node (none to the page itself)."""
    items = []
    for gid in node.guidelines:
        g = hb.guideline(gid)
        target = links.relative(from_page, links.page("guideline", gid))
        if target:
            items.append(f"[{g.number} {g.short_title}]({target})")
    for did in node.directions:
        g = _direction_guideline(hb, did)
        items.append(f"[anvisning {did}]({links.to_direction(from_page, g.id, did)})")
    items += [law_link(hb, ref, from_page) for ref in node.laws]
    return items


def _node_head(flow: Flow, node: FlowNode, number: int) -> str:
    """The numbered label of a node (a span, so '1.' never starts a Markdown list)."""
    kind = '<span class="flow-node__kind">Resultat:</span> ' if node.kind == "outcome" else ""
    return f'<span class="flow-node__no">{number}.</span> {kind}{node.label}'


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
    return [f"{verb} [trin {lay.number[target]}: {node.label}](#{anchor})", "{ .flow-jump }", ""]


def _chain(hb: Handbook, flow: Flow, lay: Layout, node_id: str, from_page: str) -> list[str]:
    """A node, what follows inline after it, then the merge points it dominates."""
    node = flow.node(node_id)
    anchor = links.flow_node_anchor(flow.id, node_id)
    number = lay.number[node_id]
    out = flow.edges_from(node_id)
    followers = lay.followers.get(node_id, ())
    lines: list[str]
    if node.kind == "decision":
        lines = [
            f'<details class="flow-node {KIND_CLASS[node.kind]}" id="{anchor}" markdown>',
            f'<summary markdown="span">{_node_head(flow, node, number)}</summary>',
            "",
            *_node_body(hb, flow, node, from_page),
        ]
        for edge in out:
            lines += ['<div class="flow-answer" markdown>', "", f"**{edge.label.strip()}**", "{ .flow-answer__label }", ""]
            if edge.to in lay.inline:
                lines += _chain(hb, flow, lay, edge.to, from_page)
            else:
                lines += _jump(flow, lay, edge.to, "Gå videre til")
            lines += ["</div>", ""]
        lines += ["</details>", ""]
    else:
        lines = [
            f'<div class="flow-node {KIND_CLASS[node.kind]}" id="{anchor}" markdown>',
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
                lines += _chain(hb, flow, lay, edge.to, from_page)
            elif edge.to not in followers:  # a follower is written right below: no jump needed
                lines += _jump(flow, lay, edge.to)
    for follower in followers:
        lines += _chain(hb, flow, lay, follower, from_page)
    return lines


def render_flow_steps(hb: Handbook, flow: Flow, from_page: str) -> str:
    """The accessible step-by-step rendition: plain blocks for steps, <details> per decision."""
    lay = layout(flow)
    lines = [
        f'<div class="flow" id="{links.flow_anchor(flow.id)}" data-flow="{flow.id}" markdown>',
        "",
        *_chain(hb, flow, lay, flow.start, from_page),
        "</div>",
        "",
    ]
    return "\n".join(lines)


_KEEP_TOGETHER = re.compile(r"(§|\d+) ")


def _dot_text(text: str) -> str:
    """A string made safe inside a double-quoted DOT attribute."""
    return text.replace("\\", "\\\\").replace('"', '\\"')


def _wrap(text: str, width: int) -> str:
    """Long Danish labels broken into centred lines (DOT's \\n), never between '§', a number and its word."""
    text = _KEEP_TOGETHER.sub("\\1\u00a0", text)
    lines = textwrap.wrap(text, width=width, break_long_words=False, break_on_hyphens=False)
    return "\\n".join(_dot_text(line) for line in lines)


def node_target(hb: Handbook, flow: Flow, node: FlowNode, from_page: str, use_directory_urls: bool) -> tuple[str, str]:
    """(href, what it opens) for a diagram node: its direction, guideline or law, else its own step in the text."""
    if node.directions:
        g = _direction_guideline(hb, node.directions[0])
        page, anchor = links.page("guideline", g.id), links.direction_anchor(node.directions[0])
        what = f"anvisning {node.directions[0]}"
    elif node.guidelines:
        g = hb.guideline(node.guidelines[0])
        page, anchor, what = links.page("guideline", g.id), None, f"retningslinje {g.number}"
    elif node.laws:
        law_id, _, stk = node.laws[0].partition("/")
        page, anchor = links.page("law", law_id), links.stk_anchor(int(stk)) if stk else None
        what = law_label(hb, node.laws[0])
    else:
        page, anchor, what = from_page, links.flow_node_anchor(flow.id, node.id), "trinnet i teksten"
    return links.site_href(from_page, page, anchor, use_directory_urls), what


def render_flow_dot(hb: Handbook, flow: Flow, from_page: str, use_directory_urls: bool = True) -> str:
    """Graphviz DOT source of the overview diagram: numbered, wrapped, clickable nodes; ids unique per flow."""
    lay = layout(flow)
    prefix = f"fd-{flow.id}"
    font = 'fontname="Helvetica,Arial,sans-serif"'
    lines = [
        f'digraph "{prefix}" {{',
        f'  id="{prefix}"; rankdir=TB; nodesep=0.25; ranksep=0.3; pad=0.1; bgcolor="transparent";',
        f'  node [{font}, fontsize=12, margin="0.12,0.06", penwidth=1.3, fontcolor="#1a1a1a"];',
        f'  edge [{font}, fontsize=11, color="#444444", fontcolor="#1a1a1a", arrowsize=0.7];',
    ]
    for node in sorted(flow.nodes, key=lambda n: lay.number[n.id]):
        href, what = node_target(hb, flow, node, from_page, use_directory_urls)
        label = _wrap(f"{lay.number[node.id]}. {node.label}", WRAP[node.kind])
        lines.append(
            f'  "{node.id}" [id="{prefix}-{node.id}", {DOT_STYLE[node.kind]}, label="{label}", '
            f'URL="{_dot_text(href)}", tooltip="{_dot_text(node.label)} – åbn {_dot_text(what)}"];'
        )
    for index, edge in enumerate(flow.edges, start=1):
        label = f', label=" {_wrap(edge.label.strip(), 16)} "' if edge.label.strip() else ""
        lines.append(f'  "{edge.from_}" -> "{edge.to}" [id="{prefix}-e{index}"{label}];')
    lines.append("}")
    return "\n".join(lines) + "\n"


_PROLOG = re.compile(r"\A.*?(?=<svg\b)", re.S)
_COMMENT = re.compile(r"<!--.*?-->", re.S)
_TITLE = re.compile(r"<title>.*?</title>\s*", re.S)


def tidy_svg(svg: str, label: str) -> str:
    """Graphviz's SVG made fit to inline: no prolog, comments or tooltips-by-title; an image with a name."""
    svg = _PROLOG.sub("", svg)
    svg = _COMMENT.sub("", svg)
    svg = _TITLE.sub("", svg)  # the titles are internal node ids; hover text comes from each link's title
    attrs = f'class="flow-diagram__svg" role="img" aria-label="{_html_attr(label)}" focusable="false"'
    svg = svg.replace("<svg ", f"<svg {attrs} ", 1)
    # role="img" makes the links inside presentational: keep them out of the tab order too, so
    # keyboard and screen reader users meet the same links once, in the step-by-step text
    svg = svg.replace("<a ", '<a tabindex="-1" ')
    # a blank line would end the raw HTML block in Markdown
    return "\n".join(line for line in svg.splitlines() if line.strip()) + "\n"


def _html_attr(text: str) -> str:
    """Text made safe inside a double-quoted HTML attribute."""
    return text.replace("&", "&amp;").replace('"', "&quot;").replace("<", "&lt;")


def render_diagram(flow: Flow, svg: str) -> str:
    """The diagram figure: the SVG as one named image in a scroll box, and a caption pointing to the text."""
    caption_id = f"flow-{flow.id}-diagram-caption"
    label = (
        f"Oversigtsdiagram over beslutningsvejen {flow.title}. "
        "De samme trin står som tekst i afsnittet Trin for trin."
    )
    return "\n".join([
        f'<figure class="flow-diagram" id="flow-{flow.id}-diagram">',
        f'<div class="flow-diagram__scroll" tabindex="0" role="region" aria-labelledby="{caption_id}">',
        tidy_svg(svg, label).rstrip("\n"),
        "</div>",
        f'<figcaption id="{caption_id}">Oversigtsdiagram (kan rulles). Tryk på et felt for at åbne '
        f'retningslinjen bag det. Samme indhold som tekst: <a href="#{links.flow_anchor(flow.id)}">trin for trin</a>.'
        "</figcaption>",
        "</figure>",
        "",
    ])


def _guideline_links(hb: Handbook, flow: Flow, from_page: str) -> str:
    """The guidelines a flow belongs to, as Markdown links."""
    return ", ".join(
        f"[{hb.guideline(g).number} {hb.guideline(g).short_title}]({links.relative(from_page, links.page('guideline', g))})"
        for g in flow.guidelines
    )


HOW_TO_READ = (
    "Læs trinene oppefra. Ved et spørgsmål trykker du på spørgsmålet for at se svarene og vejen videre. "
    "Hvert trin har sit eget link, så du kan henvise direkte til det."
)
EDITORIAL = (
    "Beslutningsvejen er håndbogens egen sammenstilling af lovkrav og anbefalinger. "
    "Den findes ikke som diagram i retningslinjerne."
)


def render_flow_page(hb: Handbook, flow: Flow, svg: str) -> str:
    """The page of one flow: summary, step-by-step text, overview diagram and sources."""
    here = links.page("flow", flow.id)
    parts = [
        "---",
        f'title: "{flow.title}"',
        "---",
        "",
        f"# {flow.title}",
        "",
        flow.summary.strip(),
        "",
        '<div class="guideline-facts" markdown>',
        "",
    ]
    if flow.guidelines:
        parts.append(f"- **Hører til:** {_guideline_links(hb, flow, here)}")
    parts += [
        f"- **Status:** {EDITORIAL} {status_label(Status.redaktionel, here, always=True)}",
        "- **Diagram:** [oversigtsdiagrammet](#oversigtsdiagram) står under teksten.",
        "",
        "</div>",
        "",
        "## Trin for trin",
        "",
        HOW_TO_READ,
        "",
        render_flow_steps(hb, flow, here),
        "## Oversigtsdiagram",
        "",
        render_diagram(flow, svg),
        "## Kilder",
        "",
        source_list(hb, flow.sources),
        "",
    ]
    return "\n".join(parts)


def render_flows_index(hb: Handbook) -> str:
    """The overview page of all flows."""
    here = links.index_page("flow")
    parts = [
        "---",
        'title: "Beslutningsveje"',
        "---",
        "",
        "# Beslutningsveje",
        "",
        "Beslutningsvejene viser borgerens vej gennem forløbet som trin og spørgsmål. "
        "Hver beslutningsvej findes som tekst, du kan læse trin for trin – også på telefonen og med "
        "skærmlæser – og som et oversigtsdiagram til skærm og projektor. Trinene linker til de "
        "retningslinjer, anvisninger og paragraffer, de bygger på.",
        "",
        "Beslutningsvejene er håndbogens egen sammenstilling af lovkrav og anbefalinger. "
        "De findes ikke som diagrammer i retningslinjerne.",
        "",
    ]
    for flow in ordered_flows(hb):
        parts += [
            f"## [{flow.title}]({links.relative(here, links.page('flow', flow.id))})",
            "",
            flow.summary.strip(),
            "",
        ]
        if flow.guidelines:
            parts += [f"**Hører til:** {_guideline_links(hb, flow, here)}", ""]
    return "\n".join(parts)


def render_guideline_flows(hb: Handbook, g: Guideline, from_page: str) -> list[str]:
    """The 'Beslutningsvej' section of a guideline page (empty when no flow belongs there)."""
    flows = [f for f in ordered_flows(hb) if g.id in f.guidelines]
    if not flows:
        return []
    parts = ["## Beslutningsvej" if len(flows) == 1 else "## Beslutningsveje", ""]
    for flow in flows:
        target = links.relative(from_page, links.page("flow", flow.id))
        parts += [
            f"### {flow.title}",
            "",
            flow.summary.strip(),
            "",
            render_flow_steps(hb, flow, from_page),
            f"[Se beslutningsvejen med oversigtsdiagram]({target})",
            "{ .flow-more }",
            "",
        ]
    return parts


def render_flow_pages(hb: Handbook, draw, use_directory_urls: bool = True) -> dict[str, str]:
    """The overview page and one page per flow; draw turns DOT into SVG (Graphviz in the build)."""
    if not hb.flows:
        return {}
    pages = {links.index_page("flow"): render_flows_index(hb)}
    for flow in ordered_flows(hb):
        here = links.page("flow", flow.id)
        pages[here] = render_flow_page(hb, flow, draw(render_flow_dot(hb, flow, here, use_directory_urls)))
    return pages
