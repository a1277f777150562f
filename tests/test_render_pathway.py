"""The "Hvor er borgeren nu?" navigator (docs/hvor-er-borgeren.md with its phases, forms and lists from data)."""

from __future__ import annotations

import re

import pytest

from macros.core import links
from macros.render.pathway import date_tool, phase_directions
from tests.docs_pages import render_docs_page, render_with_state
from tests.wayfinding_data import rich_handbook


def render_pathway(hb) -> str:
    return render_docs_page(links.PATHWAY_PAGE, hb)


def test_phases_appear_in_order_with_their_anchors():
    page = render_pathway(rich_handbook())
    headings = re.findall(r"^## (\d)\. .* \{ #(fase-[a-z-]+) \}$", page, flags=re.M)
    assert headings == [("1", "fase-afgoerelse"), ("2", "fase-behandlingsplan")]
    assert "1. [Afgørelse](#fase-afgoerelse) (2 anvisninger)" in page


def test_a_phase_lists_lovkrav_first_and_a_direction_may_move_phase():
    hb = rich_handbook()
    assert [d.id for _, d in phase_directions(hb, "afgoerelse")] == ["3.4.1", "3.4.2"]
    hb = hb.model_copy(update={"guidelines": tuple(
        g.model_copy(update={"directions": tuple(reversed(g.directions))}) for g in hb.guidelines
    )})
    assert [d.id for _, d in phase_directions(hb, "afgoerelse")] == ["3.4.1", "3.4.2"]
    assert [d.id for _, d in phase_directions(hb, "behandlingsplan")] == ["3.4.3"]


def test_deadlines_carry_law_links_and_point_to_the_date_helper():
    page = render_pathway(rich_handbook())
    assert ("- **Behandling iværksat:** Senest 14 dage efter henvendelsen. "
            "([SEL § 101, stk. 4](love/sel-101.md#stk-4)) [Beregn datoen](#datohjaelper-garanti)") in page
    assert "_Ingen lovbestemte frister i fasen._" in page


def test_date_helper_has_labelled_inputs_live_results_and_states_its_rules():
    page = render_pathway(rich_handbook())
    assert '<label for="dato-henvendelse">' in page and '<input type="date" id="dato-henvendelse"' in page
    assert '<label for="dato-udskrivning">' in page
    assert page.count('aria-live="polite"') == 2
    assert page.count("hidden>") == 2  # forms appear only when the script runs
    for rule in ["kalenderdage", "Det siger loven:", "Det siger loven ikke:", "kommunens egen praksis",
                 "månedens sidste dag", "([SEL § 101, stk. 4](love/sel-101.md#stk-4))"]:
        assert rule in page
    # laws the small dataset lacks appear as plain text instead of broken links
    assert "(SEL § 101, stk. 6)" in page and "(BEK 1477/2019 § 4, stk. 2)" in page


def test_guidelines_without_phase_are_listed_as_the_whole_course():
    page = render_pathway(rich_handbook())
    assert "## Gælder hele forløbet { #hele-forloebet }" in page
    assert "- [2.1 Organisering](retningslinjer/2-1.md) – 1 lovkrav" in page


def test_the_date_helper_loads_the_tools_script_on_its_page_only():
    _, state = render_with_state(links.PATHWAY_PAGE, rich_handbook())
    assert state.page_assets == {links.PATHWAY_PAGE: {links.TOOLS_JS}}
    _, state = render_with_state(links.LOVKRAV_PAGE, rich_handbook())
    assert state.page_assets == {}


def test_an_unknown_date_tool_names_the_known_ones():
    with pytest.raises(ValueError, match=r"date_tool\('frist'\): unknown; use one of: garanti, opfoelgning"):
        date_tool("frist", "Dato")
