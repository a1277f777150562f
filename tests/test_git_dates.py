"""Dates: git history per data file, a clean fallback without git or history, and the pages that show them."""

from __future__ import annotations

import datetime as dt
import os
import shutil
import subprocess

import pytest

from macros.core import links
from macros.model.edition import BuildInfo, Commit, Edition, History, danish_date
from macros.model.git_history import SEPARATOR, parse_log, read_history
from macros.model.load import load_handbook
from macros.render.guideline import render_guideline
from tests.conftest import FIXTURE_DATA, REPO, run_build
from tests.docs_pages import render_docs_page


def render_changelog(hb, info: BuildInfo) -> str:
    """The change log page (docs/aendringslog.md) with this history."""
    return render_docs_page(links.CHANGELOG_PAGE, hb, info=info)


def git(cwd, *args, date="2025-01-31T12:00:00"):
    """Run git with a fixed identity and date, so the test repository's history is known."""
    env = {**os.environ, "GIT_AUTHOR_NAME": "Test", "GIT_AUTHOR_EMAIL": "t@example.org",
           "GIT_COMMITTER_NAME": "Test", "GIT_COMMITTER_EMAIL": "t@example.org",
           "GIT_AUTHOR_DATE": date, "GIT_COMMITTER_DATE": date}
    subprocess.run(["git", *args], cwd=cwd, env=env, check=True, capture_output=True)


@pytest.fixture
def repo(tmp_path):
    """A git repository whose data/ has two commits on known dates."""
    shutil.copytree(FIXTURE_DATA, tmp_path / "data")
    git(tmp_path, "init", "-q")
    git(tmp_path, "add", ".")
    git(tmp_path, "commit", "-q", "-m", "first", date="2025-01-31T12:00:00")
    laws = tmp_path / "data/laws.yml"
    laws.write_text(laws.read_text(encoding="utf-8") + "\n", encoding="utf-8")
    git(tmp_path, "commit", "-q", "-am", "second", date="2025-03-02T12:00:00")
    return tmp_path


def test_history_gives_each_file_its_last_commit_date(repo):
    history = read_history(repo / "data")
    assert [c.date for c in history.commits] == ["2025-03-02", "2025-01-31"]
    assert history.last_changed("laws.yml") == "2025-03-02"
    assert history.last_changed("guidelines/3-4.yml") == "2025-01-31"
    assert history.latest() == "2025-03-02"
    assert history.pending == frozenset()


def test_uncommitted_changes_are_pending(repo):
    guideline = repo / "data/guidelines/3-4.yml"
    guideline.write_text(guideline.read_text(encoding="utf-8") + "\n", encoding="utf-8")
    (repo / "data/guidelines/3-9.yml").write_text("id: 3-9\n", encoding="utf-8")
    assert read_history(repo / "data").pending == {"guidelines/3-4.yml", "guidelines/3-9.yml"}


def test_without_git_the_history_is_empty(repo):
    assert read_history(repo / "data", git="git-er-ikke-installeret") == History()


def test_outside_a_repository_the_history_is_empty(fixture_data):
    # fixture_data is a copy under pytest's tmp dir, which is no git repository
    history = read_history(fixture_data)
    assert history == History()
    assert history.last_changed("guidelines/3-4.yml") is None and history.latest() is None


def test_parse_log():
    text = f"{SEPARATOR}2025-03-02 abc1234\n\nlaws.yml\n{SEPARATOR}2025-01-31 def5678\n\nlaws.yml\nguidelines/3-4.yml\n"
    assert parse_log(text) == (
        Commit("2025-03-02", "abc1234", ("laws.yml",)),
        Commit("2025-01-31", "def5678", ("laws.yml", "guidelines/3-4.yml")),
    )
    assert parse_log("") == ()


def test_danish_dates():
    assert danish_date("2020-09-21") == "21. september 2020"
    assert danish_date(dt.date(2020, 9, 21)) == "21. september 2020"
    assert danish_date(None) == "ukendt"


