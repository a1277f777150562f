"""The real handbook, built strictly: every data item has its page and every direction its markers."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from html.parser import HTMLParser

from macros.core import links
from macros.model.load import load_handbook
from tests.conftest import REPO

HB = load_handbook(REPO / "data")


def html(site, src_path: str) -> str:
    """The built HTML of a source page."""
    return (site / links.url_path(src_path) / "index.html").read_text(encoding="utf-8")


class Elements(HTMLParser):
    """Collects the attributes of every element, to check markers without regex guesswork."""

    def __init__(self):
        super().__init__()
        self.elements: list[dict] = []

    def handle_starttag(self, tag, attrs):
        self.elements.append({"tag": tag, **{k: v or "" for k, v in attrs}})


def elements(text: str) -> list[dict]:
    parser = Elements()
    parser.feed(text)
    return parser.elements


def test_full_2020_structure_is_in_the_data():
    assert len(HB.principles) == 7
    assert {t.chapter for t in HB.themes} == {2, 3}
    numbers = [g.number for g in HB.guidelines]
    for expected in [f"2.{n}" for n in range(1, 9)] + [f"3.{n}" for n in range(1, 6)]:
        assert expected in numbers


def test_every_record_has_its_page(site):
    for g in HB.guidelines:
        assert f'data-guideline="{g.number}"' in html(site, links.page("guideline", g.id))
    for p in HB.principles:
        assert f'data-principle="{p.id}"' in html(site, links.page("principle", p.id))
    for law in HB.laws:
        assert f'data-law="{law.id}"' in html(site, links.page("law", law.id))
    for t in HB.themes:
        assert f'data-theme="{t.id}"' in html(site, links.page("theme", t.id))


def test_every_direction_has_its_markers_text_and_law_links(site):
    for g in HB.guidelines:
        found = {e["data-direction"]: e for e in elements(html(site, links.page("guideline", g.id))) if "data-direction" in e}
        # lovkrav first, each group in data order (a stable sort: the oracle, not the renderer's code)
        assert list(found) == [d.id for d in sorted(g.directions, key=lambda d: d.kind != "lovkrav")], g.id
        page = html(site, links.page("guideline", g.id))
        for d in g.directions:
            marker = found[d.id]
            assert marker["id"] == f"anvisning-{d.id}"
            assert marker["data-kind"] == d.kind
            assert marker["data-status"] == d.status.value
            block = page.split(f'id="anvisning-{d.id}"', 1)[1].split('class="direction ', 1)[0]
            first_words = re.sub(r"[*_`\[\]]", "", d.text).split()[:3]
            assert " ".join(first_words) in re.sub(r"<[^>]+>", "", block), d.id
            for ref in d.laws:
                law_id, _, stk = ref.partition("/")
                target = f"../../love/{law_id}/" + (f"#stk-{stk}" if stk else "")
                assert f'href="{target}"' in block, (d.id, ref)


def test_every_page_names_the_unofficial_source(site):
    for page in site.rglob("*.html"):
        text = page.read_text(encoding="utf-8")
        assert "Uofficiel digital udgave" in text and "Socialstyrelsen (2020)" in text, page


def test_site_is_danish_and_uses_no_web_fonts(site):
    index = (site / "index.html").read_text(encoding="utf-8")
    assert '<html lang="da"' in index
    assert "fonts.googleapis" not in index and "fonts.gstatic" not in index


def test_make_build_is_strict_names_the_dead_link_and_keeps_the_previous_site(tmp_path, real_data):
    # `mkdocs build --strict --quiet` passed this with exit 0: --quiet dropped the warning before strict counted it
    guideline = real_data / "guidelines/3-4.yml"
    guideline.write_text(guideline.read_text(encoding="utf-8").replace("background: |\n", "background: |\n  Se [3.55](3-55.md).\n", 1),
                         encoding="utf-8")
    site_dir = tmp_path / "site"
    site_dir.mkdir()
    (site_dir / "marker.txt").write_text("previous build")
    result = subprocess.run(
        ["make", "-s", "build", f"SITE_DIR={site_dir}"],
        cwd=REPO, capture_output=True, text=True, env={"PATH": "/usr/bin:/bin", "HANDBOOK_DATA": str(real_data)},
    )
    assert result.returncode != 0
    assert "'retningslinjer/3-4.md' contains a link '3-55.md'" in result.stderr
    assert "Traceback" not in result.stderr
    assert (site_dir / "marker.txt").read_text() == "previous build"
    assert not (tmp_path / "site.tmp").exists()


def test_failed_zip_keeps_the_previous_zip(tmp_path, fixture_data):
    (fixture_data / "guidelines/3-4.yml").write_text(
        (fixture_data / "guidelines/3-4.yml").read_text(encoding="utf-8").replace("theme: borgerforloeb", "theme: xyz"),
        encoding="utf-8",
    )
    previous = tmp_path / "haandbog.zip"
    previous.write_bytes(b"previous zip")
    result = subprocess.run(
        [sys.executable, "-m", "macros.build", "--zip", str(tmp_path / "haandbog")],
        cwd=REPO, capture_output=True, text=True, env={"PATH": "/usr/bin:/bin", "HANDBOOK_DATA": str(fixture_data)},
    )
    assert result.returncode != 0
    assert "data/guidelines/3-4.yml: theme: unknown theme 'xyz'" in result.stderr
    assert "Traceback" not in result.stderr
    assert previous.read_bytes() == b"previous zip"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["data", "haandbog.zip"]


def test_successful_build_replaces_the_site(tmp_path):
    assert shutil.which("make"), "make is required"
    site_dir = tmp_path / "site"
    site_dir.mkdir()
    (site_dir / "stale.txt").write_text("old")
    result = subprocess.run(
        ["make", "-s", "build", f"SITE_DIR={site_dir}"], cwd=REPO, capture_output=True, text=True,
        env={"PATH": "/usr/bin:/bin"},
    )
    assert result.returncode == 0, result.stderr
    assert (site_dir / "retningslinjer/3-4/index.html").exists()
    assert not (site_dir / "stale.txt").exists()
