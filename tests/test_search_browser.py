"""Practitioners' queries typed into Material's real search box on a phone: the right page is in the top three.

Two query sets: search_queries.yml (exact words, inflections, compounds, abbreviations) and search_phone_queries.yml
(issue 17: typos, questions and everyday phrases, words the handbook does not use), with the search help's
"Mente du …?" and its help when nothing is found (the search section of docs/assets/handbook.js, search-help.js)."""

from __future__ import annotations

import bisect
import json
import time
from collections import Counter
from pathlib import Path
from urllib.parse import urlsplit

import yaml

from macros.core import links
from macros.site.search_terms import tokens
from macros.site.search_words import QUERY_FILLER
from tests.conftest import wait_for_search_index

QUERIES = yaml.safe_load((Path(__file__).parent / "search_queries.yml").read_text(encoding="utf-8"))
PHONE_QUERIES = yaml.safe_load((Path(__file__).parent / "search_phone_queries.yml").read_text(encoding="utf-8"))
MINIMUM = {"typo": 30, "question": 30, "unused": 20}  # issue 17: at least this many of each kind, 120 in all
TOP = 3
REQUIRED_HIT_RATE = 0.95
HELP = ".hb-search-help:not([hidden])"


def open_search(page, base_url: str):
    """Open the handbook's front page and the search box the way a phone user does; return the input."""
    page.goto(base_url)
    wait_for_search_index(page)
    page.locator('label[for="__search"]:visible').first.click()
    field = page.locator("input.md-search__input")
    field.wait_for(state="visible")
    return field


def result_pages(page, field, query: str, base_url: str, every_key: bool = True) -> list[str]:
    """Type a query and read the result list: each result's page path, best first.

    every_key=False puts in all but the last letter at once, then types that letter: the theme searches on
    each key, so this searches once for the same query (a long set runs in a third of the time)."""
    field.fill("")
    if every_key:
        field.press_sequentially(query)
    else:
        field.fill(query[:-1])
        field.press_sequentially(query[-1])
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


# --- issue 17: typos, questions, everyday words -----------------------------------------------------------------


def osa_distance(a: str, b: str) -> int:
    """Edit distance counting a swap of two neighbouring letters as one edit (as docs/assets/search-help.js)."""
    rows = [list(range(len(b) + 1))]
    for i in range(1, len(a) + 1):
        row = [i]
        for j in range(1, len(b) + 1):
            value = min(rows[-1][j] + 1, row[j - 1] + 1, rows[-1][j - 1] + (a[i - 1] != b[j - 1]))
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                value = min(value, rows[-2][j - 2] + 1)
            row.append(value)
        rows.append(row)
    return rows[-1][-1]


def indexed_words(site: Path) -> tuple[list[str], str]:
    """Every token of the built search index, sorted, and the index's separator."""
    index = json.loads((site / "search" / "search_index.json").read_text(encoding="utf-8"))
    separator = index["config"]["separator"]
    fields = ("title", "text", "titles", "keywords", "parts")
    return sorted({t for doc in index["docs"] for f in fields for t in tokens(doc.get(f, ""), separator)}), separator


def _starts_any(word: str, words: list[str]) -> bool:
    at = bisect.bisect_left(words, word)
    return at < len(words) and words[at].startswith(word)


def test_phone_query_set_has_each_kind_and_points_at_real_pages(site):
    counts = Counter(item["kind"] for item in PHONE_QUERIES)
    assert len(PHONE_QUERIES) >= 120 and set(counts) == set(MINIMUM), counts
    assert all(counts[kind] >= n for kind, n in MINIMUM.items()), counts
    for item in PHONE_QUERIES:
        assert (site / item["page"] / "index.html").is_file(), item
    assert len({str(item["query"]) for item in PHONE_QUERIES}) == len(PHONE_QUERIES), "a query is listed twice"


def test_typos_are_misspellings_and_unused_words_are_not_in_the_index(site):
    """Each typo query has a word of 5+ letters no indexed word starts with, 1–2 edits from one that exists;
    each 'unused' query a word no indexed word starts with (so search finds it only through the phrase list)."""
    words, separator = indexed_words(site)
    for item in PHONE_QUERIES:
        unknown = [t for t in tokens(str(item["query"]), separator) if t.isalpha() and not _starts_any(t, words)]
        if item["kind"] == "typo":
            typos = [t for t in unknown if len(t) >= 5 and any(osa_distance(t, w) <= 2 for w in words
                                                                 if abs(len(w) - len(t)) <= 2)]
            assert typos, f"{item['query']!r}: no misspelt word of 5+ letters within 2 edits of an indexed word"
        elif item["kind"] == "unused":
            assert [t for t in unknown if t not in QUERY_FILLER], f"{item['query']!r}: the index has every word"


