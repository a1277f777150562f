"""Editorial worklist: exactly the principles, guidelines, directions and changes that are not confirmed."""

from __future__ import annotations

import re

import pytest

from macros.core import links
from macros.editors.worklist import worklist_items
from macros.editors.worklist_page import render_worklist as worklist_fragment
from macros.model.load import load_handbook
from tests.conftest import REPO
from tests.docs_pages import render_docs_page

PAGE = links.EDITORS_PAGES["worklist"]  # docs/redaktoer/arbejdsliste.md: the sentences, with the list from a macro


def render_worklist(data):
    """The worklist page's Markdown as the build renders it, against the data in `data`."""
    return render_docs_page(PAGE, data)


CONFIRMED = {"bekræftet", "lovtekst"}


def expected_keys(hb) -> set[str]:
    """The unconfirmed items, computed straight from the data without the worklist module."""
    keys = {f"principle:{p.id}" for p in hb.principles if p.status.value not in CONFIRMED}
    for g in hb.guidelines:
        if g.status.value not in CONFIRMED:
            keys.add(f"guideline:{g.id}")
        keys |= {f"direction:{d.id}" for d in g.directions if d.status.value not in CONFIRMED}
    keys |= {f"change:{c.guideline}" for c in hb.changes if c.status.value not in CONFIRMED}
    return keys


def listed(markdown_or_html: str) -> list[str]:
    return re.findall(r'data-worklist-item="([^"]+)"', markdown_or_html)


def test_worklist_lists_exactly_the_unconfirmed_items_of_the_real_data(site):
    hb = load_handbook(REPO / "data")
    page = (site / links.url_path(links.EDITORS_PAGES["worklist"]) / "index.html").read_text(encoding="utf-8")
    found = listed(page)
    assert len(found) == len(set(found)), "an item is listed twice"
    assert set(found) == expected_keys(hb)
    assert len(found) > 0


def test_items_are_grouped_under_their_guideline_with_where_to_look():
    hb = load_handbook(REPO / "data")
    markdown = render_worklist(REPO / "data")
    for g in hb.guidelines:
        mine = {i.key for i in worklist_items(hb) if i.guideline == g.id}
        if not mine:
            assert f"{{ #arbejdsliste-{g.id} }}" not in markdown
            continue
        section = markdown.split(f"{{ #arbejdsliste-{g.id} }}", 1)[1].split("\n## ", 1)[0]
        assert set(listed(section)) == mine, g.id
        assert (f"2020-udgaven s. {g.pages}" if g.pages else "sidetallet for") in section
        assert f"`data/guidelines/{g.id}.yml`" in section


def test_each_item_says_what_to_check_by_status():
    markdown = render_worklist(REPO / "data")
    for line in markdown.split("\n- <span")[1:]:
        item = line.split("\n- ", 1)[0]
        if "status--2016-grundlag" in item:
            assert "Find modstykket i 2020-udgaven." in item
        else:
            assert "status--redaktionel" in item and "Sammenlign med 2020-udgavens formulering." in item


def test_confirming_an_item_removes_it_and_unconfirming_adds_it(fixture_data):
    before = {i.key for i in worklist_items(load_handbook(fixture_data))}
    assert before == {"principle:helhed", "direction:3.4.2"}
    path = fixture_data / "guidelines/3-4.yml"
    text = path.read_text(encoding="utf-8")
    text = text.replace("    status: redaktionel", "    status: bekræftet")
    text = text.replace("status: bekræftet\npages", "status: 2016-grundlag\npages")
    path.write_text(text, encoding="utf-8")
    after = worklist_items(load_handbook(fixture_data))
    assert {i.key for i in after} == {"principle:helhed", "guideline:3-4"}
    item = next(i for i in after if i.key == "guideline:3-4")
    assert (item.file, item.field, item.page) == ("data/guidelines/3-4.yml", "", "retningslinjer/3-4.md")
    assert "Find modstykket i 2020-udgaven." in render_worklist(fixture_data)


def test_direction_items_name_file_field_and_anchor():
    hb = load_handbook(REPO / "data")
    for item in worklist_items(hb):
        if item.key.startswith("direction:"):
            did = item.key.split(":", 1)[1]
            g = hb.guideline(item.guideline)
            index = [d.id for d in g.directions].index(did)
            assert item.field == f"directions[{index}]"
            assert item.anchor == links.direction_anchor(did)


def test_every_open_status_has_a_line_on_what_to_check(fixture_data):
    hb = load_handbook(fixture_data)
    texts = {"principles_where": "x", "unknown_page": "y", "empty": "z"}
    with pytest.raises(ValueError, match="no text for status 2016-grundlag; add one"):
        worklist_fragment(hb, PAGE, {"redaktionel": "Tjek."}, **texts)


def test_a_guideline_without_page_number_says_which_chapter(fixture_data):
    path = fixture_data / "guidelines/3-4.yml"
    text = path.read_text(encoding="utf-8")
    assert 'pages: "60"\n' in text
    path.write_text(text.replace('pages: "60"\n', "", 1), encoding="utf-8")
    markdown = render_worklist(fixture_data)
    assert "Slå op i: 2020-udgaven, kapitel 3 (sidetallet for 3.4 kender vi ikke; brug indholdsfortegnelsen)." in markdown
