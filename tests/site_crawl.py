"""Read a built site without a browser: every page's ids and every URL it references (for the link crawl)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urljoin, urlsplit

# attributes that make the browser fetch something when the page loads (as opposed to a link it may follow)
RESOURCE_ATTRS = {("script", "src"), ("img", "src"), ("iframe", "src"), ("source", "src"), ("audio", "src"),
                  ("video", "src"), ("video", "poster"), ("embed", "src"), ("object", "data"), ("input", "src"),
                  ("track", "src"), ("image", "href"), ("use", "href"), ("image", "xlink:href"), ("use", "xlink:href")}
# <link rel=…> values whose href the browser loads by itself
LOADED_RELS = {"stylesheet", "icon", "apple-touch-icon", "manifest", "preload", "modulepreload", "prefetch", "mask-icon"}
NOT_FETCHED = ("mailto:", "tel:", "javascript:", "data:", "blob:", "about:")
CSS_URL = re.compile(r"url\(\s*['\"]?([^'\")]+)['\"]?\s*\)")


@dataclass
class Reference:
    """One URL in a page: where it is, the raw value, and whether loading the page fetches it."""

    page: str
    tag: str
    url: str
    loaded: bool


@dataclass
class Page:
    """What the crawl needs from one HTML file."""

    ids: set[str] = field(default_factory=set)
    references: list[Reference] = field(default_factory=list)


class _Parser(HTMLParser):
    def __init__(self, page: str):
        super().__init__(convert_charrefs=True)
        self.result = Page()
        self.page = page

    def handle_starttag(self, tag, attrs):
        values = dict(attrs)
        if values.get("id"):
            self.result.ids.add(values["id"])
        if tag == "a" and values.get("name"):
            self.result.ids.add(values["name"])
        refs = self.result.references
        if tag in ("a", "area") and values.get("href") is not None:
            refs.append(Reference(self.page, tag, values["href"], loaded=False))
        elif tag == "link" and values.get("href"):
            rels = set((values.get("rel") or "").lower().split())
            refs.append(Reference(self.page, f"link[rel={values.get('rel')}]", values["href"], loaded=bool(rels & LOADED_RELS)))
        elif tag == "form" and values.get("action"):
            refs.append(Reference(self.page, tag, values["action"], loaded=False))
        for name, value in attrs:
            if (tag, name) in RESOURCE_ATTRS and value:
                refs.append(Reference(self.page, f"{tag}[{name}]", value, loaded=True))
            elif name == "srcset" and value:
                for candidate in value.split(","):
                    if candidate.strip():
                        refs.append(Reference(self.page, f"{tag}[srcset]", candidate.split()[0], loaded=True))
            elif name == "style" and value:
                refs.extend(Reference(self.page, f"{tag}[style]", u, loaded=True) for u in CSS_URL.findall(value))


def parse_page(html: str, page: str) -> Page:
    """Ids and references of one HTML document (page: its path in the site, for messages)."""
    parser = _Parser(page)
    parser.feed(html)
    return parser.result


def css_references(css: str, path: str) -> list[Reference]:
    """url(…) references in a stylesheet: fonts and images the browser loads with it."""
    return [Reference(path, "css url()", u, loaded=True) for u in CSS_URL.findall(css)]


def is_external(url: str) -> bool:
    """True for an absolute http(s) or protocol-relative URL."""
    return urlsplit(url).scheme in ("http", "https") or url.startswith("//")


def is_checked(url: str) -> bool:
    """True for a URL inside the site that the crawl must resolve."""
    return not is_external(url) and not url.lower().startswith(NOT_FETCHED)


def resolve(site_dir: Path, page: str, url: str) -> tuple[Path | None, str]:
    """The file an internal URL from `page` (path relative to the site root) points at, and its fragment.

    A directory URL resolves to its index.html; the file is None when nothing on disk matches."""
    absolute = urljoin("http://site/" + page, url)
    parts = urlsplit(absolute)
    target = unquote(parts.path).lstrip("/")
    candidate = site_dir / target
    if candidate.is_dir():
        candidate = candidate / "index.html"
    return (candidate if candidate.is_file() else None), unquote(parts.fragment)
