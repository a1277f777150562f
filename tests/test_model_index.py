"""The handbook's indexes (macros/model/index.py) against a plain scan of the real data."""

from __future__ import annotations

import copy
import pickle
import re

import pytest

from macros.model.index import HandbookIndex, guideline_text, terms_in
from macros.model.load import load_handbook
from macros.model.records import Handbook
from tests.conftest import REPO

HB = load_handbook(REPO / "data")
IX = HB.index
COLLECTIONS = ("sources", "themes", "principles", "phases", "laws", "guidelines", "terms", "methods", "flows", "courses")


def _law_id(ref: str) -> str:
    return ref.partition("/")[0]


def test_the_index_is_built_once_with_the_handbook():
    assert isinstance(IX, HandbookIndex)
    assert HB.index is IX  # a property over the index built at load, not a new one per call


@pytest.mark.parametrize("name", COLLECTIONS)
def test_every_collection_is_indexed_by_id(name):
    records = getattr(HB, name)
    by_id = getattr(IX, name)
    assert records, f"the real data has {name}"
    assert list(by_id) == [r.id for r in records]  # data order, each id once
    assert all(by_id[r.id] is r for r in records)


def test_handbook_lookups_answer_from_the_index():
    for g in HB.guidelines:
        assert HB.guideline(g.id) is g
        assert HB.theme(g.theme) is next(t for t in HB.themes if t.id == g.theme)
    for law in HB.laws:
        assert HB.law(f"{law.id}/{law.parts[0].stk}" if law.parts else law.id) is law
    assert [HB.principle(p.id) for p in HB.principles] == list(HB.principles)
    assert [HB.phase(p.id) for p in HB.phases] == list(HB.phases)
    assert [HB.method(m.id) for m in HB.methods] == list(HB.methods)
    assert [HB.source(s.id) for s in HB.sources] == list(HB.sources)


def test_directions_pairs_and_law_parts():
    scan = [(g, d) for g in HB.guidelines for d in g.directions]
    assert list(HB.directions()) == scan and len(scan) > 100
    assert {d.id: (g.id, d) for g, d in scan} == {i: (g.id, d) for i, (g, d) in IX.directions.items()}
    parts = {f"{law.id}/{p.stk}": p for law in HB.laws for p in law.parts}
    assert dict(IX.law_parts) == parts
    assert HB.law_items("bek-1477-4/1") == parts["bek-1477-4/1"].items and len(parts["bek-1477-4/1"].items) == 15
    assert IX.changes == {c.guideline: c for c in HB.changes}


def test_unknown_ids_raise_key_error_and_reverse_maps_answer_empty():
    for lookup in (HB.guideline, HB.principle, HB.theme, HB.phase, HB.method, HB.source, HB.law):
        with pytest.raises(KeyError):
            lookup("findes-ikke")
    with pytest.raises(KeyError):
        HB.law_items("findes-ikke/1")
    assert HB.law_items("sel-101/99") == ()  # a known law without that stk. has no items
    assert IX.laws.get("findes-ikke") is None and "findes-ikke" not in IX.guidelines
    for reverse in (IX.related_to, IX.theme_guidelines, IX.phase_guidelines, IX.phase_directions, IX.carrying,
                    IX.citing, IX.law_guidelines, IX.method_guidelines, IX.guideline_flows, IX.term_guidelines):
        assert reverse("findes-ikke") == ()


def test_related_to_lists_the_guidelines_that_name_a_guideline():
    for g in HB.guidelines:
        assert IX.related_to(g.id) == tuple(o for o in HB.guidelines if g.id in o.related)
    assert sum(len(IX.related_to(g.id)) for g in HB.guidelines) > 50


def test_principles_reach_the_directions_that_carry_them():
    for p in HB.principles:
        scan = tuple((g, d) for g, d in HB.directions() if p.id in HB.direction_principles(g, d))
        assert IX.carrying(p.id) == scan and scan
    # a direction with its own principles does not inherit its guideline's
    own = next((g, d) for g, d in HB.directions() if d.principles and set(d.principles) != set(g.principles))
    inherited_only = (set(own[0].principles) - set(own[1].principles)).pop()
    assert own not in IX.carrying(inherited_only)


