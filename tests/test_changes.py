"""The 2016-to-2020 change records and the "Hvad er nyt i 2020" overview page (docs/nyt-i-2020.md)."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from macros.core import links
from macros.model.load import DataError, load_handbook
from macros.model.records import Status
from macros.render.guideline import render_guideline
from macros.site.navigation import build_nav
from macros.site.pages import pages_without_data
from tests.docs_pages import render_docs_page

DATA = Path(__file__).resolve().parents[1] / "data"
# Only these sources speak about the 2020 edition's changes themselves.
CONFIRMING_SOURCES = {"K-STOF37", "K4", "K6"}


@pytest.fixture(scope="module")
def hb():
    return load_handbook(DATA)


@pytest.fixture(scope="module")
def overview(hb):
    return render_docs_page(links.CHANGES_PAGE, hb)


def test_every_change_points_at_an_existing_guideline(hb):
    ids = {g.id for g in hb.guidelines}
    assert hb.changes
    for change in hb.changes:
        assert change.guideline in ids


def test_one_change_per_guideline(hb):
    guidelines = [c.guideline for c in hb.changes]
    assert len(guidelines) == len(set(guidelines))
    expected = {f"2-{n}" for n in range(1, 9)} | {f"3-{n}" for n in range(1, 12)}
    assert set(guidelines) == expected


def test_confirmed_only_with_a_source_about_the_2020_edition(hb):
    for change in hb.changes:
        if change.status == Status.bekraeftet:
            assert CONFIRMING_SOURCES & {ref.source for ref in change.sources}, change.guideline
        else:
            assert change.status == Status.redaktionel, change.guideline


def test_overview_links_every_change_with_its_status(hb, overview):
    for change in hb.changes:
        rows = [line for line in overview.splitlines() if line.startswith("| [")]
        row = next(line for line in rows if f"](retningslinjer/{change.guideline}.md)" in line)
        assert f"status--{change.status.value}" in row
        for counterpart in change.counterparts_2016:
            assert " ".join(counterpart.split()) in row


def test_overview_explains_structure_and_links_the_law_changes(overview):
    assert "To temaer i stedet for tre" in overview
    assert "Syv principper i stedet for otte samlede anbefalinger" in overview
    assert "(principper/index.md)" in overview
    for stk in (2, 3, 4, 8, 9):
        assert f"(love/sel-101.md#stk-{stk})" in overview
    assert "(love/bek-1477-4.md#stk-1)" in overview
    assert "ikke udgivet en officiel oversigt" in overview


def test_laws_and_guidelines_the_data_lacks_are_named_as_plain_text(hb):
    small = hb.model_copy(update={"laws": tuple(law for law in hb.laws if law.id != "sel-101"),
                                  "guidelines": tuple(g for g in hb.guidelines if g.id != "3-8")})
    page = render_docs_page(links.CHANGES_PAGE, small)
    assert "(SEL § 101, stk. 2)" in page and "love/sel-101.md" not in page
    assert "En ny retningslinje** om opfølgning på borgerens mål og behandlingsplan." in page
    assert "(love/bek-1477-4.md#stk-1)" in page  # what the data has stays linked


def test_the_sources_behind_the_page_come_first_then_each_changes_own(hb):
    sources = render_docs_page(links.CHANGES_PAGE, hb).split("## Kilder", 1)[1]
    listed = re.findall(r"\[([A-Z][-A-Z0-9]*)\]$", sources, flags=re.M)
    assert listed[:3] == ["K1", "K2", "K4"] and len(listed) == len(set(listed))
    assert {ref.source for c in hb.changes for ref in c.sources} <= set(listed)


def test_overview_is_kept_and_in_nav_after_the_law(hb):
    assert links.CHANGES_PAGE not in pages_without_data(hb)
    titles = [next(iter(entry)) for entry in build_nav(hb)]
    assert titles.index("Hvad er nyt i 2020") > titles.index("Lovgrundlag")
    assert {"Hvad er nyt i 2020": links.CHANGES_PAGE} in build_nav(hb)


def test_without_changes_there_is_no_overview(hb):
    bare = hb.model_copy(update={"changes": ()})
    assert links.CHANGES_PAGE in pages_without_data(bare)  # the build leaves out the hand-written page
    assert not [e for e in build_nav(bare) if "Hvad er nyt i 2020" in e]


def test_guideline_page_shows_its_change(hb):
    change = hb.changes[0]
    page = render_guideline(hb, hb.guideline(change.guideline)).body
    assert "## Hvad er nyt siden 2016" in page
    assert change.counterparts_2016[0] in page


def test_change_for_unknown_guideline_names_file_and_id(tmp_path):
    data = tmp_path / "data"
    shutil.copytree(DATA, data)
    with (data / "changes.yml").open("a", encoding="utf-8") as handle:
        handle.write(
            "- guideline: 9-9\n"
            "  summary: Findes ikke.\n"
            "  status: redaktionel\n"
            "  sources:\n"
            "    - source: K1\n"
        )
    with pytest.raises(DataError) as caught:
        load_handbook(data)
    message = str(caught.value)
    assert "data/changes.yml" in message
    assert "unknown guideline '9-9'" in message
