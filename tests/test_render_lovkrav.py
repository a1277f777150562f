"""The lovkrav lens page (docs/lovkrav.md with its lists from data) and the guideline page's lovkrav box."""

from __future__ import annotations

import re

from macros.render.lovkrav import by_phase, lovkrav, render_lovkrav_filter
from tests.docs_pages import render_docs_page
from tests.wayfinding_data import rich_handbook


def render_lovkrav(hb) -> str:
    return render_docs_page("lovkrav.md", hb)


def test_groups_follow_the_pathway_order_and_end_with_the_whole_course():
    hb = rich_handbook()
    groups = [(phase, [d.id for _, d in pairs]) for phase, pairs in by_phase(hb)]
    assert groups == [("afgoerelse", ["3.4.1"]), ("behandlingsplan", ["3.4.3"]), (None, ["2.1.1"])]


def test_page_lists_every_lovkrav_once_with_direction_and_law_links():
    hb = rich_handbook()
    page = render_lovkrav(hb)
    phases_part = page.split('<div class="lens-phases"', 1)[1].split("## Efter lov", 1)[0]
    listed = re.findall(r'<li class="direction-item[^"]*" data-direction="([^"]+)"', phases_part)
    assert sorted(listed) == sorted(d.id for _, d in lovkrav(hb))
    assert "[Anvisning 3.4.1](retningslinjer/3-4.md#anvisning-3.4.1)" in page
    assert "[SEL § 101, stk. 4](love/sel-101.md#stk-4)" in page
    assert "## Gælder hele forløbet / organisering { #hele-forloebet }" in page


def test_law_index_links_each_stk_to_its_directions():
    page = render_lovkrav(rich_handbook())
    index = page.split("## Efter lov", 1)[1]
    assert "- [Hele paragraffen](love/sel-101.md): [2.1.1](retningslinjer/2-1.md#anvisning-2.1.1)" in index
    assert ("- [Stk. 4](love/sel-101.md#stk-4): [3.4.1](retningslinjer/3-4.md#anvisning-3.4.1), "
            "[3.4.3](retningslinjer/3-4.md#anvisning-3.4.3)") in index


def test_direction_text_links_are_rebased_to_the_lovkrav_page():
    page = render_lovkrav(rich_handbook())
    assert "Se [3.4.1](retningslinjer/3-4.md#anvisning-3.4.1) og [2.1](retningslinjer/2-1.md)." in page


def test_guideline_box_lists_lovkrav_anchors_and_names_the_directions_list():
    hb = rich_handbook()
    box = render_lovkrav_filter(hb, hb.guideline("3-4"), "retningslinjer/3-4.md")
    assert 'data-lovkrav-filter="anvisningsliste"' in box
    assert "**Lovkrav i denne retningslinje:** [3.4.1](#anvisning-3.4.1), [3.4.3](#anvisning-3.4.3) " \
        "(2 af 3 anvisninger, står først)." in box
    assert "3.4.2" not in box


def test_guideline_box_without_lovkrav_says_so_and_offers_no_filter():
    hb = rich_handbook()
    g = hb.guideline("2-1").model_copy(update={"directions": hb.guideline("2-1").directions[1:]})
    box = render_lovkrav_filter(hb, g, "retningslinjer/2-1.md")
    assert "ingen lovkrav" in box and "data-lovkrav-filter" not in box
