"""Search on a phone (issue 17): how often the right page is in the top three, and how soon results appear.

Hit rates: every query of tests/search_queries.yml and tests/search_phone_queries.yml typed into Material's real
search box, as tests/test_search_browser.py does; the phone set also once without the search help (its two
scripts blocked), which is how search worked before.

Latency: a phone-sized page with the CPU slowed 4× (Chrome DevTools' CPU throttling, which slows the page and,
in current Chromium, its workers); each query typed one key every KEY_DELAY_MS. The page notes when the last
key is released and when the result list last changed; the difference is the time until the final results
appear. Run alone: `python benchmarks/search_speed.py` builds the site and prints the numbers."""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
from page_weight import gz  # noqa: E402

from tests.conftest import CHROMIUM, CHROMIUM_ARGS, PHONE, run_build, serve  # noqa: E402
from tests.test_search_browser import PHONE_QUERIES, QUERIES, TOP, open_search, result_pages  # noqa: E402

CPU_SLOWDOWN = 4
KEY_DELAY_MS = 150  # a quick thumb: about 6–7 letters a second
LATENCY_SAMPLE = 10  # queries of each kind in the phone set, typed key by key
LATENCY_ROUNDS = 3  # each query typed this many times; its median counts
HELP_FILES = ("assets/search.js", "assets/search-help.js", "search/words.js")  # every page loads the first
HELP_SCRIPTS = ("**/search/words.js", "**/assets/search-help.js")  # loaded when search opens

# Times the last key release and each change of the result list, on the page's own clock.
RECORDER = """
window.__searchTimes = {key: 0, shown: []};
document.addEventListener("keyup", () => { window.__searchTimes.key = performance.now(); }, true);
document.addEventListener("DOMContentLoaded", () => {
  const list = document.querySelector(".md-search-result__list");
  new MutationObserver(() => window.__searchTimes.shown.push(performance.now())).observe(list, {childList: true});
});
"""


def hit_rate(browser, base_url: str, queries: list[dict], with_help: bool = True) -> dict:
    """Share of queries whose page is in the top three, and the misses."""
    # no service worker: it would fetch the help's scripts for its cache past the page's blocking routes
    context = browser.new_context(viewport=PHONE, locale="da-DK", service_workers="block")
    page = context.new_page()
    if not with_help:
        for pattern in HELP_SCRIPTS:
            page.route(pattern, lambda route: route.abort())
    field = open_search(page, base_url)
    misses = []
    for item in queries:
        query = str(item["query"])
        if item["page"] not in result_pages(page, field, query, base_url, every_key=False)[:TOP]:
            misses.append(query)
    context.close()
    return {"queries": len(queries), "hits": len(queries) - len(misses), "misses": misses}


def latencies(browser, base_url: str, queries: list[str], rounds: int = 1) -> list[float]:
    """Milliseconds from the last key of each query to the last change of the result list (CPU slowed down);
    with several rounds, each query's median (the machine is shared: one run can catch another job's burst)."""
    context = browser.new_context(viewport=PHONE, locale="da-DK", has_touch=True, is_mobile=True)
    context.add_init_script(RECORDER)
    page = context.new_page()
    cdp = context.new_cdp_session(page)
    field = open_search(page, base_url)
    cdp.send("Emulation.setCPUThrottlingRate", {"rate": CPU_SLOWDOWN})
    field.press_sequentially("plan", delay=KEY_DELAY_MS)  # warm up: the help and its word list load
    page.wait_for_function("() => !!window.__handbookSearchWords")
    runs: dict[str, list[float]] = {query: [] for query in queries}
    for _ in range(rounds):
        for query in queries:
            field.fill("")
            page.wait_for_timeout(500)
            page.evaluate("window.__searchTimes.shown = []")
            field.press_sequentially(query, delay=KEY_DELAY_MS)
            _settle(page)
            times = page.evaluate("window.__searchTimes")
            after = [t for t in times["shown"] if t >= times["key"]]
            runs[query].append(after[-1] - times["key"] if after else 0.0)
    context.close()
    return [round(statistics.median(runs[query]), 1) for query in queries]


def _settle(page, quiet_ms: int = 1000, limit_s: float = 15) -> None:
    """Wait until the result list has not changed for quiet_ms."""
    start = time.monotonic()
    count = -1
    while time.monotonic() - start < limit_s:
        page.wait_for_timeout(quiet_ms)
        now = page.evaluate("window.__searchTimes.shown.length")
        if now == count:
            return
        count = now


def sample(queries: list[dict], per_kind: int = LATENCY_SAMPLE) -> list[str]:
    """The first per_kind queries of each kind."""
    chosen: dict[str, list[str]] = {}
    for item in queries:
        kind = chosen.setdefault(item["kind"], [])
        if len(kind) < per_kind:
            kind.append(str(item["query"]))
    return [q for kind in chosen.values() for q in kind]


def measure(site: Path) -> dict:
    """Every search measurement on a built site."""
    from playwright.sync_api import sync_playwright

    server, base_url = serve(site)
    try:
        with sync_playwright() as pw:
            browser = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
            load = os.getloadavg()[0]
            result = {
                "phone_set": hit_rate(browser, base_url, PHONE_QUERIES),
                "phone_set_without_help": hit_rate(browser, base_url, PHONE_QUERIES, with_help=False),
                "word_set": hit_rate(browser, base_url, QUERIES),
                "cpu_slowdown": CPU_SLOWDOWN, "key_delay_ms": KEY_DELAY_MS,
                "latency_queries": sample(PHONE_QUERIES),
            }
            result["latency_ms"] = latencies(browser, base_url, result["latency_queries"], LATENCY_ROUNDS)
            result["latency_rounds"] = LATENCY_ROUNDS
            result["load_average"] = [load, os.getloadavg()[0]]  # 1-minute load at start and end
            result["help_kb"] = {path: gz((site / path).read_bytes()) / 1024 for path in HELP_FILES}
            browser.close()
    finally:
        server.shutdown()
    return result


def summary(r: dict) -> str:
    """One paragraph of the numbers, for a terminal."""
    ms = r["latency_ms"]
    return (f"phone set {r['phone_set']['hits']}/{r['phone_set']['queries']}, without help "
            f"{r['phone_set_without_help']['hits']}/{r['phone_set_without_help']['queries']}, word set "
            f"{r['word_set']['hits']}/{r['word_set']['queries']}; latency median {statistics.median(ms):.0f} ms, "
            f"max {max(ms):.0f} ms over {len(ms)} queries")


if __name__ == "__main__":
    with tempfile.TemporaryDirectory() as tmp:
        built = run_build(Path(tmp) / "site")
        if built.returncode != 0:
            raise SystemExit(built.stderr[-3000:])
        print(summary(measure(Path(tmp) / "site")))
