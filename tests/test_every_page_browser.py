"""Browser: every page of the real build loads on a 320 px phone, fits it, reaches no other host and has
no axe-core violation (WCAG 2.1 A/AA and best practice) at phone and desktop size.

One pass per page does all four checks (tests/page_sweep.py): loading each page once is what keeps the
suite fast. The pages are split into parts that run in parallel under pytest-xdist."""

from __future__ import annotations

from urllib.parse import urlparse

import pytest

from .conftest import site_pages
from .page_sweep import sweep

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
    }
    problems = {kind: found for kind, found in problems.items() if found}
    assert problems == {}, "\n".join(f"{kind}:\n  " + "\n  ".join(found) for kind, found in problems.items())
