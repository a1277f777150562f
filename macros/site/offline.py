"""Working without a network: the service worker (a revision per file, from the built files), the zip's local
Worker shim, and no CDN address left in the theme's script."""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Iterable, Mapping
from pathlib import Path

SW_FILE = "sw.js"
SW_TEMPLATE = Path(__file__).with_name("sw.js")
# Files a reader never needs offline: source maps, sitemaps for crawlers, the worker itself.
NEVER = re.compile(r"(\.map|^sitemap\.xml(\.gz)?|^sw\.js)$")
LUNR_LANGUAGE = re.compile(r"^assets/javascripts/lunr/min/lunr\.([a-z]{2})\.min\.js$")
LUNR_SEGMENTERS = {"assets/javascripts/lunr/tinyseg.js": {"ja"}, "assets/javascripts/lunr/wordcut.js": {"hi", "th"}}


def precache_paths(paths: Iterable[str], search_langs: Iterable[str] = ("en",)) -> list[str]:
    """The site files to cache (POSIX paths relative to the site root), sorted; unused search languages left out."""
    langs = set(search_langs)
    keep = []
    for path in paths:
        if NEVER.search(path):
            continue
        language = LUNR_LANGUAGE.match(path)
        if language and language.group(1) not in langs:
            continue
        if path in LUNR_SEGMENTERS and not (LUNR_SEGMENTERS[path] & langs):
            continue
        keep.append(path)
    return sorted(keep)


# Cached the first time they are opened, not at install: large files a phone rarely needs, which change with
# almost every data change (benchmarks/REPORT.md): the whole handbook on one print page, the open data, the
# self-assessment, the favourites list and the editors' guide. Everything a reader looks up stays precached,
# the search index too, so the handbook and its search work offline from the first visit.
ON_FIRST_USE = re.compile(r"^(udskriv|data|aabne-data|selvevaluering|favoritter|redaktoer)/")
REVISION_LENGTH = 12  # hex digits of a file's SHA-256: enough to tell its versions apart


def on_first_use(path: str) -> bool:
    """True for a file the service worker caches when it is first used rather than at install."""
    return bool(ON_FIRST_USE.match(path))


def revisions(site_dir: Path, paths: Iterable[str]) -> dict[str, str]:
    """Each file's revision: the start of the SHA-256 of its content."""
    return {p: hashlib.sha256((site_dir / p).read_bytes()).hexdigest()[:REVISION_LENGTH] for p in paths}


def content_version(digests: Mapping[str, str]) -> str:
    """A short hash of every cached file's path and content digest: any change gives a new version."""
    total = hashlib.sha256()
    for path in sorted(digests):
        total.update(f"{path}\0{digests[path]}\n".encode())
    return total.hexdigest()[:16]


def service_worker_source(template: str, version: str, manifest: Mapping[str, str]) -> str:
    """The service worker with its version and its two [path, revision] lists filled in."""
    precache = [[p, r] for p, r in sorted(manifest.items()) if not on_first_use(p)]
    on_use = [[p, r] for p, r in sorted(manifest.items()) if on_first_use(p)]
    return (template.replace("__VERSION__", version)
            .replace("__PRECACHE__", json.dumps(precache, separators=(",", ":")))
            .replace("__ON_USE__", json.dumps(on_use, separators=(",", ":"))))


def site_files(site_dir: Path) -> list[str]:
    """Every file of a built site as a POSIX path relative to its root."""
    return sorted(p.relative_to(site_dir).as_posix() for p in site_dir.rglob("*") if p.is_file())


def write_service_worker(site_dir: Path, search_langs: Iterable[str]) -> str:
    """Write sw.js into a built site; return its version."""
    manifest = revisions(site_dir, precache_paths(site_files(site_dir), search_langs))
    version = content_version(manifest)
    source = service_worker_source(SW_TEMPLATE.read_text(encoding="utf-8"), version, manifest)
    (site_dir / SW_FILE).write_text(source, encoding="utf-8")
    return version


LOCAL_WORKER_SHIM = "assets/iframe-worker.js"


def zip_polyfills(polyfills: list | None, zip_build: bool) -> list:
    """Polyfills for a zip build: our local Worker shim for file://, so Material adds none from a CDN."""
    polyfills = list(polyfills or [])
    if zip_build and not any("iframe-worker" in str(p) for p in polyfills):
        polyfills.append(LOCAL_WORKER_SHIM)
    return polyfills


# Material's script names two scripts on a CDN that it loads only in rare cases: Mermaid, for diagrams the
# handbook does not have, and a ResizeObserver polyfill for browsers from before 2020. A copy on an intranet must
# never call out, so the build points both at about:blank: such a browser gets the failed load it would get
# offline anyway, and no request leaves the site.
CDN_ADDRESS = re.compile(r"https://unpkg\.com/[^\"'`\s)]*")


def drop_cdn_addresses(site_dir: Path) -> list[str]:
    """Replace CDN addresses in the theme's built scripts with about:blank; return the addresses replaced."""
    replaced = []
    for script in sorted((site_dir / "assets" / "javascripts").glob("bundle.*.min.js")):
        text = script.read_text(encoding="utf-8")
        found = CDN_ADDRESS.findall(text)
        if found:
            script.write_text(CDN_ADDRESS.sub("about:blank", text), encoding="utf-8")
            replaced += found
    return replaced
