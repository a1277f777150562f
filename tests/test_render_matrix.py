"""The principle × guideline matrix page (docs/principper/matrix.md with its table from data)."""

from __future__ import annotations

from macros.core import links
from macros.render.matrix import cell_count
from tests.docs_pages import render_docs_page
from tests.wayfinding_data import rich_handbook


def render_matrix(hb) -> str:
    return render_docs_page(links.MATRIX_PAGE, hb)


def test_cells_count_directions_that_carry_the_principle():
    hb = rich_handbook()
    g = hb.guideline("3-4")
    # 3.4.1 and 3.4.2 inherit helhed+systematik; 3.4.3 carries only systematik
    assert cell_count(hb, g, hb.principle("systematik")) == 3
    assert cell_count(hb, g, hb.principle("helhed")) == 2
    assert cell_count(hb, hb.guideline("2-1"), hb.principle("helhed")) == 0


def test_table_has_caption_scoped_headers_every_principle_and_guideline():
    hb = rich_handbook()
    page = render_matrix(hb)
    assert "<caption" in page
    for p in hb.principles:
        assert f'scope="col" class="matrix__principle" data-principle="{p.id}"' in page
    for g in hb.guidelines:
        assert f'data-guideline="{g.id}"' in page
    assert page.count('scope="row" class="matrix__guideline"') == len(hb.guidelines)


def test_a_cell_links_to_the_principle_page_section_of_its_guideline():
    page = render_matrix(rich_handbook())
    target = links.relative(links.MATRIX_PAGE, links.page("principle", "systematik"), "retningslinje-3-4")
    assert target == "systematik.md#retningslinje-3-4"
    assert 'data-count="3" markdown="span">[3<span class="sr-only"> anvisninger i 3.4' in page
    assert f"]({target})</td>" in page


def test_empty_cells_say_so_to_screen_readers():
    page = render_matrix(rich_handbook())
    assert 'matrix__cell--empty' in page and '<span class="sr-only">ingen</span>' in page
