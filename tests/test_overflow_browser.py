"""Browser: no page of the real build scrolls sideways on a 320 px phone without JavaScript.

Wide things (tables, the principle matrix, flow diagrams, code) must scroll inside their own container.
With JavaScript on, tests/test_every_page_browser.py measures every page."""

from __future__ import annotations

from tests.conftest import site_pages
from tests.page_sweep import NARROW, new_page, overflow_line


def test_no_page_scrolls_sideways_at_320_px_without_javascript(site, base_url, browser):
    page = new_page(browser, NARROW, javascript=False)
    overflowing = []
    for path in site_pages(site):
        page.goto(base_url + path, wait_until="load")
        line = overflow_line(page, path)
        if line:
            overflowing.append(line)
    page.context.close()
    assert overflowing == [], "pages wider than a 320 px screen without JavaScript:\n" + "\n".join(overflowing)
