"""Flow validation: each rule gives its exact 'file: where: problem; fix' message."""

from __future__ import annotations

from macros.model.load import load_handbook
from tests.conftest import edit_file
from tests.conftest import load_problems as problems

FLOW = "flows/garanti.yml"
WHERE = "data/flows/garanti.yml"


def edit(data_dir, old: str, new: str) -> None:
    """Replace text in the fixture flow, failing loudly if the text is not there."""
    edit_file(data_dir / FLOW, old, new)


def test_fixture_flow_loads(fixture_data):
    flow = load_handbook(fixture_data).flows[0]
    assert flow.id == "garanti"
    assert [n.kind for n in flow.nodes] == ["step", "decision", "step", "step", "outcome"]
    assert [(e.from_, e.to, e.label) for e in flow.edges_from("valg")] == [("valg", "fravig", "Ja"), ("valg", "frist", "Nej")]


def test_unknown_start(fixture_data):
    edit(fixture_data, "start: henvendelse", "start: henvendlse")
    assert problems(fixture_data) == [
        f"{WHERE}: start: unknown node 'henvendlse'; did you mean 'henvendelse'?",
        # nothing is reachable from a start that does not exist, so reachability is not judged
    ]


def test_edge_to_unknown_node_suggests_the_close_id(fixture_data):
    edit(fixture_data, "{from: fravig, to: start}", "{from: fravig, to: strat}")
    assert problems(fixture_data) == [f"{WHERE}: edges[3].to: unknown node 'strat'; did you mean 'start'?"]


def test_edge_from_unknown_node_lists_the_known_ids(fixture_data):
    edit(fixture_data, "{from: frist, to: start}", "{from: frist, to: start}\n  - {from: xyz, to: start}")
    assert problems(fixture_data) == [
        f"{WHERE}: edges[5].from: unknown node 'xyz'; use one of: henvendelse, valg, fravig, frist, start"
    ]


def test_unreachable_node(fixture_data):
    edit(fixture_data, "    label: Behandlingen begynder\n",
         "    label: Behandlingen begynder\n  - id: glemt\n    kind: outcome\n    label: Ingen peger herhen\n")
    assert problems(fixture_data) == [
        f"{WHERE}: nodes[glemt]: cannot be reached from the start node 'henvendelse'; add an edge to 'glemt' or remove the node"
    ]


def test_decision_needs_two_ways_out(fixture_data):
    edit(fixture_data, "  - {from: valg, to: frist, label: Nej}\n", "  - {from: fravig, to: frist}\n")
    assert problems(fixture_data) == [
        f"{WHERE}: nodes[valg]: a decision needs at least two ways out, it has 1; add one edge per answer or make it a step",
        f"{WHERE}: nodes[fravig]: a step needs exactly one way out, it has 2; keep one edge or make it a decision",
    ]


def test_decision_answers_need_labels(fixture_data):
    edit(fixture_data, "{from: valg, to: frist, label: Nej}", "{from: valg, to: frist}")
    assert problems(fixture_data) == [
        f"{WHERE}: edges[2].label: the answer from decision 'valg' has no label; add label: Ja (or the answer it stands for)"
    ]


def test_decision_answers_need_different_labels(fixture_data):
    edit(fixture_data, "{from: valg, to: frist, label: Nej}", "{from: valg, to: frist, label: ja}")
    assert problems(fixture_data) == [f"{WHERE}: nodes[valg]: two answers are labelled 'ja'; give each answer its own label"]


def test_outcome_has_no_way_out(fixture_data):
    edit(fixture_data, "  - {from: frist, to: start}\n", "  - {from: frist, to: start}\n  - {from: start, to: valg}\n")
    assert problems(fixture_data) == [
        f"{WHERE}: nodes[start]: an outcome ends the flow, but it has 1 way(s) out; "
        "remove the edges from 'start' or make it a step"
    ]


def test_step_needs_a_way_out(fixture_data):
    edit(fixture_data, "  - {from: frist, to: start}\n", "")
    assert problems(fixture_data) == [
        f"{WHERE}: nodes[frist]: a step needs exactly one way out, it has none; add an edge from 'frist' or make it an outcome"
    ]


def test_duplicate_node_id(fixture_data):
    edit(fixture_data, "  - id: fravig\n", "  - id: frist\n")
    assert problems(fixture_data) == [
        f"{WHERE}: nodes[frist]: duplicate node id; give each node its own id",
        f"{WHERE}: edges[1].to: unknown node 'fravig'; use one of: henvendelse, valg, frist, frist, start",
        f"{WHERE}: edges[3].from: unknown node 'fravig'; use one of: henvendelse, valg, frist, frist, start",
    ]


def test_unknown_guideline_of_a_node(fixture_data):
    edit(fixture_data, "    guidelines: [3-4]\n    laws", "    guidelines: [3-5]\n    laws")
    assert problems(fixture_data) == [f"{WHERE}: nodes[henvendelse].guidelines[0]: unknown guideline '3-5'; did you mean '3-4'?"]


def test_unknown_guideline_of_the_flow(fixture_data):
    edit(fixture_data, "guidelines: [3-4]\nnodes", "guidelines: [9-9]\nnodes")
    assert problems(fixture_data) == [f"{WHERE}: guidelines[0]: unknown guideline '9-9'; use one of: 3-4"]


def test_unknown_direction(fixture_data):
    edit(fixture_data, "directions: [3.4.1]", "directions: [3.5.1]")
    assert problems(fixture_data) == [f"{WHERE}: nodes[frist].directions[0]: unknown direction '3.5.1'; did you mean '3.4.1'?"]


def test_unknown_law_stk(fixture_data):
    edit(fixture_data, "laws: [sel-101/4]", "laws: [sel-101/9]")
    assert problems(fixture_data) == [
        f"{WHERE}: nodes[henvendelse].laws[0]: 'sel-101/9' names stk. 9, which data/laws.yml does not have "
        "for sel-101 (stk.: 4); write 'sel-101' or add the stk."
    ]


def test_unknown_law(fixture_data):
    edit(fixture_data, "laws: [sel-101/4]", "laws: [sel-110/4]")
    assert problems(fixture_data) == [f"{WHERE}: nodes[henvendelse].laws[0]: unknown law 'sel-110'; did you mean 'sel-101'?"]


def test_unknown_source(fixture_data):
    edit(fixture_data, "  - source: K1\n", "  - source: K11\n")
    assert problems(fixture_data) == [f"{WHERE}: sources[0].source: unknown source 'K11'; did you mean 'K1'?"]


def test_unknown_node_kind_names_the_allowed_ones(fixture_data):
    edit(fixture_data, "    kind: outcome", "    kind: end")
    assert problems(fixture_data) == [
        f"{WHERE}: nodes[4].kind: 'end' is not allowed; use 'step', 'decision' or 'outcome'"
    ]


def test_misspelt_edge_key_suggests_from(fixture_data):
    edit(fixture_data, "{from: fravig, to: start}", "{form: fravig, to: start}")
    assert problems(fixture_data) == [
        f"{WHERE}: edges[3].from: required field missing; add 'from: …'",
        f"{WHERE}: edges[3].form: unknown field; did you mean 'from'?",
    ]


def test_file_name_must_match_the_flow_id(fixture_data):
    (fixture_data / FLOW).rename(fixture_data / "flows/frist.yml")
    assert problems(fixture_data) == [
        "data/flows/frist.yml: id: 'garanti' differs from the file name; rename the file to garanti.yml or set id: frist"
    ]


def test_every_real_flow_is_valid():
    from tests.conftest import REPO

    hb = load_handbook(REPO / "data")
    assert len(hb.flows) >= 5
