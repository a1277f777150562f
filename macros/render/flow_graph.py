"""Flow structure: the reading order of a flow's nodes, the order of flows, and where a direction link points."""

from __future__ import annotations

from dataclasses import dataclass

from macros.model.flow import Flow
from macros.model.records import Guideline, Handbook


@dataclass(frozen=True)
class Layout:
    """Where each node goes in the text: its number, and what is written after which node."""

    number: dict[str, int]
    inline: frozenset[str]  # nodes written right after their only predecessor
    followers: dict[str, tuple[str, ...]]  # nodes written after the block of the node that dominates them


MAIN_LINE = 3  # a decision's branch this long (or longer) and longest is the main line: it goes below the question


def flow_layout(hb: Handbook, flow: Flow) -> Layout:
    """The layout of one of the handbook's flows, made once per handbook (its page, its diagram and every guideline
    page showing it ask); a flow that is not the handbook's own (an edited copy) is laid out afresh."""
    if hb.index.flows.get(flow.id) is flow:
        return hb.derived(_layouts)[flow.id]
    return layout(flow)


def _layouts(hb: Handbook) -> dict[str, Layout]:
    """Every flow's layout by flow id."""
    return {flow.id: layout(flow) for flow in hb.flows}


def layout(flow: Flow) -> Layout:
    """Place every node exactly once, in reading order, by walking the flow's dominator tree."""
    preds = _predecessors(flow)
    inline = {n.id for n in flow.nodes if n.id != flow.start and len(preds[n.id]) == 1}
    idom = _immediate_dominators(flow, preds)
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


def _predecessors(flow: Flow) -> dict[str, list[str]]:
    """Each node's predecessors (the nodes of the arrows entering it), in data order."""
    preds: dict[str, list[str]] = {n.id: [] for n in flow.nodes}
    for edge in flow.edges:
        preds.setdefault(edge.to, []).append(edge.from_)
    return preds


def _immediate_dominators(flow: Flow, preds: dict[str, list[str]]) -> dict[str, str]:
    """For each reachable node but the start, the last node every path from the start must pass."""
    order = _reachable_order(flow)
    dom = {n: set(order) for n in order}
    dom[flow.start] = {flow.start}
    changed = True
    while changed:  # flows are small: the plain set formulation is fast enough
        changed = False
        for n in order[1:]:
            new = {n} | set.intersection(*(dom[p] for p in preds[n] if p in dom))
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
    return list(hb.index.flows_by_order)


def direction_guideline(hb: Handbook, direction_id: str) -> Guideline:
    """The guideline a direction belongs to."""
    return hb.index.directions[direction_id][0]
