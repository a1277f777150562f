"""Method pages and the methods overview, rendered from the real data."""

from __future__ import annotations

from pathlib import Path

import pytest

from macros.core import links
from macros.model.load import load_handbook
from macros.render.method import referring_guidelines, render_method
from macros.site.navigation import build_nav
from macros.site.pages import generated_pages, pages_without_data
from tests.docs_pages import render_docs_page

DATA = Path(__file__).resolve().parents[1] / "data"
# Other records link to these ids; renaming one breaks their links.
METHOD_IDS = {
    "motiverende-samtale", "kognitiv-adfaerdsterapi", "kontingensstyring", "move",
    "ungeindsatser", "asi", "map-interview",
}
SECTIONS = [
    "## Hvad er metoden", "## Målgruppe", "## Viden om virkning", "## Nævnt i 2020-udgaven?",
    "## Retningslinjer der peger på metoden", "## Kilder",
]


@pytest.fixture(scope="module")
def hb():
    return load_handbook(DATA)


def _section(page: str, heading: str) -> str:
    """The text of one '## ' section of a rendered page."""
    start = page.index(heading) + len(heading)
    end = page.find("\n## ", start)
    return page[start:] if end == -1 else page[start:end]


def test_the_agreed_method_ids_exist(hb):
    assert {m.id for m in hb.methods} == METHOD_IDS


def test_no_method_claims_to_be_named_in_2020_without_a_source(hb):
    # no source confirms any method in the 2020 text; flipping this needs a source and a review
    assert [m.id for m in hb.methods if m.named_in_2020] == []


@pytest.mark.parametrize("method_id", sorted(METHOD_IDS))
def test_method_page_has_article_and_sections_in_order(hb, method_id):
    page = render_method(hb, hb.method(method_id)).body
    assert f'<article class="method" data-method="{method_id}" markdown>' in page
    positions = [page.index(s) for s in SECTIONS]
    assert positions == sorted(positions)
    assert page.rstrip().endswith("</article>")


@pytest.mark.parametrize("method_id", sorted(METHOD_IDS))
def test_method_page_lists_exactly_the_guidelines_that_reference_it(hb, method_id):
    page = render_method(hb, hb.method(method_id)).body
    section = _section(page, "## Retningslinjer der peger på metoden")
    referring = {g.id for g in hb.guidelines if method_id in g.methods}
    for g in hb.guidelines:
        link = f"(../retningslinjer/{g.id}.md)"
        assert (link in section) == (g.id in referring), f"{g.id} on {method_id}"
    if not referring:
        assert "Ingen retningslinjer" in section


def test_a_new_reference_in_guideline_data_shows_up_on_the_method_page(hb):
    # the list is generated from guideline.methods, so adding the id to a guideline is all it takes
    target = next(g for g in hb.guidelines if "asi" not in g.methods)
    changed = target.model_copy(update={"methods": (*target.methods, "asi")})
    hb2 = hb.model_copy(update={"guidelines": tuple(changed if g.id == target.id else g for g in hb.guidelines)})
    assert target.id in [g.id for g in referring_guidelines(hb2, "asi")]
    section = _section(render_method(hb2, hb2.method("asi")).body, "## Retningslinjer der peger på metoden")
    assert f"[{target.number} {target.short_title}](../retningslinjer/{target.id}.md)" in section


@pytest.mark.parametrize("method_id", sorted(METHOD_IDS))
def test_unconfirmed_method_says_so_honestly(hb, method_id):
    section = _section(render_method(hb, hb.method(method_id)).body, "## Nævnt i 2020-udgaven?")
    assert "Vi har ikke kunnet bekræfte" in section
    assert links.OFFICIAL_URL in section


def test_method_page_lists_its_sources(hb):
    method = hb.method("move")
    section = _section(render_method(hb, method).body, "## Kilder")
    for ref in method.sources:
        assert f"[{ref.source}]" in section


def test_index_links_every_method_and_its_guidelines(hb):
    index = render_docs_page(links.index_page("method"), hb)
    for m in hb.methods:
        assert f"({m.id}.md)" in index
        for g in referring_guidelines(hb, m.id):
            assert f"[{g.number}](../retningslinjer/{g.id}.md)" in index
    assert "Vi har ikke kunnet bekræfte" in index


def test_pages_and_nav_include_the_methods(hb):
    pages = generated_pages(hb)
    assert links.index_page("method") not in pages_without_data(hb)  # the hand-written overview is kept
    for m in hb.methods:
        assert links.page("method", m.id) in pages
    nav = build_nav(hb)
    methods = next(entry["Metoder"] for entry in nav if "Metoder" in entry)
    assert methods[0] == {"Oversigt": "metoder/index.md"}
    assert {path for entry in methods[1:] for path in entry.values()} == {f"metoder/{i}.md" for i in METHOD_IDS}


def test_without_methods_there_are_no_method_pages_or_nav(hb):
    bare = hb.model_copy(update={"methods": (), "guidelines": tuple(
        g.model_copy(update={"methods": ()}) for g in hb.guidelines)})
    assert not [p for p in generated_pages(bare) if p.startswith("metoder/")]
    assert links.index_page("method") in pages_without_data(bare)  # the build leaves out the hand-written overview
    assert not [e for e in build_nav(bare) if "Metoder" in e]
