"""The service worker's precache list and version (pure), and what the real build writes."""

from __future__ import annotations

import json
import re

from macros.site.offline import (
    LOCAL_WORKER_SHIM,
    SW_TEMPLATE,
    content_version,
    drop_cdn_addresses,
    on_first_use,
    precache_paths,
    service_worker_source,
    site_files,
    zip_polyfills,
)


def manifest_of(source: str, name: str = "PRECACHE") -> dict[str, str]:
    """One of the [path, revision] lists written into a service worker, as {path: revision}."""
    return dict(json.loads(re.search(rf"const {name} = (\[.*?\]);", source, re.DOTALL).group(1)))


def precache_of(site) -> list[str]:
    """The files a built site's sw.js caches at install."""
    return list(manifest_of((site / "sw.js").read_text(encoding="utf-8")))


def test_precache_leaves_out_maps_sitemaps_itself_and_unused_search_languages():
    paths = [
        "index.html", "retningslinjer/3-4/index.html", "sw.js", "sitemap.xml", "sitemap.xml.gz",
        "assets/javascripts/bundle.abc.min.js", "assets/javascripts/bundle.abc.min.js.map",
        "assets/javascripts/lunr/min/lunr.da.min.js", "assets/javascripts/lunr/min/lunr.de.min.js",
        "assets/javascripts/lunr/min/lunr.stemmer.support.min.js", "assets/javascripts/lunr/min/lunr.multi.min.js",
        "assets/javascripts/lunr/tinyseg.js", "assets/javascripts/lunr/wordcut.js", "search/search_index.json",
    ]
    assert precache_paths(paths, ["da"]) == [
        "assets/javascripts/bundle.abc.min.js",
        "assets/javascripts/lunr/min/lunr.da.min.js",
        "assets/javascripts/lunr/min/lunr.multi.min.js",
        "assets/javascripts/lunr/min/lunr.stemmer.support.min.js",
        "index.html",
        "retningslinjer/3-4/index.html",
        "search/search_index.json",
    ]
    assert "assets/javascripts/lunr/tinyseg.js" in precache_paths(paths, ["ja"])


def test_version_changes_with_any_file_content_or_name_and_not_with_order():
    base = {"index.html": "a1", "assets/x.css": "b2"}
    assert content_version(base) == content_version(dict(reversed(list(base.items()))))
    assert content_version(base) != content_version({**base, "index.html": "a2"})
    assert content_version(base) != content_version({"index2.html": "a1", "assets/x.css": "b2"})
    assert re.fullmatch(r"[0-9a-f]{16}", content_version(base))


def test_service_worker_source_fills_in_version_and_both_lists_with_a_revision_per_file():
    manifest = {"index.html": "aaa111", "a b.css": "bbb222", "udskriv/index.html": "ccc333"}
    source = service_worker_source(SW_TEMPLATE.read_text(encoding="utf-8"), "0123abcd", manifest)
    assert 'const VERSION = "0123abcd";' in source
    assert manifest_of(source) == {"a b.css": "bbb222", "index.html": "aaa111"}
    assert manifest_of(source, "ON_USE") == {"udskriv/index.html": "ccc333"}
    assert "__VERSION__" not in source and "__PRECACHE__" not in source and "__ON_USE__" not in source


def test_large_rarely_needed_files_are_cached_on_first_use_and_pages_a_reader_looks_up_at_install():
    for path in ("udskriv/index.html", "data/haandbog.json", "data/haandbog.schema.json", "selvevaluering/index.html",
                 "favoritter/index.html", "redaktoer/felter/index.html", "aabne-data/index.html"):
        assert on_first_use(path), path
    for path in ("index.html", "retningslinjer/3-4/index.html", "search/search_index.json", "lovkrav/index.html",
                 "assets/handbook.js", "love/sel-101/index.html", "404.html", "redaktoerer.html"):
        assert not on_first_use(path), path


def test_zip_build_gets_the_local_worker_shim_and_never_a_cdn_one():
    assert zip_polyfills(None, zip_build=False) == []
    assert zip_polyfills([], zip_build=True) == [LOCAL_WORKER_SHIM]
    # Material's offline plugin adds unpkg.com unless some polyfill already names iframe-worker
    assert all("iframe-worker" in p for p in zip_polyfills([], zip_build=True))
    assert zip_polyfills([LOCAL_WORKER_SHIM], zip_build=True) == [LOCAL_WORKER_SHIM]


def test_real_build_caches_every_page_and_asset_it_needs(site):
    source = (site / "sw.js").read_text(encoding="utf-8")
    cached, on_use = set(manifest_of(source)), set(manifest_of(source, "ON_USE"))
    pages = {p for p in site_files(site) if p.endswith(".html")}
    assert pages <= cached | on_use, sorted(pages - cached - on_use)[:5]
    assert not cached & on_use
    for needed in ("search/search_index.json", "manifest.webmanifest", "assets/handbook.js", "assets/handbook.css",
                   "assets/javascripts/lunr/min/lunr.da.min.js", "assets/icons/icon-192.png", "404.html"):
        assert needed in cached
    assert {"udskriv/index.html", "data/haandbog.json"} <= on_use
    assert not any(p.endswith(".map") or p == "sw.js" for p in cached | on_use)
    assert all((site / p).is_file() for p in cached | on_use)


def test_real_build_gives_each_file_the_hash_of_its_content_and_the_version_hashes_them_all(site):
    import hashlib

    source = (site / "sw.js").read_text(encoding="utf-8")
    manifest = {**manifest_of(source), **manifest_of(source, "ON_USE")}
    wrong = [p for p, rev in manifest.items() if hashlib.sha256((site / p).read_bytes()).hexdigest()[:12] != rev]
    assert wrong == []
    version = re.search(r'const VERSION = "([0-9a-f]{16})";', source).group(1)
    assert version == content_version(manifest)


def test_manifest_is_relative_so_the_site_installs_under_any_path(site):
    manifest = json.loads((site / "manifest.webmanifest").read_text(encoding="utf-8"))
    assert manifest["start_url"] == "./" and manifest["scope"] == "./"
    assert manifest["lang"] == "da"
    for icon in manifest["icons"]:
        assert not re.match(r"^[a-z]+:|^/", icon["src"]), icon
        assert (site / icon["src"]).is_file()
    assert {"192x192", "512x512"} <= {i["sizes"] for i in manifest["icons"]}
    index = (site / "index.html").read_text(encoding="utf-8")
    assert '<link rel="manifest" href="manifest.webmanifest">' in index


def test_cdn_addresses_in_the_theme_script_point_at_about_blank(tmp_path):
    scripts = tmp_path / "assets" / "javascripts"
    scripts.mkdir(parents=True)
    bundle = scripts / "bundle.abc.min.js"
    bundle.write_text('a=_t("https://unpkg.com/resize-observer-polyfill");b=`https://unpkg.com/x@1/x.js`', encoding="utf-8")
    replaced = drop_cdn_addresses(tmp_path)
    assert replaced == ["https://unpkg.com/resize-observer-polyfill", "https://unpkg.com/x@1/x.js"]
    assert bundle.read_text(encoding="utf-8") == 'a=_t("about:blank");b=`about:blank`'

