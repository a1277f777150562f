"""Browser: axe-core finds no WCAG 2.1 A/AA or best-practice violation on any page of the real build.

Every page at phone and desktop size, plus the states a reader creates: search open with results,
the navigation drawer open on a phone, and every folded part (<details>) opened. Material's own
problems are fixed in overrides/ and docs/assets/a11y.css, never by switching rules off.

Speed: one page object for the whole run; each page is loaded at phone size, checked, widened to
desktop size (the theme lays out by CSS media queries, so this is the desktop layout) and checked again."""

from __future__ import annotations

import json

from axe_playwright_python.base import AXE_SCRIPT

from .conftest import PHONE, site_pages

DESKTOP = {"width": 1280, "height": 800}
BOTH = {"phone": PHONE, "desktop": DESKTOP}
TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"]
OPTIONS = json.dumps({"runOnly": {"type": "tag", "values": TAGS}, "resultTypes": ["violations"]})
# after a resize: let layout run, then wait for CSS transitions (the header's search field fades its colours)
SETTLE = """async () => {
  await new Promise(done => requestAnimationFrame(() => requestAnimationFrame(done)));
  const running = document.getAnimations().filter(a => a.effect && a.effect.getTiming().iterations !== Infinity);
  await Promise.race([Promise.all(running.map(a => a.finished.catch(() => null))), new Promise(d => setTimeout(d, 2000))]);
}"""


def _page(browser):
    """A page with axe-core injected on every load (no service worker: it would cache the whole site)."""
    context = browser.new_context(viewport=PHONE, locale="da-DK", service_workers="block")
    context.add_init_script(AXE_SCRIPT)
    return context.new_page()


def _violations(page, base_url, paths, viewports, prepare=None, label="", reload=False):
    """Run axe on each path at each viewport; return one line per failing element.

    prepare(page) puts the page in a state after loading; reload: load the page anew for each viewport
    (for states that depend on the viewport, such as opening search)."""
    found = []
    for path in paths:
        for index, (name, size) in enumerate(viewports.items()):
            page.set_viewport_size(size)
            if index == 0 or reload:
                page.goto(base_url + path, wait_until="load")
                if prepare:
                    prepare(page)
            else:
                page.evaluate(SETTLE)
            for rule in page.evaluate(f"() => axe.run(document, {OPTIONS}).then(r => r.violations)"):
                for node in rule["nodes"]:
                    why = " ".join(node.get("failureSummary", "").split("\n")[1:2]).strip()
                    found.append(f"{label}{name} {path}: {rule['id']} ({rule['impact']}) {node['target']}: {why}")
    return found


def _html_file(site, path):
    """The built file behind a page path from site_pages()."""
    return site / path / "index.html" if path == "" or path.endswith("/") else site / path


def _report(found):
    return f"{len(found)} axe violations:\n" + "\n".join(found[:80])


def test_every_page_has_no_axe_violations_on_phone_and_desktop(site, base_url, browser):
    pages = site_pages(site)
    assert len(pages) > 40
    page = _page(browser)
    found = _violations(page, base_url, pages, BOTH)
    page.context.close()
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
    page = _page(browser)
    found = _violations(page, base_url, ["", "retningslinjer/3-4/"], BOTH, _open_search, "search open: ", reload=True)
    page.context.close()
    assert found == [], _report(found)


def test_navigation_drawer_open_on_a_phone_has_no_axe_violations(site, base_url, browser):
    # the drawer differs by where the reader is: the front page, a section's index page, a nested page
    pages = ["", "retningslinjer/", "retningslinjer/3-4/", "om/status/"]
    assert all((site / p / "index.html").exists() for p in pages)
    page = _page(browser)
    found = _violations(page, base_url, pages, {"phone": PHONE}, _open_drawer, "drawer open: ")
    page.context.close()
    assert found == [], _report(found)


def test_every_folded_part_opened_has_no_axe_violations(site, base_url, browser):
    # flow steps and other optional depth are <details>: open them all and check what appears
    pages = [p for p in site_pages(site) if "<details" in _html_file(site, p).read_text(encoding="utf-8")]
    assert any(p.startswith("beslutningsveje/") for p in pages), "the flow pages have folded steps"
    page = _page(browser)
    found = _violations(page, base_url, pages, BOTH, _open_details, "details open: ")
    page.context.close()
    assert found == [], _report(found)
