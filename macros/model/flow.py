"""Decision flows: nodes (step, decision, outcome) joined by labelled edges, one flow per file."""

from __future__ import annotations

from typing import Literal

from pydantic import ConfigDict, Field

from macros.model.records import Markdown, Record, Slug, SourceRef, change_note

NodeKind = Literal["step", "decision", "outcome"]


class FlowNode(Record):
    """One box in a flow: something to do (step), a question (decision) or an end point (outcome)."""

    id: Slug = Field(pattern=r"^[a-z0-9][a-z0-9-]*$")
    kind: NodeKind
    label: str = Field(min_length=1)
    text: Markdown = ""
    guidelines: tuple[Slug, ...] = ()
    directions: tuple[str, ...] = ()
    laws: tuple[str, ...] = ()


class FlowEdge(Record):
    """An arrow from one node to another; the label names the answer or condition."""

    from_: Slug = Field(alias="from")
    to: Slug
    label: str = ""

    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)


class Flow(Record):
    """A decision flow: the data behind one step-by-step text and one overview diagram."""

    id: Slug = Field(pattern=r"^[a-z0-9][a-z0-9-]*$")
    title: str
    summary: Markdown
    order: int = Field(default=100, ge=1)
    start: Slug
    nodes: tuple[FlowNode, ...] = Field(min_length=2)
    edges: tuple[FlowEdge, ...] = Field(min_length=1)
    guidelines: tuple[Slug, ...] = ()
    sources: tuple[SourceRef, ...] = Field(min_length=1)
    changes_note: str = change_note()

    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)

    def node(self, node_id: str) -> FlowNode:
        """The node with this id."""
        return next(n for n in self.nodes if n.id == node_id)

    def edges_from(self, node_id: str) -> list[FlowEdge]:
        """The arrows leaving a node, in data order."""
        return [e for e in self.edges if e.from_ == node_id]

    def edges_to(self, node_id: str) -> list[FlowEdge]:
        """The arrows entering a node, in data order."""
        return [e for e in self.edges if e.to == node_id]
