"""Versions: every version of the record files read from git in one pass, compared part by part (macros/model/versions.py,
macros/model/git_history.py read_versions)."""

from __future__ import annotations

import os
import stat

import pytest

from macros.model.edition import History
from macros.model.git_history import read_history, read_versions
from macros.model.versions import ItemChange, Revision, State, build_versions, diff_parts, parts_of
from tests.history_repo import DATES, NEW_3_4_1, NEW_3_4_2, NEW_3_4_3, NOTE_3_4_3, NOTE_G, OLD_3_4_1, OLD_3_4_2, git, make_history_repo


@pytest.fixture
def repo_data(tmp_path):
    return make_history_repo(tmp_path / "repo")


def _read(data):
    return read_versions(data, read_history(data))


def test_versions_are_numbered_oldest_first_with_rfc3339_times(repo_data):
    versions = _read(repo_data)
    assert [(r.number, r.time) for r in versions.revisions] == list(enumerate(DATES, start=1))
    assert [r.date for r in versions.revisions] == ["2025-01-31", "2025-02-10", "2025-03-02", "2025-04-15"]
    assert versions.latest().number == 4


def test_guideline_history_has_exactly_the_three_commits_changes(repo_data):
    entries = _read(repo_data).of("guideline", "3-4")
    assert [(e.revision.number, e.action) for e in entries] == [(4, "changed"), (3, "changed"), (2, "changed"),
                                                               (1, "created")]
    deleted, added, changed, created = entries
    assert [(c.key, c.action) for c in deleted.changes] == [("anvisning:3.4.2", "removed")]
    assert deleted.changes[0].old.text == NEW_3_4_2 and deleted.changes[0].new is None
    assert [(c.key, c.action, c.note) for c in added.changes] == [("anvisning:3.4.3", "added", NOTE_3_4_3)]
    assert added.changes[0].new == State(text=NEW_3_4_3, kind="anbefaling", status="redaktionel",
                                         other=(("sources", '[{"source": "K1"}]'),))
    assert changed.note == NOTE_G
    first, second = changed.changes
    assert (first.key, first.old.text, first.new.text) == ("anvisning:3.4.1", OLD_3_4_1, NEW_3_4_1)
    assert (first.old.status, first.new.status, first.old.kind, first.new.kind) == ("lovtekst", "bekræftet",
                                                                                 "lovkrav", "lovkrav")
    assert (second.key, second.old.text, second.new.text) == ("anvisning:3.4.2", OLD_3_4_2, NEW_3_4_2)
    assert (second.old.kind, second.new.kind, second.old.laws, second.new.laws) == ("anbefaling", "lovkrav", (),
                                                                                  ("sel-101/4",))
    assert created.parts == 2


def test_each_part_knows_the_version_that_last_changed_it(repo_data):
    versions = _read(repo_data)
    assert versions.part_changed("guideline", "3-4", "anvisning:3.4.1").number == 2
    assert versions.part_changed("guideline", "3-4", "anvisning:3.4.3").number == 3
    assert versions.part_changed("guideline", "3-4", "anvisning:3.4.2").number == 4  # its removal
    assert versions.part_changed("law", "sel-101", "stk:4").number == 2
    assert versions.part_changed("flow", "garanti", "trin:frist").number == 1  # unchanged since it came


def test_other_records_and_files_only_appear_when_they_changed(repo_data):
    versions = _read(repo_data)
    assert [(e.revision.number, e.action) for e in versions.of("law", "sel-101")] == [(2, "changed"), (1, "created")]
    assert [(e.revision.number, e.action) for e in versions.of("principle", "helhed")] == [(1, "created")]
    assert versions.of("guideline", "9-9") == ()


def test_a_note_alone_is_shown_and_an_unchanged_note_is_not_repeated():
    old = {"id": "3-4", "title": "T", "directions": [{"id": "3.4.1", "text": "a", "ændringsnote": "n"}]}
    same_note = {"id": "3-4", "title": "T", "directions": [{"id": "3.4.1", "text": "b", "ændringsnote": "n"}]}
    new_note = {"id": "3-4", "title": "T", "directions": [{"id": "3.4.1", "text": "a", "ændringsnote": "m"}]}
    assert [c.note for c in diff_parts(parts_of("guideline", old), parts_of("guideline", same_note))] == [""]
    assert diff_parts(parts_of("guideline", old), parts_of("guideline", new_note)) == (
        ItemChange("anvisning:3.4.1", "note", State(text="a"), State(text="a"), "m"),)


