"""The loader: each validation rule gives its exact file/field/fix message."""

from __future__ import annotations

import pytest
import yaml

from macros.model.load import PARSE_CACHE, load_handbook
from tests.conftest import edit_file as edit
from tests.conftest import load_problems as problems


def test_fixture_dataset_loads(fixture_data):
    hb = load_handbook(fixture_data)
    assert [g.id for g in hb.guidelines] == ["3-4"]
    assert [d.id for _, d in hb.directions()] == ["3.4.1", "3.4.2"]


def test_unknown_principle_names_file_field_and_known_ids(fixture_data):
    edit(fixture_data / "guidelines/3-4.yml", "principles: [helhed, systematik]", "principles: [helhed, systemtik]")
    assert problems(fixture_data) == [
        "data/guidelines/3-4.yml: principles[1]: unknown principle 'systemtik' (did you mean 'systematik'?)"
    ]


def test_unknown_reference_without_close_match_lists_known_ids(fixture_data):
    edit(fixture_data / "guidelines/3-4.yml", "theme: borgerforloeb", "theme: xyz")
    assert problems(fixture_data) == ["data/guidelines/3-4.yml: theme: unknown theme 'xyz' (known: borgerforloeb)"]


def test_unknown_law_stk(fixture_data):
    edit(fixture_data / "guidelines/3-4.yml", "laws: [sel-101/4]\npurpose", "laws: [sel-101/9]\npurpose")
    assert problems(fixture_data) == [
        "data/guidelines/3-4.yml: laws[0]: 'sel-101/9' names stk. 9, which data/laws.yml does not have "
        "for sel-101 (stk.: 4); write 'sel-101' or add the stk."
    ]


def test_unknown_source(fixture_data):
    edit(fixture_data / "guidelines/3-4.yml", "      - source: K10", "      - source: K11")
    assert problems(fixture_data) == [
        "data/guidelines/3-4.yml: directions[0].sources[0].source: unknown source 'K11' (did you mean 'K1'?)"
    ]


def test_duplicate_id(fixture_data):
    path = fixture_data / "principles.yml"
    path.write_text(path.read_text(encoding="utf-8").replace("id: systematik", "id: helhed"), encoding="utf-8")
    found = problems(fixture_data)
    assert "data/principles.yml: id: duplicate principle id 'helhed'; give each principle its own id" in found


def test_duplicate_direction_id(fixture_data):
    edit(fixture_data / "guidelines/3-4.yml", "id: 3.4.2", "id: 3.4.1")
    assert problems(fixture_data) == [
        "data/guidelines/3-4.yml: directions[1].id: duplicate direction id '3.4.1' "
        "(also in data/guidelines/3-4.yml); give it its own number"
    ]


def test_missing_field(fixture_data):
    edit(fixture_data / "guidelines/3-4.yml", "target_group: Visitatorer.\n", "")
    assert problems(fixture_data) == ["data/guidelines/3-4.yml: target_group: required field missing; add 'target_group: …'"]


def test_unknown_key_suggests_the_right_one(fixture_data):
    edit(fixture_data / "guidelines/3-4.yml", "    kind: anbefaling", "    kind: anbefaling\n    staus: redaktionel")
    assert problems(fixture_data) == ["data/guidelines/3-4.yml: directions[1].staus: unknown field; did you mean 'status'?"]


def test_unknown_key_in_list_file(fixture_data):
    edit(fixture_data / "principles.yml", "  summary: Plan og opfølgning.", "  sumary: Plan og opfølgning.")
    found = problems(fixture_data)
    assert "data/principles.yml: [1].sumary: unknown field; did you mean 'summary'?" in found


def test_malformed_yaml_names_the_line(fixture_data):
    edit(fixture_data / "guidelines/3-4.yml", "purpose: At borgeren", "purpose: [At borgeren")
    (message,) = problems(fixture_data)
    assert message.startswith("data/guidelines/3-4.yml: line 12, column ")
    assert "malformed YAML" in message and "check indentation" in message


def test_wrong_direction_kind(fixture_data):
    edit(fixture_data / "guidelines/3-4.yml", "kind: anbefaling", "kind: anbefalet")
    assert problems(fixture_data) == [
        "data/guidelines/3-4.yml: directions[1].kind: 'anbefalet' is not allowed; use 'lovkrav' or 'anbefaling'"
    ]


def test_wrong_status(fixture_data):
    edit(fixture_data / "guidelines/3-4.yml", "status: redaktionel", "status: gættet")
    (message,) = problems(fixture_data)
    assert message.startswith("data/guidelines/3-4.yml: directions[1].status: 'gættet' is not allowed; use ")
    assert "'2016-grundlag'" in message


