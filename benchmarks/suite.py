"""`make bench`: build times against plain MkDocs, scaling, page weights, the phone figures (requests, offline
update, Lighthouse) and search on a phone, written to benchmarks/REPORT.md from benchmarks/results.json.

Each dataset (the real handbook, 500 and 2000 synthetic guidelines) is built by the engine and, on the same pages,
by plain MkDocs + Material, alternately (engine, plain, engine, plain, …); the ratio is the median of the pairs'
ratios. BENCH_RUNS (default 5) sets the pairs for the real handbook, BENCH_SYNTHETIC_RUNS (default 3) those of
each synthetic dataset; BENCH_SKIP=2000,full-nav leaves out the 2000 dataset and the 500 one with every
guideline in the menu (either or both) and keeps their last figures, with their date.
`--builds-only` measures only the build times and keeps the last run's page weights, phone and search figures;
`--phone-only` measures again only what a change to the pages can change (page weights and the phone figures)
and keeps the last run's build times; `--search-only` repeats the search part; `--report-only` rewrites the report.
Quick: `BENCH_SYNTHETIC_RUNS=1 BENCH_SKIP=2000,full-nav benchmarks/suite.py --builds-only` (a few minutes)."""

from __future__ import annotations

import datetime
import itertools
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
from importlib.metadata import version
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import build_time  # noqa: E402
import page_weight  # noqa: E402
import phone  # noqa: E402
import search_speed  # noqa: E402
import synthetic  # noqa: E402

REPO = build_time.REPO
REPORT = REPO / "benchmarks" / "REPORT.md"
RESULTS = REPO / "benchmarks" / "results.json"  # the raw numbers behind REPORT.md
BUDGETS = {  # name: (limit, unit)
    "real build": (5.0, "s"),
    "real handbook against plain MkDocs": (1.15, "×"),
    "500 guidelines against plain MkDocs": (1.1, "×"),
    "2000 guidelines against plain MkDocs": (1.1, "×"),
    "guideline page, first visit": (60.0, "KB"),
    "guideline page, repeat visit": (10.0, "KB"),
    "flow page, first visit": (100.0, "KB"),
    "search index": (150.0, "KB"),
    "search results after the last key": (300.0, "ms"),
}
REQUIRED_HIT_RATE = 0.95  # of the phone query set (issue 17)


def machine() -> dict[str, str]:
    """What the numbers were measured on (they depend on it)."""
    cpu = next((line.split(":", 1)[1].strip() for line in Path("/proc/cpuinfo").read_text().splitlines()
                if line.startswith("model name")), platform.processor() or "?") if Path("/proc/cpuinfo").exists() else "?"
    memory = "?"
    if Path("/proc/meminfo").exists():
        kb = int(Path("/proc/meminfo").read_text().split()[1])
        memory = f"{kb / 1024 / 1024:.0f} GiB"
    return {
        "CPU": f"{cpu}, {os.cpu_count()} cores", "memory": memory, "OS": platform.platform(),
        "Python": platform.python_version(),
        "MkDocs / Material": f"{version('mkdocs')} / {version('mkdocs-material')}",
        "load average at start (1/5/15 min)": " / ".join(f"{x:.1f}" for x in os.getloadavg()),
    }


def kb(n: float) -> float:
    return n / 1024


def _site_mb(site: Path) -> float:
    return sum(f.stat().st_size for f in site.rglob("*") if f.is_file()) / 1e6


def _commit() -> str:
    """The commit measured (with '+changes' when the work tree differs from it)."""
    def git(*args: str) -> str:
        return subprocess.run(["git", *args], cwd=REPO, capture_output=True, text=True).stdout.strip()
    return git("rev-parse", "--short", "HEAD") + ("+changes" if git("status", "--porcelain", "--", "macros") else "")


def _carry(result: dict, previous: dict | None, keys: tuple[str, ...]) -> None:
    """Keep the last run's figures of a skipped measurement, dated (they stay out of the report if there are none)."""
    if previous and all(k in previous for k in keys) and isinstance(previous[keys[0]], dict):
        for k in keys:
            result[k] = previous[k]
        result[keys[0]].setdefault("date", previous.get("builds_date", previous.get("date")))
        result[keys[0]].setdefault("commit", previous.get("builds_commit", "?"))


