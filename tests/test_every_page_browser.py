"""Browser: every page of the real build loads on a 320 px phone, fits it, reaches no other host and has
no axe-core violation (WCAG 2.1 A/AA and best practice) at 320 px with mobile emulation and at desktop size; every
guideline page shows its first direction on the first 390 × 844 screen. A guideline page takes at most 12 requests.

One pass per page does all four checks (tests/page_sweep.py): loading each page once is what keeps the
suite fast. The pages are split into parts that run in parallel under pytest-xdist."""

from __future__ import annotations

from urllib.parse import urlparse

import pytest

from tests.conftest import PHONE, site_pages
from tests.page_sweep import sweep

PARTS = 8


@pytest.mark.parametrize("part", range(PARTS), ids=[f"pages-{n + 1}-of-{PARTS}" for n in range(PARTS)])
def test_every_page_loads_fits_320px_stays_local_and_passes_axe(site, base_url, browser, part):
    pages = site_pages(site)
    assert len(pages) > 40
    result = sweep(browser, base_url, pages[part::PARTS])
    assert result["requests"], "the pass over the pages recorded no requests"
    local = urlparse(base_url).netloc
    problems = {
        "failed to load or show a heading": result["load"],
        "requests to other hosts": sorted(
            {u for u in result["requests"] if urlparse(u).scheme in ("http", "https") and urlparse(u).netloc != local}),
        "wider than a 320 px screen": result["overflow"],
        "axe violations": result["axe"][:80],
        "first direction below the first phone screen": result["first_screen"],
    }
    problems = {kind: found for kind, found in problems.items() if found}
    assert problems == {}, "\n".join(f"{kind}:\n  " + "\n  ".join(found) for kind, found in problems.items())


MAX_REQUESTS = 12  # issue 18: a guideline page with an empty cache and no service worker


def test_a_guideline_page_takes_at_most_twelve_requests(base_url, browser):
    context = browser.new_context(viewport=PHONE, is_mobile=True, has_touch=True, locale="da-DK",
                                  service_workers="block")
    page = context.new_page()
    requests = []
    context.on("request", lambda request: requests.append(request.url[len(base_url):]))
    try:
        page.goto(base_url + "retningslinjer/3-4/", wait_until="networkidle")
        page.wait_for_timeout(500)  # the search worker asks for its language files after the index
    finally:
        context.close()
    assert "search/search_index.json" in requests  # counted to the end: the theme's search loaded too
    assert "sitemap.xml" not in requests  # the theme fetches it for a link[rel=alternate] (overrides/main.html)
    assert len(requests) <= MAX_REQUESTS, requests
    ours = [r for r in requests if r.startswith("assets/") and not r.startswith(("assets/javascripts/",
                                                                                   "assets/stylesheets/"))]
    assert sorted(ours) == ["assets/handbook.css", "assets/handbook.js", "assets/icons/icon.svg"]
