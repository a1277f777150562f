"""Course modules: the model's rules, the cross-checks (exact messages) and the real data's coverage."""

from __future__ import annotations

from pathlib import Path

import pytest

from macros.editors.error_catalog import kind_of
from macros.model.check_courses import check_courses
from macros.model.load import DataError, load_handbook
from tests.conftest import FIXTURE_DATA, REPO

COURSE = FIXTURE_DATA / "courses" / "tema-borgerforloeb.yml"


def write_course(data: Path, text: str, name: str = "tema-borgerforloeb") -> None:
    (data / "courses" / f"{name}.yml").write_text(text, encoding="utf-8")


def edited(old: str, new: str) -> str:
    text = COURSE.read_text(encoding="utf-8")
    assert old in text, f"fixture text not found: {old!r}"
    return text.replace(old, new, 1)


def problems_for(fixture_data: Path, text: str) -> list[str]:
    write_course(fixture_data, text)
    with pytest.raises(DataError) as error:
        load_handbook(fixture_data)
    return error.value.problems


def test_fixture_course_loads():
    hb = load_handbook(FIXTURE_DATA)
    (course,) = hb.courses
    assert course.kind == "tema" and course.target == "borgerforloeb"
    assert [c.id for c in course.cases] == ["mandag", "gen-henvendelse"]


def test_unknown_field_is_named_with_a_hint(fixture_data):
    problems = problems_for(fixture_data, edited("duration: 1 time", "durations: 1 time"))
    assert problems == ["data/courses/tema-borgerforloeb.yml: durations: unknown field; did you mean 'duration'?"]


def test_a_module_needs_two_or_three_cases(fixture_data):
    text = COURSE.read_text(encoding="utf-8")
    one_case = text[: text.index("  - id: gen-henvendelse")] + "reflection_questions:\n  - Hvad nu?\n"
    (problem,) = problems_for(fixture_data, one_case)
    assert problem == (
        "data/courses/tema-borgerforloeb.yml: cases: Value error, a module needs 2-3 cases, this one has 1; "
        "add or remove a case; correct the value"
    )


def test_case_ids_are_unique(fixture_data):
    (problem,) = problems_for(fixture_data, edited("id: gen-henvendelse", "id: mandag"))
    assert "case id 'mandag' is used twice; give each case its own id" in problem


def test_unknown_direction_in_a_case_suggests_the_closest(fixture_data):
    problems = problems_for(fixture_data, edited("directions: [3.4.1]", "directions: [3.4.1, 3.4.20]"))
    assert problems == [
        "data/courses/tema-borgerforloeb.yml: cases[0].directions[1]: unknown direction '3.4.20' (did you mean '3.4.2'?)"
    ]


def test_unknown_guideline_and_target(fixture_data):
    text = edited("guidelines: [3-4]", "guidelines: [2-1]").replace("target: borgerforloeb", "target: borgerforlob")
    problems = problems_for(fixture_data, text)
    assert problems == [
        "data/courses/tema-borgerforloeb.yml: target: unknown theme 'borgerforlob' (did you mean 'borgerforloeb'?)",
        "data/courses/tema-borgerforloeb.yml: cases[1].guidelines[0]: unknown guideline '2-1' (known: 3-4)",
    ]


def test_principle_module_needs_a_principle_target(fixture_data):
    text = edited("kind: tema\ntarget: borgerforloeb\n", "kind: princip\n")
    assert problems_for(fixture_data, text) == [
        "data/courses/tema-borgerforloeb.yml: target: required field missing; add 'target: …' (the principle id)"
    ]
    text = edited("kind: tema\ntarget: borgerforloeb\n", "kind: princip\ntarget: borgerforloeb\n")
    assert problems_for(fixture_data, text) == [
        "data/courses/tema-borgerforloeb.yml: target: unknown principle 'borgerforloeb' (known: helhed, systematik)"
    ]


def test_legal_framework_module_has_no_target(fixture_data):
    text = edited("kind: tema\n", "kind: lovgrundlag\n")
    assert problems_for(fixture_data, text) == [
        "data/courses/tema-borgerforloeb.yml: target: 'borgerforloeb' is not allowed; use no target for a lovgrundlag module"
    ]


def test_file_name_must_match_id(fixture_data):
    text = COURSE.read_text(encoding="utf-8")
    (fixture_data / "courses" / "tema-borgerforloeb.yml").unlink()
    write_course(fixture_data, text, name="andet")
    with pytest.raises(DataError) as error:
        load_handbook(fixture_data)
    assert error.value.problems == [
        "data/courses/andet.yml: id: 'tema-borgerforloeb' differs from the file name; "
        "rename the file to tema-borgerforloeb.yml or set id: andet"
    ]


def test_every_course_message_is_explained_in_the_editors_guide(fixture_data):
    """The checks reuse message shapes the editors' guide already explains."""
    texts = [
        edited("target: borgerforloeb", "target: x"),
        edited("kind: tema\ntarget: borgerforloeb\n", "kind: princip\n"),
        edited("kind: tema\n", "kind: lovgrundlag\n"),
        edited("      - 3.4.1\n", "      - 9.9.9\n"),
        edited("id: gen-henvendelse", "id: mandag"),
    ]
    for text in texts:
        for problem in problems_for(fixture_data, text):
            assert kind_of(problem) is not None, problem


def test_check_courses_is_empty_for_good_data():
    assert check_courses(load_handbook(FIXTURE_DATA)) == []


def test_real_data_has_one_module_per_theme_and_principle_and_one_on_the_law():
    hb = load_handbook(REPO / "data")
    targets = sorted((c.kind, c.target or "") for c in hb.courses)
    expected = sorted(
        [("tema", t.id) for t in hb.themes] + [("princip", p.id) for p in hb.principles] + [("lovgrundlag", "")]
    )
    assert targets == expected
    for course in hb.courses:
        assert 2 <= len(course.cases) <= 3, course.id
        for case in course.cases:
            assert 1 <= len(case.directions) <= 3, f"{course.id}/{case.id}: keep the handout to 1-2 pages"