def test_a_broken_version_is_skipped_and_a_deleted_record_file_is_noted():
    rev = [Revision(n, f"2025-01-0{n}", f"2025-01-0{n}T00:00:00Z", f"h{n}") for n in range(1, 5)]
    a = "id: 3-4\ntitle: T\ndirections:\n  - {id: 3.4.1, text: a}\n"
    b = a.replace("text: a", "text: b")
    versions = build_versions([(rev[0], {"guidelines/3-4.yml": a}), (rev[1], {"guidelines/3-4.yml": "id: [broken"}),
                               (rev[2], {"guidelines/3-4.yml": b}), (rev[3], {"guidelines/3-4.yml": None})])
    entries = versions.of("guideline", "3-4")
    assert [(e.revision.number, e.action) for e in entries] == [(4, "deleted"), (3, "changed"), (1, "created")]
    assert entries[1].changes[0].old.text == "a" and entries[1].changes[0].new.text == "b"


def test_without_git_or_outside_a_repository_there_are_no_versions(repo_data, fixture_data):
    assert read_versions(repo_data, read_history(repo_data, git="git-findes-ikke"), git="git-findes-ikke").available is False
    assert _read(fixture_data).available is False  # a copy without history, e.g. from a tarball
    assert read_versions(repo_data, History()).available is False


def test_git_runs_a_fixed_number_of_times_whatever_the_number_of_pages(repo_data, tmp_path):
    # a git that logs each call: the history of every page comes from one log and one cat-file --batch
    calls = tmp_path / "calls.txt"
    wrapper = tmp_path / "git-logged"
    wrapper.write_text(f'#!/bin/sh\necho "$1" >> {calls}\nexec git "$@"\n', encoding="utf-8")
    wrapper.chmod(wrapper.stat().st_mode | stat.S_IEXEC)
    history = read_history(repo_data, git=str(wrapper))
    versions = read_versions(repo_data, history, git=str(wrapper))
    assert versions.latest().number == 4 and len(versions.records) == 5
    run = calls.read_text(encoding="utf-8").split()
    assert sorted(run[:3]) == ["diff", "log", "ls-files"] and run[3:] == ["cat-file"]  # the first three side by side
    assert os.access(wrapper, os.X_OK)


def test_the_next_build_reads_the_same_versions_from_the_cache_without_old_files(repo_data, tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    calls = tmp_path / "calls.txt"
    wrapper = tmp_path / "git-logged"
    wrapper.write_text(f'#!/bin/sh\necho "$1" >> {calls}\nexec git "$@"\n', encoding="utf-8")
    wrapper.chmod(wrapper.stat().st_mode | stat.S_IEXEC)
    first = read_versions(repo_data, read_history(repo_data, git=str(wrapper)), git=str(wrapper))
    calls.write_text("", encoding="utf-8")
    again = read_versions(repo_data, read_history(repo_data, git=str(wrapper)), git=str(wrapper))
    assert again == first and again.latest().number == 4
    assert sorted(calls.read_text(encoding="utf-8").split()) == ["diff", "log", "ls-files"]  # no cat-file
    git(repo_data.parent, "commit", "-q", "--allow-empty", "-m", "no data change")
    (repo_data / "laws.yml").write_text((repo_data / "laws.yml").read_text(encoding="utf-8") + "\n", encoding="utf-8")
    git(repo_data.parent, "commit", "-q", "-am", "a new version", date="2025-05-01T10:00:00+02:00")
    assert _read(repo_data).latest().number == 5  # a new commit is a new entry


def test_a_merged_branch_is_one_new_version_on_the_day_it_was_merged(tmp_path):
    # a reader who saw version 2 (c3) must see the branch's change as new after the merge, although it was
    # committed before c3: numbers follow the first-parent line, so they never shift
    root = tmp_path / "repo"
    data = make_history_repo(root)  # four commits on the first branch
    branch = git(root, "rev-parse", "--abbrev-ref", "HEAD").strip()
    git(root, "checkout", "-q", "-b", "side", "HEAD~1")
    (root / "data/laws.yml").write_text((root / "data/laws.yml").read_text(encoding="utf-8").replace(
        "Social behandling af stofmisbrug", "Social behandling af stofmisbrug (§ 101)"), encoding="utf-8")
    git(root, "commit", "-q", "-am", "side", date="2025-04-01T10:00:00+02:00")  # before the fourth commit
    git(root, "checkout", "-q", branch)
    git(root, "merge", "-q", "--no-ff", "-m", "merge", "side", date="2025-05-01T10:00:00+02:00")
    versions = _read(data)
    assert [r.date for r in versions.revisions] == ["2025-01-31", "2025-02-10", "2025-03-02", "2025-04-15",
                                                    "2025-05-01"]
    (entry, _, _) = versions.of("law", "sel-101")
    assert (entry.revision.number, [c.key for c in entry.changes]) == (5, ["titel"])
    assert versions.part_changed("guideline", "3-4", "anvisning:3.4.3").number == 3  # unchanged numbers
