"""Renderers for the trainer and self-assessment tools: course modules, the checklist, favourites, plain text."""

from __future__ import annotations

import re
import shutil

import pytest

from macros.core import links
from macros.core.plain import first_sentence, plain_text
from macros.model.load import load_handbook
from macros.render.checklist import checklist_items, quality_points
from macros.render.course import ordered_courses, render_course
from macros.render.law import render_law
from macros.site.navigation import build_nav
from tests.conftest import FIXTURE_DATA, REPO, run_build
from tests.docs_pages import render_docs_page, render_with_state

REAL = load_handbook(REPO / "data")
FIXTURE = load_handbook(FIXTURE_DATA)


def render_checklist(hb) -> str:
    return render_docs_page(links.CHECKLIST_PAGE, hb)


def test_modules_are_ordered_themes_then_principles_then_law():
    kinds = [c.kind for c in ordered_courses(REAL)]
    assert kinds == sorted(kinds, key=["tema", "princip", "lovgrundlag"].index)
    principles = [REAL.principle(c.target).number for c in ordered_courses(REAL) if c.kind == "princip"]
    assert principles == sorted(principles)


@pytest.mark.parametrize("course", REAL.courses, ids=lambda c: c.id)
def test_module_page_pulls_each_direction_from_the_data(course):
    page = render_course(REAL, course).body
    here = links.page("course", course.id)
    found = {d.id: (g, d) for g, d in REAL.directions()}
    for case in course.cases:
        assert f"{{ #case-{case.id} }}" in page
        for direction_id in case.directions:
            g, d = found[direction_id]
            assert f"[Anvisning {d.id}]({links.to_direction(here, g.id, d.id)}) " in page
            assert f'<span class="badge badge--{d.kind}">' in page
            assert links.rebase(d.text.strip(), links.page("guideline", g.id), here) in page
    # one <section> per projector screen: start, introduction, two per case, reflection, read more
    assert page.count('<section class="course-section') == 2 * len(course.cases) + 4
    assert page.count("</section>") == page.count("<section ")
    assert f"[Alle kursusmoduler]({links.relative(here, links.index_page('course'))})" in page


def test_module_links_back_to_its_subject():
    course = next(c for c in REAL.courses if c.kind == "princip")
    page = render_course(REAL, course).body
    assert f"(../principper/{course.target}.md)" in page
    law = next(c for c in REAL.courses if c.kind == "lovgrundlag")
    assert "(../love/index.md)" in render_course(REAL, law).body


def test_projector_button_is_hidden_until_the_script_runs():
    page = render_course(FIXTURE, FIXTURE.courses[0]).body
    assert '<div class="course-tools" hidden>' in page
    assert "data-projector-start" in page


def test_courses_index_lists_every_module():
    page = render_docs_page(links.index_page("course"), REAL)
    for course in REAL.courses:
        assert f"]({course.id}.md)" in page
    assert "(../selvevaluering.md)" in page


def test_nav_has_the_tools_and_one_entry_per_module():
    nav = build_nav(REAL)
    tools = next(entry["Værktøjer"] for entry in nav if "Værktøjer" in entry)
    assert tools == [{"Selvevaluering": links.CHECKLIST_PAGE}, {"Mine favoritter": links.FAVOURITES_PAGE}]
    teaching = next(entry["Undervisning"] for entry in nav if "Undervisning" in entry)
    assert len(teaching) == len(REAL.courses) + 1


def test_nav_has_no_teaching_section_without_modules():
    hb = FIXTURE.model_copy(update={"courses": ()})
    assert not any("Undervisning" in entry for entry in build_nav(hb))


def test_a_build_without_modules_leaves_out_the_hand_written_overview(tmp_path, real_data):
    shutil.rmtree(real_data / "courses")
    result = run_build(tmp_path / "site", data=real_data)
    assert result.returncode == 0, result.stderr[-3000:]  # strict: an overview outside the nav would be a warning
    assert not (tmp_path / "site" / "kurser").exists()
    assert (tmp_path / "site" / "selvevaluering" / "index.html").exists()


def test_checklist_has_the_fifteen_points_and_every_direction_once():
    items = checklist_items(REAL)
    ids = [i.id for i in items]
    assert len(ids) == len(set(ids))
    assert ids[:15] == [f"kvalitetsstandard-{n}" for n in range(1, 16)]
    assert ids[15:] == [d.id for _, d in REAL.directions()]
    assert {i.type for i in items} == {"kvalitetsstandard", "lovkrav", "anbefaling"}
    for item in items:
        assert item.title and not re.search(r"[\[\]*<>]|\]\(", item.title), item.title


def test_the_law_page_and_the_checklist_read_the_same_list():
    points = quality_points(REAL)
    assert len(points) == 15
    law_page = render_law(REAL, REAL.law("bek-1477-4")).body
    checklist = render_checklist(REAL)
    for n, text in enumerate(points, 1):
        assert f"\n{n}. {text}\n" in law_page
        assert f"Kvalitetsstandarden beskriver {text.rstrip('.')}." in checklist


def test_checklist_page_marks_every_item_for_the_script():
    page, state = render_with_state(links.CHECKLIST_PAGE, REAL)
    assert state.page_assets == {links.CHECKLIST_PAGE: {links.TOOLS_JS}}  # the checklist loads the tools' script
    for item in checklist_items(REAL):
        assert f'data-item="{item.id}" data-type="{item.type}"' in page
    assert page.count('class="check-item__paper"') == len(checklist_items(REAL))
    assert "data-search-exclude" in page  # the directions' own pages are the search hits


def test_checklist_without_quality_points_still_lists_directions():
    page = render_checklist(FIXTURE)
    assert "kvalitetsstandard-1" not in page
    assert 'data-item="3.4.1"' in page and 'data-item="3.4.2"' in page


def test_favourites_page_lists_every_guideline_and_direction_hidden():
    page = render_docs_page(links.FAVOURITES_PAGE, REAL)
    for g in REAL.guidelines:
        assert f'data-fav="g:{g.id}" hidden' in page
        for d in g.directions:
            assert f'data-fav="d:{d.id}" hidden' in page
            assert f"({links.to_direction(links.FAVOURITES_PAGE, g.id, d.id)})" in page


def test_plain_text_drops_markdown_but_keeps_words():
    text = 'Se **[SEL § 101, stk. 4](../love/sel-101.md#stk-4)** i `3.5`.\n\n- et <abbr title="x">punkt</abbr>'
    assert plain_text(text) == "Se SEL § 101, stk. 4 i 3.5. et punkt"


def test_plain_text_keeps_text_that_only_looks_like_markup():
    text = 'Plan {{ x }} og {% x %}, 3 < 4 & 5 > 2, "citat" og \'tegn\' {: .klasse } <b>fed</b>'
    assert plain_text(text) == 'Plan {{ x }} og {% x %}, 3 < 4 & 5 > 2, "citat" og \'tegn\' fed'


def test_first_sentence_does_not_stop_at_abbreviations():
    assert first_sentence("Fristen følger SEL § 101, stk. 4. Den gælder altid.") == "Fristen følger SEL § 101, stk. 4."
    long = "Ord " * 80
    assert first_sentence(long, limit=40).endswith("…") and len(first_sentence(long, limit=40)) <= 40
