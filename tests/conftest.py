"""Shared fixtures: fixture datasets, a real strict build of the handbook, a local server, Chromium."""

from __future__ import annotations

import functools
import http.server
import os
import shutil
import sys
import threading
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
FIXTURE_DATA = Path(__file__).parent / "fixtures" / "minimal"
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]
PHONE = {"width": 390, "height": 844}


def run_build(dest: Path, data: Path | None = None, config: str = "mkdocs.yml", env: dict | None = None):
    """Run a real strict MkDocs build, the same command `make build` runs; return the completed process."""
    from macros.build import mkdocs_build

    environ = {**(env or {}), **({"HANDBOOK_DATA": str(data)} if data is not None else {})}
    return mkdocs_build(dest, config, env=environ, capture=True, cwd=REPO)


def edit_file(path: Path, old: str, new: str) -> None:
    """Replace text in a fixture file, failing loudly if the text is not there."""
    text = path.read_text(encoding="utf-8")
    assert old in text, f"fixture text not found: {old!r}"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def load_problems(data_dir: Path) -> list[str]:
    """The problems load_handbook reports for a dataset (it must report some)."""
    from macros.model.load import DataError, load_handbook

    with pytest.raises(DataError) as caught:
        load_handbook(data_dir)
    return caught.value.problems


@pytest.fixture
def fixture_data(tmp_path) -> Path:
    """A writable copy of the small fixture dataset."""
    target = tmp_path / "data"
    shutil.copytree(FIXTURE_DATA, target)
    return target


@pytest.fixture
def real_data(tmp_path) -> Path:
    """A writable copy of the real data/ outside the repository (so it has no git history)."""
    target = tmp_path / "data"
    shutil.copytree(REPO / "data", target)
    return target


@pytest.fixture(scope="session")
def site(tmp_path_factory) -> Path:
    """The real handbook, built once per test session with --strict."""
    dest = tmp_path_factory.mktemp("site")
    result = run_build(dest)
    assert result.returncode == 0, f"strict build failed:\n{result.stderr[-3000:]}"
    return dest


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    prefix = ""  # the site is served under this path, e.g. /haandbog; requests outside it get 404
    extra_headers: dict[str, str] = {}

    def log_message(self, *args):  # keep test output readable
        pass

    def translate_path(self, path):
        if self.prefix:
            if path.split("?", 1)[0] != self.prefix and not path.startswith(self.prefix + "/"):
                return os.path.join(self.directory, "__outside_the_prefix__")
            path = path[len(self.prefix):] or "/"
        return super().translate_path(path)

    def end_headers(self):
        for name, value in self.extra_headers.items():
            self.send_header(name, value)
        super().end_headers()


class _Server(http.server.ThreadingHTTPServer):
    def handle_error(self, request, client_address):
        # a browser that leaves a page mid-download closes the connection: normal, not worth a traceback
        if not isinstance(sys.exc_info()[1], ConnectionError):
            super().handle_error(request, client_address)


def serve(directory: Path, prefix: str = "", headers: dict[str, str] | None = None):
    """Serve a directory on a free localhost port in a thread, under a path prefix and with extra
    response headers if given; return (server, base_url)."""
    options = {"prefix": prefix.rstrip("/"), "extra_headers": dict(headers or {})}
    handler = functools.partial(type("Handler", (_QuietHandler,), options), directory=str(directory))
    server = _Server(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, f"http://127.0.0.1:{server.server_address[1]}{prefix}/"


@pytest.fixture(scope="session")
def base_url(site):
    """Base URL of the built handbook on a local server."""
    server, url = serve(site)
    yield url
    server.shutdown()


@pytest.fixture(scope="session")
def browser():
    """System Chromium driven by Playwright (never a downloaded browser)."""
    if not Path(CHROMIUM).exists():
        pytest.fail(f"{CHROMIUM} is missing: run 'make test' as root or 'apt-get install chromium'")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        instance = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield instance
        instance.close()


@pytest.fixture
def phone(browser):
    """A fresh phone-sized page (390×844) that records every request it makes."""
    context = browser.new_context(viewport=PHONE, locale="da-DK")
    page = context.new_page()
    page.requests = []
    page.on("request", lambda request: page.requests.append(request.url))
    yield page
    context.close()


def wait_for_search_index(page) -> None:
    """Wait until the theme's search has loaded its index (served over http).

    The theme drops what is typed before then; once loaded it replaces "Start søgning" with "Indtast søgeord".
    (From file:// the index is inlined and ready at once, and that text never changes.)"""
    page.wait_for_function(
        "() => document.querySelector('.md-search-result__meta').textContent.includes('Indtast søgeord')",
        timeout=30000,
    )


def page_file(site_dir: Path, path: str) -> Path:
    """The built file behind a page path from site_pages()."""
    return site_dir / path / "index.html" if path == "" or path.endswith("/") else site_dir / path


def site_pages(site_dir: Path) -> list[str]:
    """Every HTML page of a built site as a URL path relative to the site root."""
    pages = []
    for html in sorted(site_dir.rglob("*.html")):
        rel = html.relative_to(site_dir).as_posix()
        if rel == "404.html":
            continue
        pages.append(rel[: -len("index.html")] if rel.endswith("index.html") else rel)
    return pages