def measure_builds(runs: int, synthetic_runs: int, tmp: Path, previous: dict | None = None,
                   skip: frozenset[str] = frozenset()) -> dict:
    """Build times: each dataset by the engine and by plain MkDocs on its pages, alternately.

    The dump that gives plain MkDocs its pages runs the engine's real build first (up to the pages' final Markdown),
    so the timed runs find Graphviz's drawings and the data's versions in the disk cache, as any rebuild does."""
    result: dict = {"runs": runs, "synthetic_runs": synthetic_runs, "builds_date": datetime.date.today().isoformat(),
                    "builds_commit": _commit()}
    print("real build and plain MkDocs, alternately …", flush=True)
    build_time.dump_pages(tmp / "dump-real")
    result["real"] = {**build_time.alternate(runs, tmp / "dump-real", keep=tmp / "real-site"),
                      "cold": build_time.cold_seconds()}
    result["real_pages"] = len(list((tmp / "real-site").rglob("*.html")))
    for total in (500, 2000):
        key = f"synthetic_{total}"
        if str(total) in skip:
            _carry(result, previous, (key, f"{key}_pages", f"{key}_mb"))
            continue
        print(f"{total} synthetic guidelines and plain MkDocs, alternately …", flush=True)
        data = synthetic.make_dataset(REPO / "data", tmp / f"data-{total}", total)
        build_time.dump_pages(tmp / f"dump-{total}", data)
        site = tmp / f"site-{total}"
        result[key] = {**build_time.alternate(synthetic_runs, tmp / f"dump-{total}", data, keep=site),
                       "cold": build_time.cold_seconds(data),
                       "date": result["builds_date"], "commit": result["builds_commit"]}
        result[f"{key}_pages"] = len(list(site.rglob("*.html")))
        result[f"{key}_mb"] = _site_mb(site)
        shutil.rmtree(site)  # 2000 guidelines take a quarter of a gigabyte
    if "full-nav" in skip:
        _carry(result, previous, ("synthetic_500_full_nav", "synthetic_500_full_nav_mb"))
        return result
    print("500 synthetic guidelines, every guideline in the menu …", flush=True)
    site = tmp / "site-500-full-nav"
    result["synthetic_500_full_nav"] = {
        "engine": build_time.build_seconds(synthetic_runs, data=tmp / "data-500",
                                           env={"HANDBOOK_NAV_GUIDELINES_LIMIT": "0"}, keep=site),
        "date": result["builds_date"], "commit": result["builds_commit"]}
    result["synthetic_500_full_nav_mb"] = _site_mb(site)
    return result


def run(runs: int, synthetic_runs: int, skip: frozenset[str] = frozenset(), previous: dict | None = None) -> dict:
    """Every measurement, as plain numbers."""
    result: dict = {"machine": machine(), "date": datetime.date.today().isoformat()}
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        result.update(measure_builds(runs, synthetic_runs, tmp, previous, skip))
        print("page weights …", flush=True)
        result["weight"] = page_weight.measure(tmp / "real-site")
        print("phone: requests, offline update, Lighthouse …", flush=True)
        result["phone"] = phone.measure(tmp / "real-site")
        print("search on a phone …", flush=True)
        result["search"] = {**search_speed.measure(tmp / "real-site"), "date": result["date"]}
    result["machine"]["load average at end (1/5/15 min)"] = " / ".join(f"{x:.1f}" for x in os.getloadavg())
    return result


def builds_only(previous: dict, runs: int, synthetic_runs: int, skip: frozenset[str]) -> dict:
    """The last run's results with new build times (page weights, phone and search figures kept, with their dates)."""
    result = {k: v for k, v in previous.items() if not k.startswith(("real", "plain", "synthetic_"))}
    result["machine"] = machine()
    result.setdefault("phone_date", previous.get("date"))
    result.setdefault("weight_date", previous.get("date"))
    with tempfile.TemporaryDirectory() as tmp:
        result.update(measure_builds(runs, synthetic_runs, Path(tmp), previous, skip))
    result["machine"]["load average at end (1/5/15 min)"] = " / ".join(f"{x:.1f}" for x in os.getloadavg())
    return result


def _verdict(name: str, value: float, why: str = "") -> str:
    limit, unit = BUDGETS[name]
    digits = {"KB": 2, "ms": 0, "×": 2}.get(unit, 1)
    space = "" if unit == "×" else " "
    shown = f"{value:.{digits}f}{space}{unit}"
    if value <= limit:
        return f"| {name} | ≤ {limit:g}{space}{unit} | {shown} | met {why} |".replace("  |", " |")
    missed = f"{value - limit:.{digits}f}{space}{unit} ({value / limit - 1:.1%})"
    return f"| {name} | ≤ {limit:g}{space}{unit} | {shown} | **missed by {missed}** {why} |"


