"""Browser: axe-core finds no WCAG 2.1 A/AA or best-practice violation on any page of the real build.

Every page at phone and desktop size, plus the states a reader creates: search open with results,
the navigation drawer open on a phone, and every folded part (<details>) opened. Material's own
problems are fixed in overrides/ and docs/assets/a11y.css, never by switching rules off."""

from __future__ import annotations

import json

from axe_playwright_python.base import AXE_SCRIPT

from .conftest import PHONE, site_pages

DESKTOP = {"width": 1280, "height": 800}
TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"]
OPTIONS = json.dumps({"runOnly": {"type": "tag", "values": TAGS}, "resultTypes": ["violations"]})


def _context(browser, viewport):
    """A browser context with axe-core injected into every page (no service worker: it would cache the site)."""
    context = browser.new_context(viewport=viewport, locale="da-DK", service_workers="block")
    context.add_init_script(AXE_SCRIPT)
    return context


def _violations(tabs, base_url, paths, prepare=None, label=""):
    """Run axe on each path in each tab (after prepare(page), if given); return one line per failing element.

    tabs maps a name (the viewport) to a page; each tab has its own context and so its own renderer
    process: axe runs in all of them at once, which keeps both cores busy."""
    found = []
    for path in paths:
        for tab in tabs.values():
            tab.goto(base_url + path, wait_until="load")
            if prepare:
                prepare(tab)
            tab.evaluate(f"() => {{ window.__axe = axe.run(document, {OPTIONS}); }}")  # start, do not wait
        for name, tab in tabs.items():
            for rule in tab.evaluate("() => window.__axe")["violations"]:
                for node in rule["nodes"]:
                    why = " ".join(node.get("failureSummary", "").split("\n")[1:2]).strip()
                    found.append(f"{label}{name} {path}: {rule['id']} ({rule['impact']}) {node['target']}: {why}")
    return found


def _tabs(browser, viewports):
    """One fresh page per named viewport, each in its own context."""
    return {name: _context(browser, size).new_page() for name, size in viewports.items()}


def _close(tabs):
    for tab in tabs.values():
        tab.context.close()


def _html_file(site, path):
    """The built file behind a page path from site_pages()."""
    return site / path / "index.html" if path == "" or path.endswith("/") else site / path


def _report(found):
    return f"{len(found)} axe violations:\n" + "\n".join(found[:80])


BOTH = {"phone": PHONE, "desktop": DESKTOP}


def test_every_page_has_no_axe_violations_on_phone_and_desktop(site, base_url, browser):
    pages = site_pages(site)
    assert len(pages) > 40
    tabs = _tabs(browser, BOTH)
    found = _violations(tabs, base_url, pages)
    _close(tabs)
    assert found == [], _report(found)


def _open_search(page):
    """Open search the way a reader does (the header button on a phone) and type a query with many hits."""
    if page.locator("label.md-header__button[for=__search]").is_visible():
        page.click("label.md-header__button[for=__search]")
    page.fill(".md-search__input", "behandling")
    page.wait_for_selector(".md-search-result__item", state="visible")


def _open_drawer(page):
    page.click("label.md-header__button[for=__drawer]")
    page.wait_for_function("() => document.getElementById('__drawer').checked")
    page.wait_for_timeout(300)  # the drawer slides in; axe checks colours of what is on screen


def _open_details(page):
    page.evaluate("() => document.querySelectorAll('details').forEach(d => { d.open = true; })")


def test_search_open_with_results_has_no_axe_violations(base_url, browser):
    tabs = _tabs(browser, BOTH)
    found = _violations(tabs, base_url, ["", "retningslinjer/3-4/"], prepare=_open_search, label="search open: ")
    _close(tabs)
    assert found == [], _report(found)


def test_navigation_drawer_open_on_a_phone_has_no_axe_violations(site, base_url, browser):
    # the drawer differs by where the reader is: the front page, a section's index page, a nested page
    pages = ["", "retningslinjer/", "retningslinjer/3-4/", "om/status/"]
    assert all((site / p / "index.html").exists() for p in pages)
    tabs = _tabs(browser, {"phone": PHONE})
    found = _violations(tabs, base_url, pages, prepare=_open_drawer, label="drawer open: ")
    _close(tabs)
    assert found == [], _report(found)


def test_every_folded_part_opened_has_no_axe_violations(site, base_url, browser):
    # flow steps and other optional depth are <details>: open them all and check what appears
    pages = [p for p in site_pages(site) if "<details" in _html_file(site, p).read_text(encoding="utf-8")]
    assert any(p.startswith("beslutningsveje/") for p in pages), "the flow pages have folded steps"
    tabs = _tabs(browser, BOTH)
    found = _violations(tabs, base_url, pages, prepare=_open_details, label="details open: ")
    _close(tabs)
    assert found == [], _report(found)
