"""The Graphviz adapter: real SVG from the real `dot`, clear errors when it is missing or fails."""

from __future__ import annotations

import html
import re

import pytest

from macros.model.load import load_handbook
from macros.render.flow_diagram import render_flow_dot
from macros.site import graphviz
from tests.conftest import REPO, run_build


def test_real_flows_draw_with_ids_unique_and_prefixed_per_flow():
    hb = load_handbook(REPO / "data")
    seen: set[str] = set()
    for flow in hb.flows:
        svg = graphviz.dot_to_svg(render_flow_dot(hb, flow, f"beslutningsveje/{flow.id}.md"))
        ids = [html.unescape(i) for i in re.findall(r'\bid="([^"]+)"', svg)]  # Graphviz writes '-' as &#45;
        assert all(i.startswith((f"fd-{flow.id}", f"a_fd-{flow.id}-")) for i in ids), flow.id
        assert len(ids) == len(set(ids)), f"{flow.id}: an id repeats inside the diagram"
        assert not seen & set(ids), f"{flow.id}: an id is shared with another flow's diagram"
        seen |= set(ids)
        assert svg.count('class="node"') == len(flow.nodes)
        assert svg.count('class="edge"') == len(flow.edges)
        assert svg.count("xlink:href=") == len(flow.nodes)  # every node is clickable


def test_missing_dot_names_the_fix(monkeypatch):
    monkeypatch.setattr(graphviz.shutil, "which", lambda name: None)
    with pytest.raises(graphviz.GraphvizError) as caught:
        graphviz.dot_to_svg.__wrapped__("digraph { a }")
    assert str(caught.value) == (
        "the flow diagrams need the 'dot' program, which is not on PATH; "
        "install Graphviz ('apt-get install graphviz'; 'make test' does it when run as root)"
    )


def test_a_drawing_is_kept_for_the_next_build_and_graphviz_is_still_required(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    drawn = graphviz.dot_to_svg.__wrapped__("digraph { a -> b }")  # a fresh build: Graphviz draws it
    assert drawn.lstrip().startswith("<?xml") and 'class="node"' in drawn

    def no_graphviz_run(program, dot):
        raise AssertionError("drawn again")

    monkeypatch.setattr(graphviz, "_draw", no_graphviz_run)
    assert graphviz.dot_to_svg.__wrapped__("digraph { a -> b }") == drawn  # the next build reads it
    monkeypatch.setattr(graphviz.shutil, "which", lambda name: None)
    with pytest.raises(graphviz.GraphvizError):  # a kept drawing never hides a missing Graphviz
        graphviz.dot_to_svg.__wrapped__("digraph { a -> b }")


def test_bad_dot_source_is_reported():
    with pytest.raises(graphviz.GraphvizError) as caught:
        graphviz.dot_to_svg("digraph { a -> }")
    assert str(caught.value).startswith("Graphviz could not draw a flow diagram (")
    assert str(caught.value).endswith("; check the flow data in data/flows/")


def test_build_without_graphviz_fails_with_a_clear_message(tmp_path):
    result = run_build(tmp_path / "site", env={"PATH": str(tmp_path)})  # a PATH with no `dot` on it
    assert result.returncode != 0
    assert "Flow diagrams: the flow diagrams need the 'dot' program, which is not on PATH; install Graphviz" in result.stderr
