"""navigation: the menu lists each chapter's guidelines, except a chapter too large to list on every page."""

from __future__ import annotations

from macros.core import links
from macros.model.load import load_handbook
from macros.site.navigation import build_nav, guidelines_not_in_nav, nav_pages
from tests.conftest import FIXTURE_DATA, run_build


def _chapter(nav: list, title_start: str) -> list:
    guidelines = next(entry["Retningslinjer"] for entry in nav if "Retningslinjer" in entry)
    return next(value for entry in guidelines for title, value in entry.items() if title.startswith(title_start))


def test_a_chapter_over_the_limit_lists_only_its_overview_page():
    hb = load_handbook(FIXTURE_DATA)
    guideline = links.page("guideline", "3-4")
    full = build_nav(hb, limit=None)
    assert guideline in nav_pages(full)
    assert guidelines_not_in_nav(hb, full) == frozenset()
    compact = build_nav(hb, limit=0)  # the fixture's one guideline is already over a limit of 0
    assert _chapter(compact, "Kap. 3") == [{"Om kapitlet": links.page("theme", "borgerforloeb")}]
    assert guidelines_not_in_nav(hb, compact) == {guideline}


def test_a_compact_nav_builds_strictly_and_every_guideline_keeps_its_page(tmp_path, real_data):
    # every chapter has more guidelines than a limit of 1
    site = tmp_path / "site"
    result = run_build(site, data=real_data, env={"HANDBOOK_NAV_GUIDELINES_LIMIT": "1"})
    assert result.returncode == 0, result.stderr[-2000:]
    page = (site / "retningslinjer/3-4/index.html").read_text(encoding="utf-8")
    assert (site / "retningslinjer/3-5/index.html").exists()
    nav = page[page.index('md-nav--primary'):page.index('md-sidebar--secondary')]
    assert "3-5/" not in nav and "3-4/" not in nav
    chapter = (site / "temaer/borgerforloeb/index.html").read_text(encoding="utf-8")
    assert "retningslinjer/3-4/" in chapter and "retningslinjer/3-5/" in chapter