def test_laws_reach_the_directions_and_guidelines_that_cite_them():
    for law in HB.laws:
        scan = tuple((g, d, ref) for g, d in HB.directions() for ref in d.laws if _law_id(ref) == law.id)
        assert IX.citing(law.id) == scan
        assert IX.law_guidelines(law.id) == tuple(g for g in HB.guidelines if any(_law_id(r) == law.id for r in g.laws))
    assert len(IX.citing("sel-101")) >= 20
    assert {ref for _, _, ref in IX.citing("sel-101")} >= {"sel-101/4"}  # a stk. reference counts for its law


def test_phases_reach_their_directions_and_guidelines():
    for phase_id in (*(p.id for p in HB.phases), None):
        scan = tuple((g, d) for g, d in HB.directions() if HB.direction_phase(g, d) == phase_id)
        assert IX.phase_directions(phase_id) == scan and scan
        assert IX.phase_guidelines(phase_id) == tuple(g for g in HB.guidelines if g.phase == phase_id)
    assert any(d.phase and d.phase != g.phase for g, d in IX.phase_directions("afgoerelse") + IX.phase_directions("behandling"))


def test_themes_methods_and_flows_reach_their_guidelines():
    for theme in HB.themes:
        assert IX.theme_guidelines(theme.id) == tuple(g for g in HB.guidelines if g.theme == theme.id)
    for method in HB.methods:
        assert IX.method_guidelines(method.id) == tuple(g for g in HB.guidelines if method.id in g.methods)
    ordered = sorted(HB.flows, key=lambda f: (f.order, f.id))
    for g in HB.guidelines:
        assert IX.guideline_flows(g.id) == tuple(f for f in ordered if g.id in f.guidelines)
    assert sum(len(IX.guideline_flows(g.id)) for g in HB.guidelines) >= 5


def _plain_terms_in(terms, g):
    """The definition terms_in speeds up: each name (any case) or abbreviation (as written) as whole words."""
    def words(text):
        return " " + " ".join(re.findall(r"\w+", text)) + " "

    text = words(guideline_text(g))
    return tuple(t for t in terms if any(words(n.lower()) in text.lower() for n in (t.term, *t.synonyms) if n.strip())
                 or any(words(a) in text for a in t.abbreviations))


def test_terms_in_finds_whole_words_names_in_any_case_abbreviations_as_written():
    for g in HB.guidelines:
        assert terms_in(HB.terms, g) == _plain_terms_in(HB.terms, g)
    g = HB.guideline("3-4").model_copy(update={"purpose": "MI hjælper. Ikke mi, MIX eller motiverende-samtaler."})
    mi = next(t for t in HB.terms if "MI" in t.abbreviations)
    assert mi in terms_in((mi,), g)
    assert mi not in terms_in((mi,), g.model_copy(update={"purpose": "Ikke mi eller MIX."}))


def test_term_usage_agrees_with_reading_each_guideline():
    for g in HB.guidelines:
        assert IX.terms_used(g) == terms_in(HB.terms, g)
    for term in HB.terms:
        assert IX.term_guidelines(term.id) == tuple(g for g in HB.guidelines if term in terms_in(HB.terms, g))
    assert sum(len(IX.terms_used(g)) for g in HB.guidelines) > 100
    # an edited copy of a guideline is read afresh, not answered from the index
    g = HB.guideline("3-4")
    edited = g.model_copy(update={"purpose": "Brug MI.", "directions": (), "background": "", "practice": ""})
    assert IX.terms_used(edited) == terms_in(HB.terms, edited) != IX.terms_used(g)


