"""'Meld en fejl': a plain link on every page, built from mkdocs.yml; no form and no analytics."""

from __future__ import annotations

import re
from urllib.parse import parse_qs, urlsplit

import yaml

from macros.adapter.feedback import LINK_TEXT, feedback_href
from tests.conftest import REPO, site_pages


class _Loader(yaml.SafeLoader):
    """mkdocs.yml has !ENV and !!python/name tags; read them as plain values."""


_Loader.add_multi_constructor("", lambda loader, suffix, node: None)


def configured_target() -> str:
    config = yaml.load((REPO / "mkdocs.yml").read_text(encoding="utf-8"), Loader=_Loader)
    return config["extra"]["handbook"]["feedback"]


def test_mailto_gets_subject_and_body_with_the_page():
    href = feedback_href("mailto:fejl@example.dk", "3.4 Behandlingsgarantien", "retningslinjer/3-4/")
    parts = urlsplit(href)
    query = parse_qs(parts.query)
    assert parts.scheme == "mailto" and parts.path == "fejl@example.dk"
    assert query["subject"] == ["Fejl i håndbogen: 3.4 Behandlingsgarantien"]
    assert "Side: retningslinjer/3-4/" in query["body"][0]


def test_url_target_fills_in_page_and_title():
    href = feedback_href("https://example.org/fejl?side={side}&titel={titel}", "Æ & Ø", "love/sel-101/")
    assert href == "https://example.org/fejl?side=love%2Fsel-101%2F&titel=%C3%86%20%26%20%C3%98"
    assert feedback_href("https://example.org/fejl", "x", "y") == "https://example.org/fejl"


def test_no_target_no_link():
    assert feedback_href("", "x", "y") is None and feedback_href(None, "x", "y") is None


def test_every_page_has_the_link_and_no_analytics(site):
    target = configured_target()
    assert target.startswith(("mailto:", "https://"))
    for page in site_pages(site):
        html = (site / page / "index.html" if page.endswith("/") or page == "" else site / page).read_text(encoding="utf-8")
        found = re.findall(r'<aside class="handbook-feedback"[^>]*>.*?href="([^"]+)"[^>]*>([^<]+)</a>', html, re.S)
        assert len(found) == 1, f"{page or 'index'}: expected one 'Meld en fejl' link"
        href, text = found[0]
        assert text == LINK_TEXT and href.startswith(target.split("?")[0]), page
        assert "md-feedback" not in html and "gtag(" not in html and "googletagmanager" not in html, page
