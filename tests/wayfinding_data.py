"""A slightly richer handbook than the fixture, for the wayfinding renderers' unit tests."""

from __future__ import annotations

from macros.model.load import load_handbook
from macros.model.records import Direction, Guideline, Handbook, LawPart, Phase, SourceRef, Status
from tests.conftest import FIXTURE_DATA


def rich_handbook() -> Handbook:
    """Fixture data plus: a second phase, a guideline without phase, a direction with its own phase."""
    hb = load_handbook(FIXTURE_DATA)
    g = hb.guideline("3-4")
    source = (SourceRef(source="K1"),)
    moved = Direction(
        id="3.4.3", kind="lovkrav", text="Lav planen ved start. Se [3.4.1](#anvisning-3.4.1) og [2.1](2-1.md).",
        laws=("sel-101/4", "sel-101/8"), status=Status.lovtekst, sources=source,
        principles=("systematik",), phase="behandlingsplan",
    )
    g = g.model_copy(update={"directions": (*g.directions, moved)})
    organisation = Guideline(
        id="2-1", number="2.1", title="Organisering", short_title="Organisering", theme="borgerforloeb",
        status=Status.redaktionel, summary="S.", purpose="P.", target_group="T.", sources=source, related=("3-4",),
        directions=(
            Direction(id="2.1.1", kind="lovkrav", text="Kommunen skal have en kvalitetsstandard.",
                      laws=("sel-101",), status=Status.lovtekst, sources=source),
            Direction(id="2.1.2", kind="anbefaling", text="Brug den.", status=Status.redaktionel, sources=source),
        ),
    )
    law = hb.law("sel-101")
    law = law.model_copy(update={"parts": (*law.parts, LawPart(stk=8, summary="Behandlingsplan."))})
    plan = Phase(id="behandlingsplan", order=2, title="Behandlingsplan", summary="Planen laves.")
    return hb.model_copy(update={
        "guidelines": (organisation, g), "laws": (law,), "phases": (*hb.phases, plan),
    })