def test_orders_do_not_depend_on_the_data_order():
    shuffled = HB.model_copy(update={name: tuple(reversed(getattr(HB, name))) for name in
                                     ("themes", "principles", "phases", "methods", "terms", "flows", "courses")})
    ix = shuffled.index
    assert [t.chapter for t in ix.themes_by_chapter] == [2, 3]
    assert [p.number for p in ix.principles_by_number] == [1, 2, 3, 4, 5, 6, 7]
    assert [p.order for p in ix.phases_by_order] == list(range(1, len(HB.phases) + 1))
    names = [m.name.casefold() for m in ix.methods_by_name]
    assert names == sorted(names) and len(names) == len(HB.methods)
    terms = [t.term.lower() for t in ix.terms_by_name]
    assert terms == sorted(terms) and len(terms) == len(HB.terms)
    assert [(f.order, f.id) for f in ix.flows_by_order] == sorted((f.order, f.id) for f in HB.flows)
    # courses: theme modules by chapter, principle modules by number, then the legal framework
    keys = [(c.kind, shuffled.theme(c.target).chapter if c.kind == "tema" else
             shuffled.principle(c.target).number if c.kind == "princip" else 0) for c in ix.courses_by_kind]
    kinds = ["tema", "princip", "lovgrundlag"]
    assert keys == sorted(keys, key=lambda k: (kinds.index(k[0]), k[1])) and len(keys) == len(HB.courses)
    assert [c.id for c in ix.courses_by_kind] == [c.id for c in IX.courses_by_kind]


def test_equal_keys_keep_data_order():
    first, second = HB.principles[0], HB.principles[1].model_copy(update={"number": HB.principles[0].number})
    tied = HB.model_copy(update={"principles": (second, first, *HB.principles[2:])})
    assert tied.index.principles_by_number[:2] == (second, first)


def test_a_repeated_id_answers_with_the_first_record_as_a_scan_did():
    method = HB.methods[0]
    twin = method.model_copy(update={"name": "Tvilling"})
    doubled = HB.model_copy(update={"methods": (method, twin)})
    assert doubled.method(method.id) is method
    assert list(doubled.index.methods) == [method.id]


def test_a_copy_with_new_fields_gets_its_own_index():
    kept = tuple(g for g in HB.guidelines if g.id != "3-4")
    smaller = HB.model_copy(update={"guidelines": kept})
    assert smaller.index is not IX
    assert "3-4" not in smaller.index.guidelines and "3-4" in IX.guidelines
    assert all(g.id != "3-4" for g, _ in smaller.directions())
    assert all(g.id != "3-4" for g in smaller.index.related_to("3-3"))
    assert smaller.index.terms_used(smaller.guideline("3-3")) == IX.terms_used(HB.guideline("3-3"))


def test_handbooks_still_compare_copy_and_pickle_by_their_fields():
    again = load_handbook(REPO / "data")
    assert again == HB and again.index is not IX
    assert HB.model_copy(update={"terms": ()}) != HB
    for clone in (copy.deepcopy(HB), pickle.loads(pickle.dumps(HB)), HB.model_copy(deep=True)):
        assert clone == HB
        assert clone.guideline("3-4") is next(g for g in clone.guidelines if g.id == "3-4")


def test_the_model_layer_does_not_import_from_higher_layers():
    import ast

    tree = ast.parse((REPO / "macros/model/index.py").read_text(encoding="utf-8"))
    imported = {n.module for n in ast.walk(tree) if isinstance(n, ast.ImportFrom) and n.module}
    imported |= {a.name for n in ast.walk(tree) if isinstance(n, ast.Import) for a in n.names}
    assert not {m for m in imported if m.startswith("macros.") and not m.startswith(("macros.model", "macros.core"))}
    assert Handbook.model_fields.keys().isdisjoint({"index", "_index"})  # the index is no data field


def test_common_terms_are_those_more_than_a_share_of_the_guidelines_use():
    counts = {t.id: sum(t in terms_in(HB.terms, g) for g in HB.guidelines) for t in HB.terms}
    for share in (0.0, 0.25, 0.5, 1.0):
        assert IX.common_terms(share) == {i for i, n in counts.items() if n > share * len(HB.guidelines)}
    assert IX.common_terms(0.5) and IX.common_terms(0.5) < IX.common_terms(0.25) and IX.common_terms(1.0) == set()


def test_a_derived_value_is_computed_once_per_handbook_and_afresh_for_a_copy():
    hb = HB.model_copy()
    calls = []

    def guideline_count(handbook):
        calls.append(handbook)
        return len(handbook.guidelines)

    assert hb.derived(guideline_count) == hb.derived(guideline_count) == len(hb.guidelines)
    assert calls == [hb]
    smaller = hb.model_copy(update={"guidelines": hb.guidelines[:1]})
    assert smaller.derived(guideline_count) == 1 and calls[-1] is smaller