def test_phone_queries_find_the_page_in_the_top_three(phone, base_url):
    """Every phone query through the search box; print the hit rate; pass at 95 % top-3.
    Each typo also brings up "Mente du …?"."""
    field = open_search(phone, base_url)
    misses, unguessed = [], []
    for item in PHONE_QUERIES:
        query = str(item["query"])
        found = result_pages(phone, field, query, base_url, every_key=False)[:TOP]
        if item["page"] not in found:
            misses.append(f"{item['kind']} {query!r}: want {item['page']}, top {TOP}: {found}")
        if item["kind"] == "typo" and not phone.locator(".hb-search-help__guess").is_visible():
            unguessed.append(query)
    rate = 1 - len(misses) / len(PHONE_QUERIES)
    print(f"\nphone search hit rate (top {TOP}): {rate:.1%} of {len(PHONE_QUERIES)} queries")
    for miss in misses:
        print("  miss", miss)
    assert rate >= REQUIRED_HIT_RATE, "\n".join(misses)
    assert unguessed == []


def test_a_typo_offers_the_corrected_query_and_searches_it_when_chosen(phone, base_url):
    field = open_search(phone, base_url)
    found = result_pages(phone, field, "hvad står der i afgørlsen", base_url)
    assert "retningslinjer/3-6/" in found[:TOP]  # the corrected word is searched at once
    guess = phone.locator(".hb-search-help__guess")
    assert guess.inner_text() == "Mente du: hvad står der i afgørelsen?"
    guess.locator("a").click()
    phone.wait_for_function("() => !document.querySelector('.hb-search-help__guess')")
    assert field.input_value() == "hvad står der i afgørelsen"
    assert phone.locator("#__search").is_checked()  # search stays open
    assert "retningslinjer/3-6/" in result_pages(phone, field, "hvad står der i afgørelsen", base_url)[:TOP]


def test_a_correctly_spelt_query_gets_no_guess(phone, base_url):
    field = open_search(phone, base_url)
    result_pages(phone, field, "afgørelse", base_url)
    assert phone.locator(HELP).count() == 0


def test_nothing_found_shows_suggestions_and_the_three_way_finders(site, phone, base_url):
    field = open_search(phone, base_url)
    assert result_pages(phone, field, "xqzvwk", base_url) == []
    help_box = phone.locator(HELP)
    assert "Prøv et andet ord" in help_box.inner_text()
    hrefs = help_box.locator(".hb-search-help__empty a").evaluate_all("links => links.map(a => a.href)")
    root = base_url.rstrip("/")
    for page in (links.GLOSSARY_PAGE, links.LOVKRAV_PAGE, links.PATHWAY_PAGE):
        href = f"{root}/{links.url_path(page)}"
        assert href in hrefs, (href, hrefs)
        assert (site / links.url_path(page) / "index.html").is_file()
    suggestion = help_box.locator("a", has_text="Afdækning").first
    suggestion.click()
    phone.wait_for_function("() => document.querySelector('.md-search__input').value === 'Afdækning'")
    assert "retningslinjer/3-5/" in result_pages(phone, field, "Afdækning", base_url)[:TOP]


def test_rewrite_drops_filler_corrects_typos_and_replaces_phrases(phone, base_url):
    """The help's rewrite as the worker receives it (the page function, with the built word list)."""
    open_search(phone, base_url)
    phone.locator(".md-search__input").press_sequentially("a")  # loads the help and its word list
    phone.wait_for_function("() => !!window.__handbookSearchWords && !!window.handbookSearchHelp")
    rewrite = "q => handbookSearchHelp(__handbookSearchWords).rewrite(q)"
    cases = {
        "hvornår skal planen laves": "laves behandlingsplan",  # filler gone; 'planen' is a phrase
        "kvalitetstandard": "kvalitetsstandard",
        "sagsbehandler": "afgørelse visitation",
        "borgeren": "borgeren",  # filler alone stays: there is nothing else to search for
        "+afgørelse -klage": "+afgørelse -klage",  # lunr's own syntax is left alone
        "3.4.1": "3.4.1",
        "behandlingsplan b": "behandlingsplan",  # a word just begun waits for its second letter
        "§ 101 a": "§ 101 a",  # … but a letter after a number is part of a law reference
    }
    got = {q: phone.evaluate(rewrite, q)["query"] for q in cases}
    assert got == cases
    assert phone.evaluate(rewrite, "afgørlse")["corrected"] == "afgørelse"
    assert phone.evaluate(rewrite, "afgørelse")["corrected"] is None


def test_the_help_and_its_word_list_load_only_when_search_opens(phone, base_url):
    phone.goto(base_url)
    wait_for_search_index(phone)
    lazy = ("search/words.js", "assets/search-help.js")
    assert not [u for u in phone.requests if u.endswith(lazy)]
    phone.locator('label[for="__search"]:visible').first.click()
    phone.wait_for_function("() => !!window.__handbookSearchWords && !!window.handbookSearchHelp")
    assert sorted(u.rsplit("/", 2)[-2] + "/" + u.rsplit("/", 1)[-1] for u in phone.requests if u.endswith(lazy)) == \
        sorted(lazy)
