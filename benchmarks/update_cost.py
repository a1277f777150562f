"""What an installed phone downloads when the handbook is updated: serve build A, let the service worker install it,
switch the server to build B, and count the bytes the update fetches (tests/test_offline_browser.py asserts on it;
benchmarks/suite.py reports it).

Bytes are counted at the server, per file it sends with 200 (a 304 sends no body), both as sent by this plain test
server and gzipped at level 6, as a web server configured by the deploy guide sends them."""

from __future__ import annotations

import functools
import gzip
import shutil
import sys
import threading
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
from tests.conftest import PHONE, _QuietHandler, _Server  # noqa: E402

PREFIX = "/haandbog"
CHANGED_SENTENCE = ("Mange borgere oplever et slip eller et tilbagefald undervejs.",
                    "Det er almindeligt, at en borger får et slip eller et tilbagefald i løbet af behandlingen.")


class _Counting(_QuietHandler):
    """Serves a site under PREFIX and records the path of every file it sends a body for."""

    prefix = PREFIX
    sent: list[str] = []

    def send_head(self):
        body = super().send_head()
        if body is not None and self.command == "GET":
            path = Path(self.translate_path(self.path))
            self.sent.append(str(path / "index.html" if path.is_dir() else path))
        return body


def _sizes(paths: list[str]) -> dict[str, int]:
    raw = sum(Path(p).stat().st_size for p in paths)
    gz = sum(len(gzip.compress(Path(p).read_bytes(), 6)) for p in paths)
    return {"files": len(paths), "bytes": raw, "gzip_bytes": gz}


def change_one_sentence(data_dir: Path) -> None:
    """Change one sentence in one guideline (3.9's background) of a copy of data/."""
    path = data_dir / "guidelines" / "3-9.yml"
    text = path.read_text(encoding="utf-8")
    old, new = CHANGED_SENTENCE
    assert old in text, f"{path}: the sentence to change is gone; pick another in benchmarks/update_cost.py"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def measure(browser, site_a: Path, site_b: Path, served: Path) -> dict:
    """Install A in a phone-sized browser, then update to B; return what each step downloaded."""
    shutil.copytree(site_a, served)
    sent: list[str] = []
    handler = functools.partial(type("Handler", (_Counting,), {"sent": sent}), directory=str(served))
    server = _Server(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    url = f"http://127.0.0.1:{server.server_address[1]}{PREFIX}/"
    context = browser.new_context(viewport=PHONE, is_mobile=True, has_touch=True, locale="da-DK",
                                  service_workers="allow")
    page = context.new_page()
    try:
        page.goto(url)
        page.evaluate("navigator.serviceWorker.ready.then(() => true)")
        page.wait_for_function("!!navigator.serviceWorker.controller")
        install = _sizes(sent)
        sent.clear()
        shutil.rmtree(served)
        shutil.copytree(site_b, served)
        page.evaluate("navigator.serviceWorker.getRegistration().then(r => r.update())")
        page.locator(".sw-update[role=status]").wait_for(timeout=30000)
        update_files = sorted(Path(p).relative_to(served).as_posix() for p in sent)
        update = _sizes(sent)
        with page.expect_navigation():
            page.get_by_role("button", name="Genindlæs").click()
        sent.clear()
        page.goto(url + "retningslinjer/3-9/")
        return {
            "install": install, "update": update, "update_files": update_files,
            "caches": page.evaluate("caches.keys()"),
            "new_text_shown": CHANGED_SENTENCE[1] in page.locator("article.guideline").inner_text(),
            "after_update_fetched": sorted(Path(p).relative_to(served).as_posix() for p in sent),
        }
    finally:
        context.close()
        server.shutdown()
