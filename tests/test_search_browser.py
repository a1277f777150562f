"""Practitioners' queries typed into Material's real search box on a phone: the right page is in the top three."""

from __future__ import annotations

import time
from pathlib import Path
from urllib.parse import urlsplit

import yaml

from .conftest import wait_for_search_index

QUERIES = yaml.safe_load((Path(__file__).parent / "search_queries.yml").read_text(encoding="utf-8"))
TOP = 3
REQUIRED_HIT_RATE = 0.95


def open_search(page, base_url: str):
    """Open the handbook's front page and the search box the way a phone user does; return the input."""
    page.goto(base_url)
    wait_for_search_index(page)
    page.locator('label[for="__search"]:visible').first.click()
    field = page.locator("input.md-search__input")
    field.wait_for(state="visible")
    return field


def result_pages(page, field, query: str, base_url: str) -> list[str]:
    """Type a query and read the result list: each result's page path, best first."""
    field.fill("")
    field.press_sequentially(query)
    meta = page.locator(".md-search-result__meta")
    # the worker answers asynchronously: wait until the list shows a result count and stops changing
    page.wait_for_function(
        "() => /\\d+ resultat|Ingen/.test(document.querySelector('.md-search-result__meta').textContent)"
    )
    previous, stable = None, 0
    while stable < 3:
        time.sleep(0.1)
        current = (meta.inner_text(), _links(page))
        stable = stable + 1 if current == previous else 0
        previous = current
    root = urlsplit(base_url).path
    return [urlsplit(href).path[len(root):] for href in previous[1]]


def _links(page) -> list[str]:
    """The page link of every result item shown (an item lists its page first, then its best sections)."""
    return page.eval_on_selector_all(
        "li.md-search-result__item", "items => items.map(li => li.querySelector('a.md-search-result__link').href)"
    )


def test_query_set_is_big_and_points_at_real_pages(site):
    """At least 40 queries, each expecting a page that exists in the build."""
    assert len(QUERIES) >= 40
    for item in QUERIES:
        assert (site / item["page"] / "index.html").is_file(), item


def test_practitioners_queries_find_the_page_in_the_top_three(phone, base_url):
    """Run every query through the search box; print the hit rate; pass at 95 % top-3."""
    field = open_search(phone, base_url)
    misses = []
    for item in QUERIES:
        found = result_pages(phone, field, str(item["query"]), base_url)[:TOP]
        if item["page"] not in found:
            misses.append(f"{item['query']!r}: want {item['page']}, top {TOP}: {found}")
    rate = 1 - len(misses) / len(QUERIES)
    print(f"\nsearch hit rate (top {TOP}): {rate:.1%} of {len(QUERIES)} queries")
    for miss in misses:
        print("  miss", miss)
    assert rate >= REQUIRED_HIT_RATE, "\n".join(misses)


def test_a_direction_is_a_result_of_its_own(phone, base_url):
    """Typing a direction's number offers that direction, labelled, linking to its anchor."""
    field = open_search(phone, base_url)
    result_pages(phone, field, "3.4.1", base_url)
    links = phone.eval_on_selector_all(
        "li.md-search-result__item a.md-search-result__link",
        "links => links.map(a => [a.href, a.textContent])",
    )
    hits = [(href, text) for href, text in links if urlsplit(href).fragment == "anvisning-3.4.1"]
    assert hits, links[:5]
    assert "3.4.1 · Lovkrav · Behandlingsgarantien" in hits[0][1]
