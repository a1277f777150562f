"""Browser: every page of the real build loads on a phone, and nothing reaches another host."""

from __future__ import annotations

from urllib.parse import urlparse

from .conftest import site_pages


def test_every_page_loads_on_a_phone_with_no_external_requests(site, base_url, phone):
    local = urlparse(base_url).netloc
    pages = site_pages(site)
    assert len(pages) > 40
    failures = []
    for path in pages:
        response = phone.goto(base_url + path, wait_until="load")
        if response is None or response.status != 200:
            failures.append(f"{path}: HTTP {response.status if response else 'none'}")
            continue
        if not phone.locator("h1").first.is_visible():
            failures.append(f"{path}: no visible heading")
    external = sorted({u for u in phone.requests if urlparse(u).scheme in ("http", "https") and urlparse(u).netloc != local})
    assert not failures, failures
    assert external == [], f"requests to other hosts: {external}"
