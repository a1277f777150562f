"""Per-page tool assets: a page loads a tool's stylesheet and script only when the tool is on it."""

from __future__ import annotations

import re

import yaml

from macros.page_assets import FEATURES, all_feature_files, page_assets

from .conftest import REPO, page_file, site_pages

LOADED = re.compile(r'(?:href|src)="(?:\.\./)*(assets/[^"]+\.(?:css|js))"')


class _Loader(yaml.SafeLoader):
    """mkdocs.yml uses !ENV and !!python tags: read them as plain values."""


_Loader.add_multi_constructor("", lambda loader, suffix, node: None)


def _loaded(site, path: str) -> set[str]:
    return set(LOADED.findall(page_file(site, path).read_text(encoding="utf-8")))


def test_page_assets_picks_the_tools_whose_markup_is_there():
    assert page_assets("<p>Tekst</p>") == ([], [])
    css, js = page_assets('<div class="checklist"></div><form data-date-tool></form>')
    assert css == ["assets/checklist.css"]
    assert js == ["assets/local-store.js", "assets/checklist.js", "assets/pathway.js"]
    # favourites and the checklist both save through local-store.js: it loads once, before either
    css, js = page_assets('<div class="checklist"><div class="direction" data-direction="2.1.1"></div></div>')
    assert js == ["assets/local-store.js", "assets/favourites.js", "assets/checklist.js"]


def test_feature_files_exist_and_are_not_also_loaded_on_every_page():
    config = yaml.load((REPO / "mkdocs.yml").read_text(encoding="utf-8"), Loader=_Loader)
    everywhere = set(config["extra_css"]) | set(config["extra_javascript"])
    assert all_feature_files() and not all_feature_files() & everywhere
    assert [f for f in sorted(all_feature_files()) if not (REPO / "docs" / f).is_file()] == []


def test_every_tool_is_loaded_where_it_is_used_and_nowhere_else(site):
    pages = site_pages(site)
    for feature in FEATURES:
        files = {*feature.css, *feature.js}
        using = [p for p in pages if files <= _loaded(site, p)]
        assert using, f"no page of the real build loads {sorted(files)}: has its markup changed ({feature.markers})?"
        for path in pages:
            html = page_file(site, path).read_text(encoding="utf-8")
            has_markup = any(marker in html for marker in feature.markers)
            assert (path in using) == has_markup, path
    assert {"assets/checklist.js", "assets/course.js", "assets/pathway.js"}.isdisjoint(_loaded(site, "retningslinjer/2-1/"))
    assert "assets/checklist.js" in _loaded(site, "selvevaluering/")
