"""Copy-citation text and the guideline page's wayfinding additions."""

from __future__ import annotations

from html import escape

from macros.render.citation import CITATION_SOURCE, citation_text, direction_citation
from macros.render.guideline import related_guidelines, render_guideline
from tests.wayfinding_data import rich_handbook


def test_citation_names_direction_kind_guideline_and_edition():
    hb = rich_handbook()
    g = hb.guideline("3-4")
    assert citation_text(g, g.directions[0]) == (
        "Anvisning 3.4.1 (lovkrav), retningslinje 3.4 Behandlingsgarantien. I: Håndbog i social "
        "stofmisbrugsbehandling, uofficiel digital udgave af Socialstyrelsen (2020): Nationale "
        "retningslinjer for social stofmisbrugsbehandling."
    )


def test_every_direction_carries_its_citation_and_the_list_its_id():
    hb = rich_handbook()
    g = hb.guideline("3-4")
    page = render_guideline(hb, g).body
    for d in g.directions:
        assert f'data-citation="{escape(direction_citation(g, d))}"' in page
        assert citation_text(g, d) == f"{direction_citation(g, d)} {CITATION_SOURCE}"
    assert f'<div class="directions" id="anvisningsliste" data-citation-source="{escape(CITATION_SOURCE)}" markdown>' in page
    assert 'data-lovkrav-filter="anvisningsliste"' in page


def test_phase_links_to_the_navigator_and_related_links_work_both_ways():
    hb = rich_handbook()
    page = render_guideline(hb, hb.guideline("3-4")).body
    assert "**Fase i forløbet:** [Afgørelse](../hvor-er-borgeren.md#fase-afgoerelse)" in page
    assert related_guidelines(hb, hb.guideline("3-4")) == ["2-1"]  # 2.1 names 3.4 as related
    assert "- [2.1 Organisering](2-1.md)" in page
