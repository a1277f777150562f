"""Glossary cross-links on guideline pages."""

from __future__ import annotations

from macros.model.records import Term
from macros.render.crosslinks import general_terms, render_terms, terms_used
from tests.wayfinding_data import rich_handbook


def _with_terms():
    hb = rich_handbook()
    terms = (
        Term(id="kvalitetsstandard", term="Kvalitetsstandard", definition="D.", synonyms=("kvalitetsstandarden",)),
        Term(id="plan", term="Behandlingsplan", definition="D.", synonyms=("planen",)),
        Term(id="mi", term="Motiverende samtale", definition="D.", abbreviations=("MI",)),
        Term(id="garanti", term="Behandlingsgaranti", definition="D."),
    )
    return hb.model_copy(update={"terms": terms})


def test_terms_are_found_as_whole_words_names_in_any_case_abbreviations_exactly():
    hb = _with_terms()
    assert [t.id for t in terms_used(hb, hb.guideline("3-4"))] == ["plan"]  # 'Lav planen ved start'
    assert [t.id for t in terms_used(hb, hb.guideline("2-1"))] == ["kvalitetsstandard"]
    g = hb.guideline("2-1").model_copy(update={"purpose": "Brug MI. Ikke mi eller MIX. Behandlingsgarantiens frist."})
    assert [t.id for t in terms_used(hb, g)] == ["kvalitetsstandard", "mi"]


def test_terms_used_by_more_than_half_the_guidelines_are_not_listed():
    hb = _with_terms()
    both = tuple(g.model_copy(update={"purpose": "Planen følger kvalitetsstandarden."}) for g in hb.guidelines)
    hb = hb.model_copy(update={"guidelines": both})
    assert general_terms(hb) == {"kvalitetsstandard", "plan"}
    assert render_terms(hb, hb.guideline("3-4"), "retningslinjer/3-4.md") == []


def test_section_links_each_term_to_the_glossary():
    hb = _with_terms()
    assert render_terms(hb, hb.guideline("3-4"), "retningslinjer/3-4.md") == [
        "## Ord i ordlisten", "",
        "Retningslinjen bruger disse fagord, som ordlisten forklarer: [Behandlingsplan](../ordliste.md#term-plan).", "",
    ]


def test_glossary_links_back_to_the_guidelines_that_use_a_term():
    from macros.render.crosslinks import used_in_line

    hb = _with_terms()
    plan = next(t for t in hb.terms if t.id == "plan")
    assert used_in_line(hb, plan, "ordliste.md") == (
        'Bruges i retningslinje [3.4](retningslinjer/3-4.md "3.4 Behandlingsgarantien").'
    )
    garanti = next(t for t in hb.terms if t.id == "garanti")
    assert used_in_line(hb, garanti, "ordliste.md") == ""