def report(r: dict) -> str:
    """REPORT.md from the measurements."""
    builds = _build_rows(r)
    w = r["weight"]
    guide_visit = w["visits"][f"retningslinjer/{w['median_guideline']}/"]
    flow_visit = w["visits"][f"beslutningsveje/{w['largest_flow']}/"]
    big_visit = w["visits"]["retningslinjer/3-4/"]

    def page_kb(files):  # everything but the search index, which has its own budget
        return kb(sum(size for path, kind, size in files if kind != "search index"))

    def theme_kb(files):
        return kb(sum(size for path, kind, size in files if kind in ("CSS", "JS", "images") and page_weight.is_theme_file(path)))

    def search_code_kb(files):  # the search worker and lunr's language files, fetched at page load
        return kb(sum(size for path, kind, size in files
                      if path.startswith(("assets/javascripts/workers/", "assets/javascripts/lunr/"))))

    def ours_kb(files):
        return kb(sum(size for path, kind, size in files if kind in ("CSS", "JS", "images", "fonts")
                      and not page_weight.is_theme_file(path)))

    def html_kb(files):
        return kb(sum(size for _, kind, size in files if kind == "HTML"))

    guideline_sizes = w["guideline_html"]
    largest_guideline = max(guideline_sizes, key=guideline_sizes.get)
    search_index_download = kb(sum(size for _, kind, size in guide_visit if kind == "search index"))
    precache_files, precache_bytes = w["precache"]

    lines = [
        "# Benchmarks",
        "",
        f"Written by `make bench` (benchmarks/suite.py). Build times measured on {r.get('builds_date', r['date'])} "
        f"at commit {r.get('builds_commit', '?')}: "
        f"{r['runs']} alternating pairs of builds (engine, then plain MkDocs) for the real handbook and "
        f"{r['synthetic_runs']} for each synthetic dataset, each build `mkdocs build --strict` in a fresh process. "
        f"Page weights measured on {r.get('weight_date', r['date'])}. Sizes are gzip level 6; 1 KB = 1024 bytes.",
        "",
        "## Machine",
        "",
        "| | |", "|---|---|",
        *[f"| {k} | {v} |" for k, v in r["machine"].items()],
        "",
        "A shared 2-core virtual machine: other work on the host shows up as a load average above 0 and makes "
        "every time here longer than on an idle developer laptop.",
        "",
        "## Budgets",
        "",
        "| budget | limit | measured | verdict |", "|---|---|---|---|",
        *builds["budgets"],
        _verdict("guideline page, first visit", page_kb(guide_visit),
                 f"— Material's own files are {theme_kb(guide_visit):.1f} KB of it, more than the budget alone: its CSS "
                 f"and main script ({theme_kb(guide_visit) - search_code_kb(guide_visit):.1f} KB) and the search "
                 f"worker with lunr's Danish stemmer ({search_code_kb(guide_visit):.1f} KB), which it loads with every "
                 f"page, not when search opens. Ours: HTML {html_kb(guide_visit):.1f} KB, CSS and scripts "
                 f"{ours_kb(guide_visit):.1f} KB (one stylesheet and one script for every page, cached after the "
                 "first visit; the tools' script only where a tool is; the search index is counted apart)."),
        _verdict("guideline page, repeat visit", kb(w["median_guideline_html"])),
        _verdict("flow page, first visit", page_kb(flow_visit),
                 f"— Material's own CSS and JS are {theme_kb(flow_visit):.1f} KB of it."),
        _verdict("search index", kb(w["search_index"])),
        *_search_budgets(r.get("search")),
        "",
        *builds["section"],
        "The synthetic datasets are the real data plus copies of the real guidelines under new ids "
        "(benchmarks/synthetic.py), each validated by the real model; so they also grow the aggregate pages "
        "(print page, self-assessment, lovkrav lens, pathway) that hold every guideline or direction.",
        "",
        "## Page weight",
        "",
        "First visit: the page's HTML and every CSS, JS, font and image file it loads, measured in Chromium with an "
        "empty cache and no service worker. Repeat visit: the HTML only (the assets are cached).",
        "",
        "| page | HTML | Material's files | our CSS+JS+images | first visit | + search index | repeat visit |",
        "|---|---|---|---|---|---|---|",
    ]
    for path, files in ((f"retningslinjer/{w['median_guideline']}/ (median guideline)", guide_visit),
                        ("retningslinjer/3-4/", big_visit),
                        (f"beslutningsveje/{w['largest_flow']}/ (largest flow)", flow_visit)):
        index = kb(sum(size for _, kind, size in files if kind == "search index"))
        lines.append(f"| {path} | {html_kb(files):.1f} KB | {theme_kb(files):.1f} KB | {ours_kb(files):.1f} KB | "
                     f"{page_kb(files):.1f} KB | {index:.1f} KB | {html_kb(files):.1f} KB |")
    lines += [
        "",
        f"Guideline pages' HTML: median {kb(w['median_guideline_html']):.1f} KB, largest "
        f"{kb(guideline_sizes[largest_guideline]):.1f} KB ({largest_guideline}). Flow pages' HTML: "
        + ", ".join(f"{k} {kb(v):.1f} KB" for k, v in w["flow_html"].items()) + ".",
        "",
        f"Search index: {kb(w['search_index']):.1f} KB gzip ({w['search_index_raw'] / 1e6:.2f} MB raw). Material's "
        f"search fetches it when a page loads, not when the reader starts a search, so every first visit also "
        f"downloads it ({search_index_download:.1f} KB).",
        "",
        f"After a first visit the service worker caches the whole handbook in the background: "
        f"{precache_files} files, {kb(precache_bytes):.0f} KB gzip.",
        "",
        "Other hosts contacted: "
        + ("none." if not any(kind == "other hosts" for files in w["visits"].values() for _, kind, _ in files)
           else "**some — see page_weight.py**."),
        "",
        *_search_section(r.get("search")),
    ]
    if "phone" in r:
        lines += phone_section(r["phone"], r.get("phone_date", r["date"]))
    return "\n".join(lines)