def test_lovkrav_without_law(fixture_data):
    edit(fixture_data / "guidelines/3-4.yml", "    laws: [sel-101/4]\n", "")
    assert problems(fixture_data) == [
        "data/guidelines/3-4.yml: directions[0].laws: a lovkrav must cite at least one law; "
        "add laws: [sel-101/4] (for example) or make it an anbefaling"
    ]


def test_id_must_match_file_name(fixture_data):
    (fixture_data / "guidelines/3-4.yml").rename(fixture_data / "guidelines/3-5.yml")
    found = problems(fixture_data)
    assert found[0] == "data/guidelines/3-5.yml: id: '3-4' differs from the file name; rename the file to 3-4.yml or set id: 3-5"


def test_direction_id_must_follow_guideline_number(fixture_data):
    edit(fixture_data / "guidelines/3-4.yml", "id: 3.4.2", "id: 3.5.2")
    assert problems(fixture_data) == ["data/guidelines/3-4.yml: directions[1].id: '3.5.2' must start with '3.4.'; renumber it 3.4.2"]


def test_missing_required_file(fixture_data):
    (fixture_data / "laws.yml").unlink()
    assert problems(fixture_data) == ["data/laws.yml: missing; create it (see the editors' guide)"]


def test_all_problems_reported_at_once(fixture_data):
    edit(fixture_data / "guidelines/3-4.yml", "theme: borgerforloeb", "theme: xyz")
    edit(fixture_data / "guidelines/3-4.yml", "phase: afgoerelse", "phase: afgorelse")
    assert len(problems(fixture_data)) == 2


def test_list_from_must_name_a_stk_with_items(fixture_data):
    edit(fixture_data / "guidelines/3-4.yml", "    kind: lovkrav\n", "    kind: lovkrav\n    list_from: sel-101/4\n")
    assert problems(fixture_data) == [
        "data/guidelines/3-4.yml: directions[0].list_from: 'sel-101/4' names no stk. with items in data/laws.yml; "
        "point it at a stk. that has 'items', e.g. bek-1477-4/1"
    ]


@pytest.mark.parametrize("summary, count", [
    ("Fire. Korte. Sætninger. Her.", 4),
    ("Ingen afslutning", 0),
])
def test_kort_fortalt_must_be_one_to_three_sentences(fixture_data, summary, count):
    edit(fixture_data / "guidelines" / "3-4.yml",
              "summary: Behandlingen skal være i gang senest 14 dage efter henvendelsen.", f"summary: {summary}")
    assert problems(fixture_data) == [
        f"data/guidelines/3-4.yml: summary: Value error, has {count} sentences; write one to three short sentences, "
        "each ending with a full stop; correct the value"
    ]


def test_kort_fortalt_counts_sentences_not_abbreviations(fixture_data):
    edit(fixture_data / "guidelines" / "3-4.yml",
              "summary: Behandlingen skal være i gang senest 14 dage efter henvendelsen.",
              "summary: Se SEL § 101, stk. 4, fx ved første kontakt. Fristen er 14 dage.")
    assert load_handbook(fixture_data).guideline("3-4").summary.endswith("14 dage.")



@pytest.fixture
def parses(tmp_path, monkeypatch) -> list[str]:
    """The texts PyYAML parses (an own, empty disk cache)."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    parsed: list[str] = []
    real = yaml.load
    monkeypatch.setattr(yaml, "load", lambda text, **kwargs: parsed.append(text) or real(text, **kwargs))
    return parsed


def test_a_files_parse_is_kept_until_its_text_changes(fixture_data, parses):
    """A load parses only the files whose text differs from the last good load of the folder; the others' parse
    comes from the disk cache (macros/core/cache.py), looked up by the text, so it is never stale."""
    first = load_handbook(fixture_data)
    files = len(parses)
    assert files > 5
    assert load_handbook(fixture_data) == first and len(parses) == files  # nothing parsed again
    edit(fixture_data / "guidelines/3-4.yml", "target_group: Visitatorer.", "target_group: Behandlere.")
    assert load_handbook(fixture_data).guidelines[0].target_group == "Behandlere."
    assert len(parses) == files + 1 and "target_group: Behandlere." in parses[-1]  # only the changed file


def test_bad_data_is_parsed_each_time_and_never_kept(fixture_data, parses):
    load_handbook(fixture_data)
    edit(fixture_data / "guidelines/3-4.yml", "principles: [helhed, systematik]", "principles: [helhed, systemtik]")
    assert problems(fixture_data) and problems(fixture_data)
    assert len([text for text in parses if "systemtik" in text]) == 2


def test_an_unreadable_cache_entry_is_no_entry(fixture_data, tmp_path, parses):
    first = load_handbook(fixture_data)
    (entry,) = (tmp_path / "cache" / "stofhaandbog" / PARSE_CACHE).iterdir()
    entry.write_bytes(b"not a pickle")
    assert load_handbook(fixture_data) == first
