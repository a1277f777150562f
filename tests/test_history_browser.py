"""The history features in a real build: the file:// zip of a temporary git repository of the real data (Historik,
the feed, the head links, the 'changed since your last visit' marks in Chromium) and the handbook's own build."""

from __future__ import annotations

import json
import posixpath
import re
import xml.etree.ElementTree as ET

import pytest

from macros.core import links
from macros.model.git_history import read_history
from tests.atom_rules import A, atom_problems
from tests.conftest import REPO, run_build
from tests.history_repo import REAL_ADDED, REAL_CHANGED, REAL_DELETED, make_real_history_repo
from tests.page_sweep import NARROW, axe_lines, new_page, overflow_line

KEY = "stofhaandbog.besoeg.v1"
PAGE = "retningslinjer/3-4"
HEAD_LINK = re.compile(r'<link rel="alternate feed" type="application/atom\+xml" title="[^"]+" href="([^"]+)">')


@pytest.fixture(scope="module")
def zipped(tmp_path_factory):
    """The temporary repository built as `make zip` builds (HANDBOOK_ZIP=true: .html links, file://)."""
    data = make_real_history_repo(tmp_path_factory.mktemp("repo"))
    dest = tmp_path_factory.mktemp("zip") / "haandbog"
    result = run_build(dest, data=data, env={"HANDBOOK_ZIP": "true"})
    assert result.returncode == 0, result.stderr[-3000:]
    return dest


def test_zip_shows_the_history_and_includes_a_valid_feed(zipped):
    page = (zipped / f"{PAGE}.html").read_text(encoding="utf-8")
    for number in (4, 3, 2, 1):
        assert f'id="{links.history_anchor(number)}"' in page
    assert f"Anvisning {REAL_DELETED} er fjernet." in page and 'href="../aendringer.xml"' in page
    feed = (zipped / links.FEED).read_bytes()
    assert atom_problems(feed) == []
    hrefs = [e.find(f"{A}link").get("href") for e in ET.fromstring(feed).findall(f"{A}entry")]
    assert f"{PAGE}.html#anvisning-{REAL_ADDED}" in hrefs
    for href in hrefs:  # every entry opens a file of the zip, at an anchor that is there
        path, _, anchor = href.partition("#")
        target = (zipped / path).read_text(encoding="utf-8")
        assert not anchor or f'id="{anchor}"' in target, href


def test_every_page_links_the_feed_in_its_head(zipped):
    pages = sorted(zipped.rglob("*.html"))
    assert len(pages) > 20
    for html in pages:
        text = html.read_text(encoding="utf-8")
        head = text[: text.index("</head>")]
        found = HEAD_LINK.findall(head)
        assert len(found) == 1, html
        if html.name == "404.html":  # shown at any depth, so MkDocs roots its links at site_url's path
            assert found[0] == "/" + links.FEED
            continue
        here = html.relative_to(zipped).parent.as_posix()
        assert posixpath.normpath(posixpath.join(here, found[0])) == links.FEED, (html, found)


def _open(page, path):
    page.goto(path.as_uri(), wait_until="load")
    page.wait_for_selector(".history")


def _marked(page) -> list[str]:
    return page.eval_on_selector_all(".changed-since", "els => els.map(e => e.id)")


def _visit_after(page, path, version):
    """Open the page as a reader whose last visit showed `version` (a new tab: no session yet)."""
    page.evaluate(f"v => {{ localStorage.setItem('{KEY}', JSON.stringify({{version: 1, pages: {{'{PAGE}': v}}}}));"
                  " sessionStorage.clear(); }", version)
    _open(page, path)


def test_marks_show_exactly_what_changed_since_the_last_visit_and_clear_with_one_tap(zipped, browser):
    page = new_page(browser, NARROW)
    path = zipped / f"{PAGE}.html"
    try:
        _open(page, path)  # first visit: nothing to compare with, so no marks; the version is remembered
        assert _marked(page) == [] and page.locator(".changed-notice").count() == 0
        assert json.loads(page.evaluate(f"localStorage.getItem('{KEY}')")) == {"version": 1, "pages": {PAGE: 4}}

        _visit_after(page, path, 1)
        assert _marked(page) == [f"anvisning-{REAL_CHANGED}", f"anvisning-{REAL_ADDED}", "historik-v4", "historik-v3",
                                 "historik-v2"]
        notice = page.locator(".changed-notice")
        assert "2 anvisninger er ændret siden dit sidste besøg" in notice.inner_text()
        label = page.locator(f"[data-direction='{REAL_CHANGED}'] .changed-since__label")
        assert label.inner_text() == "Ændret siden dit sidste besøg"
        assert overflow_line(page, PAGE) is None  # readable at 320 px, old and new text stacked
        assert axe_lines(page, "marks", "main") == []
        page.reload(wait_until="load")  # the marks stay for this tab until cleared
        assert len(_marked(page)) == 5
        page.get_by_role("button", name="Fjern markeringerne").click()
        assert _marked(page) == [] and "Markeringerne er fjernet" in notice.inner_text()
        page.reload(wait_until="load")
        assert _marked(page) == [] and page.locator(".changed-notice").count() == 0

        _visit_after(page, path, 2)
        assert _marked(page) == [f"anvisning-{REAL_ADDED}", "historik-v4", "historik-v3"]
        assert "1 anvisning er ændret" in page.locator(".changed-notice").inner_text()
        _visit_after(page, path, 3)  # only a deletion since: no direction to mark, the history says what went
        assert _marked(page) == ["historik-v4"]
        assert "Siden er ændret siden dit sidste besøg" in page.locator(".changed-notice").inner_text()
    finally:
        page.context.close()


def test_history_reads_without_javascript(zipped, browser):
    page = new_page(browser, NARROW, javascript=False)
    try:
        page.goto((zipped / f"{PAGE}.html").as_uri(), wait_until="load")
        assert page.locator("#historik-v2 .history-diff__old").first.is_visible()
        assert page.locator(".changed-notice, .changed-since").count() == 0
        assert overflow_line(page, PAGE) is None
    finally:
        page.context.close()


def test_real_build_has_history_feed_and_caches_the_feed(site):
    assert read_history(REPO / "data").commits, "the repository has history for data/"
    page = (site / links.url_path(links.page("guideline", "3-4")) / "index.html").read_text(encoding="utf-8")
    assert 'data-history="retningslinjer/3-4"' in page and 'id="historik-v1"' in page
    # search finds today's wording only: the history's old texts are left out of the index
    index = (site / "search" / "search_index.json").read_text(encoding="utf-8")
    assert "Retningslinjen kom med i håndbogen" in page and "kom med i håndbogen" not in index
    assert not re.search(r'"location":"[^"]*#historik(-v\d+)?"', index)
    feed = (site / links.FEED).read_bytes()
    assert atom_problems(feed) == [] and ET.fromstring(feed).findall(f"{A}entry")
    assert f'"{links.FEED}"' in (site / "sw.js").read_text(encoding="utf-8")  # offline, too
    export = json.loads((site / links.EXPORT_JSON).read_text(encoding="utf-8"))
    direction = export["guidelines"][0]["directions"][0]
    assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", direction["last_changed"]) and direction["version"] >= 1