def test_guideline_page_shows_last_change_or_unknown():
    hb = load_handbook(FIXTURE_DATA)
    g = hb.guideline("3-4")
    known = BuildInfo(Edition(published="2020-09-21"), History((Commit("2025-03-02", "abc", ("guidelines/3-4.yml",)),)))
    page = render_guideline(hb, g, info=known).body
    assert '**Sidst ændret:** <time datetime="2025-03-02">2. marts 2025</time>' in page
    assert "2020-udgaven, offentliggjort 21. september 2020" in page
    assert "**Sidst ændret:** ukendt – håndbogen følger 2020-udgaven" in render_guideline(hb, g, info=BuildInfo()).body


def test_changelog_lists_changed_items_by_date_and_falls_back_cleanly():
    hb = load_handbook(FIXTURE_DATA)
    history = History((Commit("2025-03-02", "abc", ("laws.yml", "guidelines/3-4.yml")),
                       Commit("2025-01-31", "def", ("guidelines/3-4.yml", "guidelines/9-9.yml"))))
    page = render_changelog(hb, BuildInfo(history=history))
    assert page.index("## 2. marts 2025") < page.index("## 31. januar 2025")
    assert "- [3.4 Behandlingsgarantien](retningslinjer/3-4.md#historik)" in page  # straight to what changed
    assert "- [Lovgrundlag](love/index.md)" in page
    assert "- `data/guidelines/9-9.yml`" in page  # a file with no record any more: named, not linked
    empty = render_changelog(hb, BuildInfo())
    assert "**Data sidst ændret:** ukendt" in empty and "bygget uden versionshistorik" in empty
    assert "## " not in empty  # no dates without history


def test_changelog_links_only_pages_the_site_has_and_names_pending_changes():
    hb = load_handbook(FIXTURE_DATA)
    history = History((Commit("2025-03-02", "abc", ("laws.yml", "guidelines/3-4.yml")),), pending=frozenset({"terms.yml"}))
    page = render_docs_page(links.CHANGELOG_PAGE, hb, info=BuildInfo(history=history),
                            pages=frozenset({links.page("guideline", "3-4")}))
    assert "- [3.4 Behandlingsgarantien](retningslinjer/3-4.md#historik)" in page
    assert "- Lovgrundlag\n" in page  # love/index.md is not among the pages: named, not linked
    assert '!!! note "Ændringer, der ikke er registreret endnu"' in page
    assert "endnu ikke er gemt i versionshistorikken: Ordliste." in page


def test_build_without_history_falls_back_to_unknown(tmp_path, real_data):
    result = run_build(tmp_path / "site", data=real_data)
    assert result.returncode == 0, result.stderr[-3000:]
    guideline = (tmp_path / "site" / links.url_path(links.page("guideline", "3-4")) / "index.html").read_text(encoding="utf-8")
    assert "Sidst ændret:</strong> ukendt" in guideline
    assert "Historikken er ikke med i denne udgave af håndbogen." in guideline and "data-changed" not in guideline
    assert "<entry>" not in (tmp_path / "site" / links.FEED).read_text(encoding="utf-8")  # a valid, empty feed
    assert "2020-udgaven, offentliggjort 21. september 2020" in guideline
    changelog = (tmp_path / "site" / links.url_path(links.CHANGELOG_PAGE) / "index.html").read_text(encoding="utf-8")
    assert "bygget uden versionshistorik" in changelog


def test_real_build_shows_git_dates(site):
    expected = read_history(REPO / "data").last_changed("guidelines/3-4.yml")
    assert expected, "the repository has history for data/guidelines/3-4.yml"
    page = (site / links.url_path(links.page("guideline", "3-4")) / "index.html").read_text(encoding="utf-8")
    assert f'<time datetime="{expected}">{danish_date(expected)}</time>' in page
