"""Browser: axe-core finds no WCAG 2.1 A/AA or best-practice violation in the states a reader creates.

Search open with results and with its help, the navigation drawer open on a phone, every folded part opened.
Every page as it loads, at phone and desktop size, is checked in tests/test_every_page_browser.py.
Material's own problems are fixed in overrides/ and the accessibility section of docs/assets/handbook.css, never by switching rules off."""

from __future__ import annotations

from tests.conftest import PHONE, page_file, site_pages, wait_for_search_index
from tests.page_sweep import DESKTOP, axe_lines, new_page, resize

BOTH = {"phone": PHONE, "desktop": DESKTOP}


def _report(found):
    return f"{len(found)} axe violations:\n" + "\n".join(found[:80])


def _check(browser, base_url, paths, viewports, prepare, label, reload=False, within=None):
    """axe at each viewport after prepare(page); reload: load anew per viewport (states that depend on it);
    within: check only what matches this selector (the rest of the page is checked by the sweep)."""
    page = new_page(browser)
    found = []
    for path in paths:
        for index, (name, size) in enumerate(viewports.items()):
            if index == 0 or reload:
                page.set_viewport_size(size)
                page.goto(base_url + path, wait_until="load")
                prepare(page)
            else:
                resize(page, size)
            found += axe_lines(page, f"{label}{name} {path}", within)
    page.context.close()
    return found


def _open_search(page):
    """Open search the way a reader does (the header button on a phone) and type a query with many hits."""
    wait_for_search_index(page)
    if page.locator("label.md-header__button[for=__search]").is_visible():
        page.click("label.md-header__button[for=__search]")
    page.locator(".md-search__input").press_sequentially("behandling")  # the theme reacts to keys, not fill()
    page.wait_for_selector(".md-search-result__item", state="visible")


def _search_help(query: str):
    """Open search and type a query that brings up the search help ("Mente du …?", or help when nothing is found)."""
    def prepare(page):
        wait_for_search_index(page)
        page.click("label.md-header__button[for=__search]")
        page.locator(".md-search__input").press_sequentially(query)
        page.wait_for_selector(".hb-search-help:not([hidden])", state="visible")
    return prepare


def _open_drawer(page):
    page.click("label.md-header__button[for=__drawer]")
    page.wait_for_function("() => document.getElementById('__drawer').checked")


def _open_details(page):
    page.evaluate("() => document.querySelectorAll('details').forEach(d => { d.open = true; })")


def test_search_open_with_results_has_no_axe_violations(base_url, browser):
    found = _check(browser, base_url, ["", "retningslinjer/3-4/"], BOTH, _open_search, "search open: ", reload=True)
    assert found == [], _report(found)


def test_search_help_has_no_axe_violations(base_url, browser):
    phone = {"phone": PHONE}
    found = _check(browser, base_url, [""], phone, _search_help("afgørlse"), "did you mean: ")
    found += _check(browser, base_url, [""], phone, _search_help("xqzvwk"), "nothing found: ")
    assert found == [], _report(found)


def test_navigation_drawer_open_on_a_phone_has_no_axe_violations(site, base_url, browser):
    # the drawer differs by where the reader is: the front page, a section's index page, a nested page
    pages = ["", "retningslinjer/", "retningslinjer/3-4/", "om/status/"]
    assert all((site / p / "index.html").exists() for p in pages)
    found = _check(browser, base_url, pages, {"phone": PHONE}, _open_drawer, "drawer open: ")
    assert found == [], _report(found)


def test_every_folded_part_opened_has_no_axe_violations(site, base_url, browser):
    # flow steps and other optional depth are <details>: open them all and check what appears in them
    # (the page around them, as it loads, is checked by the sweep over every page)
    pages = [p for p in site_pages(site) if "<details" in page_file(site, p).read_text(encoding="utf-8")]
    assert any(p.startswith("beslutningsveje/") for p in pages), "the flow pages have folded steps"
    found = _check(browser, base_url, pages, BOTH, _open_details, "details open: ", within="details")
    assert found == [], _report(found)
