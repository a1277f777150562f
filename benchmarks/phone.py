"""Phone figures for benchmarks/REPORT.md: requests and first-visit KB per page type, the cost of an offline update
after a one-sentence change, and Lighthouse's mobile scores.

Requests and KB: Chromium at 390 × 844 with mobile emulation, an empty cache and no service worker, counted until
the network is idle (the theme's search worker included). Update: benchmarks/update_cost.py. Lighthouse: npm
lighthouse@12.2.3 with the system Chromium (LIGHTHOUSE_BIN, else `npx --yes lighthouse@12.2.3`), its default mobile
emulation and simulated throttling, headless."""

from __future__ import annotations

import functools
import gzip
import io
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "benchmarks"))
import page_weight  # noqa: E402
import update_cost  # noqa: E402

from tests.conftest import CHROMIUM, CHROMIUM_ARGS, PHONE, _QuietHandler, _Server, run_build, serve  # noqa: E402

COMPRESSED = (".html", ".css", ".js", ".json", ".svg", ".xml", ".webmanifest", ".txt")


class _GzipHandler(_QuietHandler):
    """Sends text files gzipped at level 6 when the browser accepts it, as the deploy guide's servers do."""

    def send_head(self):
        path = Path(self.translate_path(self.path))
        if path.is_dir():
            if not self.path.split("?", 1)[0].endswith("/"):
                return super().send_head()  # the redirect to the folder's address
            path = path / "index.html"
        accepts = "gzip" in self.headers.get("Accept-Encoding", "")
        if not (accepts and path.is_file() and path.suffix in COMPRESSED):
            return super().send_head()
        body = gzip.compress(path.read_bytes(), page_weight.LEVEL)
        self.send_response(200)
        self.send_header("Content-Type", self.guess_type(str(path)))
        self.send_header("Content-Encoding", "gzip")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        return io.BytesIO(body)


def serve_gzipped(directory: Path):
    """Serve a built site with gzip on a free port; return (server, base_url)."""
    handler = functools.partial(_GzipHandler, directory=str(directory))
    server = _Server(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, f"http://127.0.0.1:{server.server_address[1]}/"

# one page of each kind a reader opens (path, label)
PAGE_TYPES = (
    ("retningslinjer/3-4/", "guideline"),
    ("beslutningsveje/borgerforloeb/", "flow"),
    ("hvor-er-borgeren/", "pathway"),
    ("", "front page"),
    ("lovkrav/", "lovkrav lens"),
    ("love/sel-101/", "law"),
    ("selvevaluering/", "self-assessment"),
    ("kurser/", "courses"),
)
LIGHTHOUSE_PAGES = (("retningslinjer/3-4/", "guideline"), ("hvor-er-borgeren/", "pathway"),
                    ("beslutningsveje/borgerforloeb/", "flow"))
CATEGORIES = ("performance", "accessibility", "best-practices", "seo")


def requests_and_weight(browser, base_url: str, path: str) -> dict:
    """Requests and gzip bytes of a first visit on a phone (mobile emulation, empty cache, no service worker)."""
    context = browser.new_context(viewport=PHONE, is_mobile=True, has_touch=True, device_scale_factor=3,
                                  locale="da-DK", service_workers="block")
    page = context.new_page()
    responses = []
    page.on("response", lambda response: responses.append(response))
    page.goto(base_url + path, wait_until="networkidle")
    page.wait_for_timeout(1000)  # the search worker loads its language files after the index
    sizes = {}
    for response in responses:
        name = response.url[len(base_url):].split("?", 1)[0] if response.url.startswith(base_url) else response.url
        sizes[name] = page_weight.gz(response.body()) if response.url.startswith(base_url) else 0
    context.close()
    index = sizes.get(page_weight.SEARCH_INDEX, 0)
    return {"requests": len(responses), "bytes": sum(sizes.values()), "search_index": index, "files": sorted(sizes)}


def lighthouse_once(url: str) -> dict[str, int]:
    """Lighthouse 12.2.3's mobile scores (0-100) and paint times for one URL, one run."""
    command = os.environ.get("LIGHTHOUSE_BIN", "").split() or ["npx", "--yes", "lighthouse@12.2.3"]
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "report.json"
        subprocess.run(
            [*command, url, "--output=json", f"--output-path={out}", "--quiet",
             "--chrome-flags=--headless --no-sandbox", f"--only-categories={','.join(CATEGORIES)}"],
            check=True, capture_output=True, env={**os.environ, "CHROME_PATH": CHROMIUM},
        )
        result = json.loads(out.read_text(encoding="utf-8"))
    scores = {name: round(result["categories"][name]["score"] * 100) for name in CATEGORIES}
    audits = result["audits"]
    for key, audit in (("fcp_ms", "first-contentful-paint"), ("lcp_ms", "largest-contentful-paint"),
                       ("tbt_ms", "total-blocking-time")):
        scores[key] = round(audits[audit]["numericValue"])
    scores["cls"] = round(audits["cumulative-layout-shift"]["numericValue"], 3)
    return scores


def lighthouse(url: str, runs: int = int(os.environ.get("LIGHTHOUSE_RUNS", 3))) -> dict:
    """The median of each figure over several runs (a shared machine makes single runs noisy), and every run."""
    each = [lighthouse_once(url) for _ in range(runs)]
    return {**{key: statistics.median(run[key] for run in each) for key in each[0]}, "runs": each}


def measure(site: Path) -> dict:
    """Every phone figure the report needs, from a built site of the real data."""
    from playwright.sync_api import sync_playwright

    result: dict = {"pages": {}, "lighthouse": {}}
    server, base_url = serve(site)
    try:
        with sync_playwright() as pw:
            browser = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
            for path, label in PAGE_TYPES:
                result["pages"][label] = {"path": path, **requests_and_weight(browser, base_url, path)}
            with tempfile.TemporaryDirectory() as tmp:
                # both versions from a copy of data/ (outside git, so neither has change dates): only the
                # sentence differs, as between two releases where one sentence was edited
                tmp = Path(tmp)
                shutil.copytree(REPO / "data", tmp / "data")
                for name in ("a", "b"):
                    if name == "b":
                        update_cost.change_one_sentence(tmp / "data")
                    built = run_build(tmp / name, data=tmp / "data")
                    assert built.returncode == 0, built.stderr[-2000:]
                cost = update_cost.measure(browser, tmp / "a", tmp / "b", tmp / "served")
            result["update"] = {k: cost[k] for k in ("install", "update", "update_files")}
            browser.close()
    finally:
        server.shutdown()
    server, base_url = serve_gzipped(site)  # Lighthouse weighs what a real server sends
    result["load"] = " / ".join(f"{x:.1f}" for x in os.getloadavg())
    try:
        for path, label in LIGHTHOUSE_PAGES:
            result["lighthouse"][label] = {"path": path, **lighthouse(base_url + path)}
    finally:
        server.shutdown()
    return result


if __name__ == "__main__":
    with tempfile.TemporaryDirectory() as tmp:
        built = run_build(Path(tmp) / "site")
        assert built.returncode == 0, built.stderr[-2000:]
        print(json.dumps(measure(Path(tmp) / "site"), indent=1))
