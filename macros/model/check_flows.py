"""Flow checks: edges join real nodes, every node is reachable, decisions branch, outcomes end, links resolve."""

from __future__ import annotations

import difflib
from collections import Counter

from macros.model.flow import Flow
from macros.model.records import Handbook


def check_flows(hb: Handbook, data: str = "data") -> list[str]:
    """Every problem in every flow, as 'data/flows/<id>.yml: where: problem; fix'."""
    problems: list[str] = []
    for flow in hb.flows:
        problems.extend(check_flow(hb, flow, data))
    return problems


def check_flow(hb: Handbook, flow: Flow, data: str = "data") -> list[str]:
    """The problems of one flow: its shape first, then the links of its nodes."""
    where = f"{data}/flows/{flow.id}.yml"
    return _shape(flow, where) + _links(hb, flow, where, data)


def _hint(value: str, known: list[str]) -> str:
    """'did you mean …?' when a close id exists, else the list of known ids."""
    close = difflib.get_close_matches(value, known, n=1)
    return f"did you mean '{close[0]}'?" if close else f"use one of: {', '.join(known)}"


def _shape(flow: Flow, where: str) -> list[str]:
    """Structural rules: unique ids, known endpoints, reachability and ways out per node kind."""
    problems: list[str] = []
    ids = [n.id for n in flow.nodes]
    for dup in sorted(i for i, count in Counter(ids).items() if count > 1):
        problems.append(f"{where}: nodes[{dup}]: duplicate node id; give each node its own id")
    known = set(ids)
    if flow.start not in known:
        problems.append(f"{where}: start: unknown node '{flow.start}'; {_hint(flow.start, ids)}")
    for index, edge in enumerate(flow.edges):
        for field, value in (("from", edge.from_), ("to", edge.to)):
            if value not in known:
                problems.append(f"{where}: edges[{index}].{field}: unknown node '{value}'; {_hint(value, ids)}")
    if flow.start in known:
        reached = _reachable(flow)
        for node in flow.nodes:
            if node.id not in reached:
                problems.append(
                    f"{where}: nodes[{node.id}]: cannot be reached from the start node '{flow.start}'; "
                    f"add an edge to '{node.id}' or remove the node"
                )
    for node in flow.nodes:
        problems.extend(_ways_out(flow, node, where))
    return problems


def _reachable(flow: Flow) -> set[str]:
    """Ids of the nodes that can be reached from the start by following edges."""
    seen = {flow.start}
    todo = [flow.start]
    while todo:
        for edge in flow.edges_from(todo.pop()):
            if edge.to not in seen:
                seen.add(edge.to)
                todo.append(edge.to)
    return seen


def _ways_out(flow: Flow, node, where: str) -> list[str]:
    """A step goes on to exactly one node, a decision to two or more labelled answers, an outcome nowhere."""
    out = [(i, e) for i, e in enumerate(flow.edges) if e.from_ == node.id]
    count = len(out)
    at = f"{where}: nodes[{node.id}]"
    if node.kind == "step" and count == 0:
        return [f"{at}: a step needs exactly one way out, it has none; add an edge from '{node.id}' or make it an outcome"]
    if node.kind == "step" and count > 1:
        return [f"{at}: a step needs exactly one way out, it has {count}; keep one edge or make it a decision"]
    if node.kind == "outcome" and count:
        return [f"{at}: an outcome ends the flow, but it has {count} way(s) out; remove the edges from '{node.id}' or make it a step"]
    if node.kind != "decision":
        return []
    problems = []
    if count < 2:
        problems.append(
            f"{at}: a decision needs at least two ways out, it has {count}; add one edge per answer or make it a step"
        )
    for index, edge in out:
        if not edge.label.strip():
            problems.append(
                f"{where}: edges[{index}].label: the answer from decision '{node.id}' has no label; "
                "add label: Ja (or the answer it stands for)"
            )
    labels = Counter(e.label.strip().casefold() for _, e in out if e.label.strip())
    for label in sorted(lab for lab, n in labels.items() if n > 1):
        problems.append(f"{at}: two answers are labelled '{label}'; give each answer its own label")
    return problems


def _links(hb: Handbook, flow: Flow, where: str, data: str) -> list[str]:
    """Every guideline, direction, law and source a flow names must exist."""
    problems: list[str] = []
    guideline_ids = [g.id for g in hb.guidelines]
    direction_ids = [d.id for _, d in hb.directions()]
    source_ids = [s.id for s in hb.sources]
    for index, gid in enumerate(flow.guidelines):
        if gid not in guideline_ids:
            problems.append(f"{where}: guidelines[{index}]: unknown guideline '{gid}'; {_hint(gid, guideline_ids)}")
    for index, ref in enumerate(flow.sources):
        if ref.source not in source_ids:
            problems.append(f"{where}: sources[{index}].source: unknown source '{ref.source}'; {_hint(ref.source, source_ids)}")
    for node in flow.nodes:
        at = f"{where}: nodes[{node.id}]"
        for index, gid in enumerate(node.guidelines):
            if gid not in guideline_ids:
                problems.append(f"{at}.guidelines[{index}]: unknown guideline '{gid}'; {_hint(gid, guideline_ids)}")
        for index, did in enumerate(node.directions):
            if did not in direction_ids:
                problems.append(f"{at}.directions[{index}]: unknown direction '{did}'; {_hint(did, direction_ids)}")
        for index, ref in enumerate(node.laws):
            problem = _law_problem(hb, ref, data)
            if problem:
                problems.append(f"{at}.laws[{index}]: {problem}")
    return problems


def _law_problem(hb: Handbook, ref: str, data: str) -> str | None:
    """Why a law reference such as 'sel-101/4' does not resolve, or None when it does."""
    law_id, _, stk = ref.partition("/")
    law_ids = [law.id for law in hb.laws]
    if law_id not in law_ids:
        return f"unknown law '{law_id}'; {_hint(law_id, law_ids)}"
    parts = [p.stk for p in hb.law(law_id).parts]
    if stk and (not stk.isdigit() or int(stk) not in parts):
        return (
            f"'{ref}' names stk. {stk}, which {data}/laws.yml does not have for {law_id} "
            f"(stk.: {', '.join(map(str, parts)) or 'none'}); write '{law_id}' or add the stk."
        )
    return None
