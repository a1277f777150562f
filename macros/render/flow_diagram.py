"""The overview diagram of a flow: Graphviz DOT source in, and the drawn SVG made fit for the page."""

from __future__ import annotations

import re
import textwrap

from macros.core import links
from macros.core.escape import dot_string, html_attr
from macros.model.flow import Flow, FlowNode
from macros.model.records import Handbook
from macros.render.common import law_label
from macros.render.flow_graph import direction_guideline, flow_layout
from macros.render.texts import Texts, handbook_texts

# Diagram colours: dark text on light fills (contrast well above 4.5:1), the kind also shown by shape.
DOT_STYLE = {
    "step": 'shape=box, style="rounded,filled", fillcolor="#e8eef7", color="#1d4f91"',
    "decision": 'shape=diamond, style="filled", fillcolor="#fff4d6", color="#5c4400"',
    "outcome": 'shape=box, style="rounded,filled,bold", fillcolor="#e3f1e4", color="#1b5e20", peripheries=2',
}
WRAP = {"step": 24, "decision": 18, "outcome": 24}


_KEEP_TOGETHER = re.compile(r"(§|\d+) ")


def _dot_text(text: str) -> str:
    """Plain text inside a double-quoted DOT attribute (escape.dot_string without its quotes).

    dot_string folds every kind of white space into one space; the no-break spaces _wrap puts in stay.
    """
    return "\u00a0".join(dot_string(part)[1:-1] for part in text.split("\u00a0"))


def _dot_tooltip(text: str) -> str:
    """Hover text in DOT: Graphviz expands \\N, \\G … in a tooltip even when the backslash is escaped, so a
    backslash from data is shown as the look-alike '＼' there (the label and the text keep the real one)."""
    return _dot_text(text.replace("\\", "\uff3c"))


def _wrap(text: str, width: int) -> str:
    """Long Danish labels broken into centred lines (DOT's \\n), never between '§', a number and its word."""
    text = _KEEP_TOGETHER.sub("\\1\u00a0", text)
    lines = textwrap.wrap(text, width=width, break_long_words=False, break_on_hyphens=False)
    return "\\n".join(_dot_text(line) for line in lines)


def node_target(hb: Handbook, flow: Flow, node: FlowNode, from_page: str, use_directory_urls: bool) -> tuple[str, str]:
    """(href, what it opens) for a diagram node: its direction, guideline or law, else its own step in the text."""
    if node.directions:
        g = direction_guideline(hb, node.directions[0])
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
    lay = flow_layout(hb, flow)
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
            f'URL={dot_string(href)}, tooltip="{_dot_tooltip(f"{node.label} – åbn {what}")}"];'
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
    attrs = f'class="flow-diagram__svg" role="img" aria-label="{html_attr(label)}" focusable="false"'
    svg = svg.replace("<svg ", f"<svg {attrs} ", 1)
    # role="img" makes the links inside presentational: keep them out of the tab order too, so
    # keyboard and screen reader users meet the same links once, in the step-by-step text
    svg = svg.replace("<a ", '<a tabindex="-1" ')
    # a blank line would end the raw HTML block in Markdown
    return "\n".join(line for line in svg.splitlines() if line.strip()) + "\n"


def render_diagram(flow: Flow, svg: str, texts: Texts | None = None) -> str:
    """The diagram figure: the SVG as one named image in a scroll box, and a caption pointing to the text."""
    texts = texts or handbook_texts()
    caption_id = f"flow-{flow.id}-diagram-caption"
    label = texts("beslutningsvej-diagram", titel=flow.title)  # plain text: escaped as an attribute by tidy_svg
    return "\n".join([
        f'<figure class="flow-diagram" id="flow-{flow.id}-diagram">',
        f'<div class="flow-diagram__scroll" tabindex="0" role="region" aria-labelledby="{caption_id}">',
        tidy_svg(svg, label).rstrip("\n"),
        "</div>",
        f'<figcaption id="{caption_id}">'
        f'{texts("beslutningsvej-diagram-tekst", trin=links.flow_anchor(flow.id))}</figcaption>',
        "</figure>",
        "",
    ])
