"""Content rules for the real data: complete guidelines, lovkrav with paragraphs, sources, explained abbreviations."""

from __future__ import annotations

import re
from html.parser import HTMLParser

import pytest

from macros.core import links
from macros.model.load import load_handbook
from tests.conftest import REPO, site_pages

HB = load_handbook(REPO / "data")
ABBREVIATIONS = {a for t in HB.terms for a in t.abbreviations}


@pytest.mark.parametrize("g", HB.guidelines, ids=lambda g: g.id)
def test_guideline_is_complete(g):
    assert len(g.directions) >= 4, f"{g.id}: a guideline needs at least 4 directions"
    for d in g.directions:
        assert "udkast" not in d.text.lower(), f"{d.id} is still a draft"
    assert "udkast" not in g.purpose.lower() and "udkast" not in g.target_group.lower(), g.id
    assert g.background.strip() and g.practice.strip(), f"{g.id}: background and practice must be written"
    words = len(" ".join([g.purpose, g.target_group, g.background, g.practice, *[d.text for d in g.directions]]).split())
    assert words >= 400, f"{g.id}: only {words} words"


def test_every_lovkrav_names_its_paragraph_and_stk():
    for _g, d in HB.directions():
        if d.kind != "lovkrav":
            continue
        assert d.laws, d.id
        for ref in d.laws:
            law = HB.law(ref)
            if law.parts:
                assert "/" in ref, f"{d.id}: '{ref}' must name the stk. of {law.abbreviation} {law.paragraph}"


def test_every_guideline_page_shows_its_source_and_page(site):
    for g in HB.guidelines:
        html = (site / links.url_path(links.page("guideline", g.id)) / "index.html").read_text(encoding="utf-8")
        assert "Socialstyrelsen (2020)" in html
        assert (f"s. {g.pages}" if g.pages else "sidetal ikke bekræftet") in html, g.id
        assert 'id="kilder"' in html, g.id


def test_glossary_has_at_least_40_terms_with_unique_abbreviations():
    assert len(HB.terms) >= 40
    listed = [a for t in HB.terms for a in t.abbreviations]
    assert len(listed) == len(set(listed)), "an abbreviation belongs to one term only"


class _Text(HTMLParser):
    """Collects article text that is not inside <abbr>, code, scripts or link-free chrome."""

    SKIP = {"abbr", "code", "pre", "script", "style", "svg", "kbd"}

    def __init__(self):
        super().__init__()
        self.depth = 0
        self.in_article = 0
        self.text: list[str] = []

    def handle_starttag(self, tag, attrs):
        if tag == "article":
            self.in_article += 1
        if tag in self.SKIP:
            self.depth += 1

    def handle_endtag(self, tag):
        if tag == "article":
            self.in_article -= 1
        if tag in self.SKIP:
            self.depth -= 1

    def handle_data(self, data):
        if self.in_article and not self.depth:
            self.text.append(data)


ABBR_PATTERN = re.compile(r"(?<![\w-])([A-ZÆØÅ][A-ZÆØÅ0-9]*[A-ZÆØÅ](?:-[A-ZÆØÅ0-9]+)*)(?![\w-])")


def test_every_abbreviation_is_explained_where_it_is_used(site):
    unexplained: dict[str, set[str]] = {}
    for path in site_pages(site):
        file = site / path / "index.html" if not path.endswith(".html") else site / path
        parser = _Text()
        parser.feed(file.read_text(encoding="utf-8"))
        for token in ABBR_PATTERN.findall(" ".join(parser.text)):
            unexplained.setdefault(token, set()).add(path or "/")
    assert not unexplained, {k: sorted(v)[:3] for k, v in unexplained.items()}