def phone_section(ph: dict, date: str) -> list[str]:
    """Requests and first-visit KB per page type, the offline update, Lighthouse (benchmarks/phone.py)."""
    install, update = ph["update"]["install"], ph["update"]["update"]
    share = update["gzip_bytes"] / install["gzip_bytes"]
    lines = [
        "## Phone: requests, offline updates, Lighthouse",
        "",
        f"Measured on {date} by benchmarks/phone.py: Chromium at 390 × 844 with mobile emulation, an empty cache "
        "and no service worker, until the network is idle. Requests include the theme's search (its worker, the "
        "index and lunr's two Danish files), which it starts on every page load. The budget for a guideline page "
        "is 12 requests (tests/test_every_page_browser.py checks it).",
        "",
        "| page type | page | requests | first visit (gzip) | of which search index |", "|---|---|---|---|---|",
    ]
    for label, page in ph["pages"].items():
        lines.append(f"| {label} | {page['path'] or '(front page)'} | {page['requests']} | {kb(page['bytes']):.1f} KB | "
                     f"{kb(page['search_index']):.1f} KB |")
    lines += [
        "",
        "Our own files on every page: `assets/handbook.css` and `assets/handbook.js` (every feature used across the "
        "handbook, each starting only where its markup is, plus the theme's storage helpers, which the theme's "
        "bundle needs: so the script runs just before the bundle). "
        "The pages with "
        "one of the three tools (self-assessment, pathway, course modules) also load `assets/tools.js` (about 10 KB "
        "gzip that no other page needs). No palette stylesheet (the "
        "default colours are the same indigo), no content-tab script (the handbook has no content tabs), no print "
        "script (the theme opens `<details>` for printing) and no clipboard code (the theme's clipboard integration "
        "copies a citation).",
        "",
        "### Offline update after a one-sentence change",
        "",
        "benchmarks/update_cost.py serves a build of the handbook, installs it in a phone-sized Chromium (the first visit "
        "plus the service worker's precache), then serves a build with one sentence changed in 3.9's background and "
        "counts, at the server, what the update fetches before the \"ny version\" notice shows. Both builds are made "
        "from a copy of data/ outside git, so neither shows change dates; in a real release the changed guideline's "
        "page also shows its new \"Sidst ændret\" date, and the change log page changes too (one page more, about "
        "5 KB) "
        "(tests/test_offline_browser.py asserts ≤ 20 %).",
        "",
        "| | files | bytes | gzip |", "|---|---|---|---|",
        f"| install | {install['files']} | {kb(install['bytes']):.0f} KB | {kb(install['gzip_bytes']):.0f} KB |",
        f"| update | {update['files']} | {kb(update['bytes']):.0f} KB | {kb(update['gzip_bytes']):.0f} KB |",
        "",
        f"The update downloads **{share:.1%}** of what the install took (gzip), {update['bytes'] / install['bytes']:.1%} "
        f"of the raw bytes: {', '.join(ph['update']['update_files'])}.",
        "",
        "How: every file in the service worker's list carries its own revision (the start of a SHA-256 of its content) "
        "in its cache key, as in a Workbox precache manifest. A new version copies each unchanged file from the old "
        "cache and fetches only the changed ones; the old version's cache is deleted when the reader has chosen "
        "\"Genindlæs\" in the notice.",
        "",
        "**What a phone keeps offline, and what it fetches on first use.** Precached at install: every page a "
        "practitioner looks things up in (guidelines, directions, laws, principles, flows, the pathway, the lovkrav "
        "lens, glossary, methods, courses), the theme's files, our stylesheet and scripts, and the search index. The search index "
        "(the largest file, and rewritten by any text change) stays precached, because offline search is a promise "
        "of the handbook and the theme loads the index with every page anyway. Cached the first time it is opened, "
        "then kept until its content changes: the print page `udskriv/` (the whole handbook on one page, for "
        "printing, which needs no phone offline), the open data `data/*.json` and its page (for developers), the "
        "self-assessment `selvevaluering/` and the favourites list `favoritter/` (each holds every direction, so "
        "each changes with any direction; once opened they work offline), and the editors' guide `redaktoer/` (for "
        "editors at a desk). macros/site/offline.py (`ON_FIRST_USE`) holds the list.",
        "",
        "### Lighthouse (mobile)",
        "",
        "Lighthouse 12.2.3 from npm with the system Chromium (`CHROME_PATH=/usr/bin/chromium`, "
        "`--chrome-flags=\"--headless --no-sandbox\"`), its default mobile emulation and simulated slow 4G; goal "
        "100 in every category.",
        "",
        "| page | performance | accessibility | best practices | SEO | FCP | LCP | TBT | CLS | performance per run |",
        "|---|---|---|---|---|---|---|---|---|---|",
    ]
    for label, score in ph["lighthouse"].items():
        lines.append(f"| {label} ({score['path']}) | {score['performance']:g} | {score['accessibility']:g} | "
                     f"{score['best-practices']:g} | {score['seo']:g} | {score['fcp_ms'] / 1000:.1f} s | "
                     f"{score['lcp_ms'] / 1000:.1f} s | {score['tbt_ms']:g} ms | {score['cls']:g} | "
                     f"{', '.join(str(run['performance']) for run in score['runs'])} |")
    lines += [
        "",
        f"Medians of {len(next(iter(ph['lighthouse'].values()))['runs'])} runs per page, served gzipped (level 6) "
        f"from a local server. Load average while measuring: {ph.get('load', '?')} (2 cores). Lighthouse simulates a "
        "slow phone from the trace it records, so time the shared machine spends on other work shows up as main-"
        "thread time (TBT) and lowers the performance score from run to run; accessibility, best practices and SEO "
        "do not depend on it.",
        "",
        "**What holds performance below 100.** Total blocking time, nearly all of it the theme's bundle: with "
        "`content.tooltips` it mounts a tooltip on every abbreviation and link title (the glossary's abbreviations "
        "are marked on every page; the pathway page has about 100). A build without that feature, measured once "
        "beside this one under the same load, blocked the guideline page's main thread for 145 ms instead of "
        "797 ms. Switching it off would leave the browser's own title tooltips; it is a visible feature, so it "
        "is left on here. (Issue 18 measured a first contentful paint of 1.9 s, with 28 requests for a guideline page.)",
        "",
    ]
    return lines


