"""Decision flows: nodes (step, decision, outcome) joined by labelled edges, one flow per file."""

from __future__ import annotations

from typing import Literal

from pydantic import ConfigDict, Field

from macros.model.records import Markdown, Record, Slug, SourceRef, change_note

NodeKind = Literal["step", "decision", "outcome"]


class FlowNode(Record):
    """One box in a flow: something to do (step), a question (decision) or an end point (outcome)."""

    id: Slug = Field(pattern=r"^[a-z0-9][a-z0-9-]*$", description="Stabilt id inden for flowet, fx henvendelse.")
    kind: NodeKind = Field(description="step (handling), decision (spørgsmål) eller outcome (slutpunkt).")
    label: str = Field(min_length=1, description="Kort tekst i diagrammet; ved decision formuleret som spørgsmål.")
    text: Markdown = Field(
        default="",
        description="Markdown: uddybning med egne ord (kun i tekstudgaven); links skrives fra flowets side, "
        "fx `[Første kontakt](foerste-kontakt.md)` eller `[3.4](../retningslinjer/3-4.md)`.",
    )
    guidelines: tuple[Slug, ...] = Field(default=(), description="Retningslinjer trinnet bygger på, fx 3-4.")
    directions: tuple[str, ...] = Field(default=(), description="Anvisninger trinnet bygger på, fx 3.4.1.")
    laws: tuple[str, ...] = Field(default=(), description="Lovhenvisninger, fx sel-101/4.")


class FlowEdge(Record):
    """An arrow from one node to another; the label names the answer or condition."""

    from_: Slug = Field(alias="from", description="Id på noden, pilen starter i.")
    to: Slug = Field(description="Id på noden, pilen peger på.")
    label: str = Field(default="", description="Svar eller betingelse, fx Ja, Nej eller 'Delvist bevilget'.")

    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)


class Flow(Record):
    """A decision flow: the data behind one step-by-step text and one overview diagram."""

    id: Slug = Field(pattern=r"^[a-z0-9][a-z0-9-]*$", description="Id = filnavn, fx afgoerelse.")
    title: str = Field(description="Titel, fx 'Fra afdækning til afgørelse'.")
    summary: Markdown = Field(description="Én til tre sætninger om, hvornår beslutningsvejen hjælper.")
    order: int = Field(default=100, ge=1, description="Plads i oversigten og menuen (lavest først).")
    start: Slug = Field(description="Id på den node, flowet begynder i.")
    nodes: tuple[FlowNode, ...] = Field(min_length=2, description="Trin, spørgsmål og slutpunkter.")
    edges: tuple[FlowEdge, ...] = Field(min_length=1, description="Pile mellem noderne.")
    guidelines: tuple[Slug, ...] = Field(default=(), description="Retningslinjer, hvis side viser flowet.")
    sources: tuple[SourceRef, ...] = Field(min_length=1, description="Kilder.")
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