def _build_rows(r: dict) -> dict[str, list[str]]:
    """The build budgets and the section "Build time": each dataset against plain MkDocs on its own pages."""
    sets = [(label, key) for label, key in (("real handbook", "real"), ("500 guidelines", "synthetic_500"),
                                            ("2000 guidelines", "synthetic_2000")) if isinstance(r.get(key), dict)]
    pages = {key: r["real_pages"] if key == "real" else r[f"{key}_pages"] for _, key in sets}
    m = {key: {name: statistics.median(r[key][name]) for name in ("engine", "plain", "engine_cpu", "plain_cpu")}
         for _, key in sets}
    ratio = {key: statistics.median(build_time.pair_ratios(r[key])) for _, key in sets}
    cpu_ratio = {key: statistics.median(build_time.pair_ratios(r[key], cpu=True)) for _, key in sets}
    own = {key: (m[key]["engine"] - m[key]["plain"]) / pages[key] * 1000 for _, key in sets}  # ms a page
    own_cpu = {key: (m[key]["engine_cpu"] - m[key]["plain_cpu"]) / pages[key] * 1000 for _, key in sets}
    plain_page = {key: m[key]["plain"] / pages[key] * 1000 for _, key in sets}
    full = r["synthetic_500_full_nav"]["engine"] if isinstance(r.get("synthetic_500_full_nav"), dict) else None

    def when(key: str) -> str:
        date, commit = r[key].get("date"), r[key].get("commit")
        if commit and commit != r.get("builds_commit"):
            return f" (measured on {date} at {commit})"
        return f" (measured on {date})" if date and date != r.get("builds_date") else ""

    def pairs(key: str) -> str:
        return ", ".join(f"{e:.2f}/{p:.2f}" for e, p in zip(r[key]["engine"], r[key]["plain"], strict=True))

    budgets = [_verdict("real build", m["real"]["engine"],
                        f"— plain MkDocs with the same {pages['real']} pages takes {m['real']['plain']:.1f} s here.")]
    for label, key in sets:
        budgets.append(_verdict(f"{label} against plain MkDocs", ratio[key],
                                f"— median of {len(r[key]['engine'])} alternating pair(s){when(key)}; "
                                f"CPU time {cpu_ratio[key]:.2f}×."))
    def cold(key: str) -> str:
        return f"{r[key]['cold']:.2f} s" if "cold" in r[key] else "not measured"

    rows = [f"| {label}{when(key)} | {pages[key]} | {m[key]['engine']:.2f} s | {m[key]['plain']:.2f} s | "
            f"{ratio[key]:.3f} | {cpu_ratio[key]:.3f} | {own[key]:.1f} ms ({own_cpu[key]:.1f} ms CPU) | "
            f"{pairs(key)} | {cold(key)} |" for label, key in sets]
    def rises(costs: list[float]) -> bool:
        return len(costs) > 1 and all(b > a for a, b in itertools.pairwise(costs))

    def trend(costs: list[float]) -> str:
        return ("rises with every step in size: the engine's build time grows faster than linearly in the number "
                "of pages" if rises(costs) else "does not rise with every step in size in this run")

    growth = (
        "**Growth.** The engine's own cost a page (engine minus plain MkDocs, medians, divided by the pages) is "
        + ", ".join(f"{own[key]:.0f} ms ({own_cpu[key]:.0f} ms CPU) for the {label} ({pages[key]} pages)"
                    for label, key in sets)
        + f". In wall-clock time it **{trend([own[key] for _, key in sets])}**; in CPU time it "
        + ("rises too" if rises([own_cpu[key] for _, key in sets]) else "does not rise with every step")
        + ". Plain MkDocs itself takes " + ", ".join(f"{plain_page[key]:.0f}" for _, key in sets) + " ms a page. "
        "A profile of the 500-guideline build (py-spy, 2026-12-04, commit fd877b1) finds the engine's own code in "
        "about 7 % of the build's samples (about 15 % at b128a33): the generated pages (guideline pages, the print "
        "page, the open data export), loading (validating the records and the checks across them; the YAML's parse "
        "comes from the disk cache), the search index's enrichment, the hand-written pages' macros and the "
        "compacting of every page's HTML. Python's garbage collector: at b128a33 it took 2.2 s of the 500-guideline "
        "build against 1.1 s of plain MkDocs', because every collection scanned the loaded model again. The engine "
        "now freezes what lives until the end of the build (gc.freeze: the model after loading, the generated pages "
        "and the file list after on_files, the written site before the search index is enriched) and unfreezes it "
        "when the build ends; while its own three steps run (loading, the generated pages, the enrichment) the "
        "collector pauses, since their collections would only rescan what those steps keep (on the real handbook "
        "79 collections, full ones among them, became 3). Plain MkDocs freezes nothing, and at 2000 guidelines it "
        "spends 7.6 s in the collector "
        "(gc.callbacks, 2026-12-04), more than the engine's own cost: so the engine can be the faster of the two "
        "there."
    )
    load = r["machine"].get("load average at start (1/5/15 min)", "?")
    section = [
        "## Build time",
        "",
        "| dataset | pages | engine | plain MkDocs + Material | ratio (median of pairs) | CPU ratio | engine's own "
        "cost a page | pairs, engine/plain (s) | engine, first build (empty cache) |",
        "|---|---|---|---|---|---|---|---|---|",
        *rows,
        *([f"| 500 guidelines, every guideline in the menu{when('synthetic_500_full_nav')} | "
           f"{r['synthetic_500_pages']} | {statistics.median(full):.1f} s | | | | | "
           f"{', '.join(f'{t:.1f}' for t in full)} | |"] if full else []),
        "",
        "**How.** For each dataset benchmarks/plain_mkdocs.py first runs the engine's real build until every page's "
        "final Markdown is known (after our macros and the handbook plugin) and saves it with its front matter "
        "and the menu. Then the engine "
        "(`mkdocs build --strict`) and plain MkDocs + Material on those saved pages (the same Markdown extensions, "
        "search plugin with the same settings, stylesheet and scripts; no handbook plugin, no template "
        "overrides, no generated data files) are built one after the other, engine first, as many times as the "
        "table has pairs. A pair's two builds run within seconds of each other and share the machine's load, so the "
        "ratio is the median of the pairs' ratios; the times are medians. CPU is the user and system time of the "
        "build and the programs it starts (Graphviz, git): less sensitive than wall-clock time to other work on "
        "the machine, though not immune to it on shared cores. The first build (the dump) fills the engine's disk "
        "cache (macros/core/cache.py: Graphviz's drawings, the data's versions, the data files' YAML parse, the models' "
        "JSON Schema and the macro pages' compiled templates, each "
        "looked up by its inputs), so the timed builds are rebuilds, as every build after the first is (after an "
        "edit, only the changed data file is parsed again). Before the timed builds the project's modules are "
        "compiled to bytecode, as pip compiles MkDocs and Material at install: these machines set "
        "PYTHONDONTWRITEBYTECODE, so Python would otherwise compile every edited module again in every build "
        "(benchmarks/build_time.py; runs before commit d334668 paid that). The last column is one engine build with an empty "
        "cache, as a first build on a new machine: it parses every data file, draws the five flow diagrams and "
        "reads the history from git.",
        "",
        f"**Noise.** The load average was {load} at the start and "
        f"{r['machine'].get('load average at end (1/5/15 min)', '?')} at the end (2 cores): other agents' work "
        "lengthens single builds by up to twice their time, more than the differences measured here. The pairs "
        "show the spread; a ratio from one pair (synthetic datasets at BENCH_SYNTHETIC_RUNS=1) is one sample.",
        "",
        growth,
        "",
        f"Site size: {r['synthetic_500_mb']:.0f} MB for 500 guidelines"
        + (f", {r['synthetic_2000_mb']:.0f} MB for 2000." if "synthetic_2000_mb" in r else "."),
        "",
        *([f"**Why the menu is compact for large datasets.** Each page carries the menu, so with every guideline "
           f"in it the menu grows with the square of the number of guidelines (N pages × N links). At 500 guidelines "
           f"the site is {r['synthetic_500_full_nav_mb']:.0f} MB with every guideline in the menu against "
           f"{r['synthetic_500_mb']:.0f} MB with the default `extra.handbook.nav_guidelines_limit: 50` (a chapter "
           "with more guidelines lists only its overview page; `$HANDBOOK_NAV_GUIDELINES_LIMIT` overrides it, 0 "
           f"lists all); the build took {statistics.median(full):.1f} s against {m['synthetic_500']['engine']:.1f} s"
           + (" — at this size a difference within the spread between runs; the size is what grows first."
              if statistics.median(full) <= m["synthetic_500"]["engine"] * 1.1 else ".")
           + " `navigation.prune` also leaves the links of closed sections out of every page.", ""] if full else []),
    ]
    return {"budgets": budgets, "section": section}


def _rate(hits: dict) -> str:
    return f"{hits['hits'] / hits['queries']:.1%} ({hits['hits']} of {hits['queries']})"


def _search_budgets(s: dict | None) -> list[str]:
    """Budget rows for search: the phone set's top-3 hit rate and the time until results appear."""
    if not s:
        return []
    rate = s["phone_set"]["hits"] / s["phone_set"]["queries"]
    verdict = "met" if rate >= REQUIRED_HIT_RATE else "**missed**"
    return [
        f"| phone searches, right page in the top 3 | ≥ {REQUIRED_HIT_RATE:.0%} | {_rate(s['phone_set'])} | {verdict} |",
        _verdict("search results after the last key", max(s["latency_ms"]),
                 "— the slowest query of the sample (its median of several runs; phone size, CPU slowed 4×, "
                 "on a shared machine: see Search on a phone)"),
    ]


def _search_section(s: dict | None) -> list[str]:
    """The search section: hit rates with and without the search help, and the time until results appear."""
    if not s:
        return []
    ms = sorted(s["latency_ms"])
    p90 = ms[min(len(ms) - 1, round(0.9 * (len(ms) - 1)))]
    lines = [
        "## Search on a phone",
        "",
        f"Measured on {s['date']} by benchmarks/search_speed.py (`benchmarks/suite.py --search-only` repeats only "
        "this part) in Chromium at phone size (390×844): each query is typed into "
        "Material's real search box, as tests/test_search_browser.py does, and counts as a hit when the page it "
        "names is among the first three results.",
        "",
        "| query set | right page in the top 3 |", "|---|---|",
        f"| tests/search_phone_queries.yml: typos, questions, everyday words (issue 17) | {_rate(s['phone_set'])} |",
        f"| the same, without the search help (how search worked before) | {_rate(s['phone_set_without_help'])} |",
        f"| tests/search_queries.yml: words, inflections, compounds, abbreviations | {_rate(s['word_set'])} |",
        "",
        "Misses: " + ("; ".join(f"*{q}*" for q in s["phone_set"]["misses"] + s["word_set"]["misses"]) or "none") + ".",
        "The phrase list (data/search_phrases.yml) was written together with the phone set, so its share of the "
        "hits is a measure of the list's coverage rather than of unseen queries; typo correction and filler "
        "removal are general.",
        "",
        f"**Time until results appear.** With the CPU slowed {s['cpu_slowdown']}× (DevTools throttling, which in "
        f"this Chromium slows the page and its search worker), {len(ms)} queries from the phone set (the first "
        f"{len(ms) // 3} of each kind) were typed one key every {s['key_delay_ms']} ms, "
        f"{s.get('latency_rounds', 1)} times each. From the release of the last key to the last change of the "
        f"result list (each query's median): median {statistics.median(ms):.0f} ms, 90th percentile "
        f"{p90:.0f} ms, slowest {ms[-1]:.0f} ms. Each key starts a search (unless the rewritten query is the one "
        "already shown); the rewrite (typo correction against about 4 000 words, phrases, filler) takes about a "
        "millisecond, the worker's search some tens, and the theme's drawing of the result list most of the rest. "
        "While a search runs, only the latest query waits, so slow searches for half-typed words do not pile up."
        + (f" The 1-minute load average was {s['load_average'][0]:.1f} at the start and {s['load_average'][1]:.1f} "
           "at the end on 2 cores: other work on the machine slows every step, most of all the slowest ones."
           if "load_average" in s else ""),
        "",
        "**What the search help weighs.** Every page loads assets/search.js "
        f"({s['help_kb']['assets/search.js']:.1f} KB gzip), which hands each query to the help; the help "
        f"(assets/search-help.js, {s['help_kb']['assets/search-help.js']:.1f} KB) and its word list "
        f"(search/words.js, {s['help_kb']['search/words.js']:.1f} KB) load only when the reader opens search, so "
        "the search index itself stays within its budget.",
        "",
    ]
    return lines


if __name__ == "__main__":
    # --report-only writes REPORT.md again from the last run's numbers (after a change to the report's text);
    # --search-only measures search again (about 10 minutes) and keeps the other numbers of the last run
    runs, synthetic_runs = int(os.environ.get("BENCH_RUNS", 5)), int(os.environ.get("BENCH_SYNTHETIC_RUNS", 3))
    skip = frozenset(part.strip() for part in os.environ.get("BENCH_SKIP", "").split(",") if part.strip())
    last = json.loads(RESULTS.read_text(encoding="utf-8")) if RESULTS.exists() else None
    if "--report-only" in sys.argv:
        measurements = last
    elif "--builds-only" in sys.argv:
        measurements = builds_only(last, runs, synthetic_runs, skip)
        RESULTS.write_text(json.dumps(measurements, indent=1), encoding="utf-8")
    elif "--phone-only" in sys.argv:
        measurements = last
        with tempfile.TemporaryDirectory() as tmp:
            build_time.build_seconds(1, keep=Path(tmp) / "site")
            measurements["weight"] = page_weight.measure(Path(tmp) / "site")
            measurements["phone"] = phone.measure(Path(tmp) / "site")
        measurements["phone_date"] = measurements["weight_date"] = datetime.date.today().isoformat()
        RESULTS.write_text(json.dumps(measurements, indent=1), encoding="utf-8")
    elif "--search-only" in sys.argv:
        measurements = last
        with tempfile.TemporaryDirectory() as tmp:
            build_time.build_seconds(1, keep=Path(tmp) / "site")
            site = Path(tmp) / "site"
            measurements["search"] = {**search_speed.measure(site), "date": datetime.date.today().isoformat()}
            index = (site / page_weight.SEARCH_INDEX).read_bytes()  # the index grows with the site's text
            measurements["weight"].update(search_index=page_weight.gz(index), search_index_raw=len(index))
        RESULTS.write_text(json.dumps(measurements, indent=1), encoding="utf-8")
    else:
        measurements = run(runs, synthetic_runs, skip, last)
        RESULTS.write_text(json.dumps(measurements, indent=1), encoding="utf-8")
    REPORT.write_text(report(measurements), encoding="utf-8")
    print(f"wrote {REPORT.relative_to(REPO)}")
