"""The one escaping policy: every data string is escaped for the context it lands in.

Plain-text fields (titles, names, labels) go through these functions wherever they are shown. Markdown fields
(texts, descriptions) are checked at load instead (macros/model/records.py refuses raw HTML in them) and are written as is.
"""

from __future__ import annotations

import html
import json
import re
from functools import lru_cache

import yaml

try:  # libyaml's emitter writes the same YAML many times faster; fall back only where libyaml is missing
    from yaml import CSafeDumper as YamlDumper
except ImportError:  # pragma: no cover
    from yaml import SafeDumper as YamlDumper

# Characters that start Markdown or HTML markup anywhere in a line: emphasis, code, links, raw HTML, entities,
# escapes, table cells, attribute lists, and '#' (a trailing one would close an ATX heading). Written as numeric
# character references, they survive every Markdown extension and show as themselves.
_MD_INLINE = re.compile(r"[\\`*_\[\]<>&|{}#\"'~^=$]")
# Markup that only counts at the start of a line: lists ('- ', '1. '), quotes, definition lists, admonitions and
# rules ('---'); '4.3 Tema' or '-a' start nothing and stay as they are.
_MD_LINE_START = re.compile(r"^(\s*)(>|!!!|[-+:](?=\s|$)|-(?=[-\s]*$)|\d+(?=[.)](?:\s|$)))")


def _reference(match: re.Match) -> str:
    return f"&#{ord(match.group(0))};"


@lru_cache(maxsize=65536, typed=True)  # the same titles, names and labels are escaped for many pages
def md_text(text: str) -> str:
    """Plain text as inline Markdown that shows literally (one line; markup characters as references)."""
    one_line = " ".join(str(text).split())
    escaped = _MD_INLINE.sub(_reference, one_line)
    # a leading '-', '1.' or '>' would start a list or a quote wherever this text starts a line
    start = _MD_LINE_START.match(escaped)
    if start is None:
        return escaped
    return start.group(1) + "".join(f"&#{ord(c)};" for c in start.group(2)) + escaped[start.end():]


def md_cell(text: str) -> str:
    """Plain text for one Markdown table cell (md_text escapes '|' too)."""
    return md_text(text)


def html_text(text: str) -> str:
    """Plain text inside an HTML element."""
    return html.escape(str(text), quote=False)


def html_attr(text: str) -> str:
    """Plain text inside a double-quoted HTML attribute value."""
    return html.escape(str(text), quote=True)


def md_attr(text: str) -> str:
    """Plain text in an attribute of an HTML element inside Markdown (md_in_html: the element or a parent has a
    markdown attribute). Python-Markdown reads such attributes once and writes them back leaving '&…;' as it is,
    so the text is escaped twice to arrive escaped once ('&amp;' in data must not become '&')."""
    return html_attr(html_attr(text))


def tooltip(text: str) -> str:
    """Plain text for a link's or an abbreviation's title: the theme's tooltips (content.tooltips) insert the title
    as HTML, so it is escaped as HTML text here; escape the result again for where the title is written."""
    return html_text(" ".join(str(text).split()))


def page_title(text: str) -> str:
    """A page or navigation title: MkDocs and the theme treat titles as HTML, so the text is escaped once."""
    return html.escape(" ".join(str(text).split()), quote=False)


def front_matter(meta: dict) -> str:
    """A page's YAML front matter, written by the serialiser (never by string formatting)."""
    body = yaml.dump(meta, Dumper=YamlDumper, allow_unicode=True, sort_keys=False, width=10**6, default_flow_style=False)
    return f"---\n{body}---\n"


def dot_string(text: str) -> str:
    """Plain text as a quoted Graphviz label: Graphviz reads backslash escapes and HTML entities in labels."""
    escaped = html.escape(" ".join(str(text).split()), quote=False).replace("\\", "\\\\").replace('"', '\\"')
    return f'"{escaped}"'


def json_text(value) -> str:
    """A value as JSON text for a data attribute or a file (ensure_ascii keeps '<' harmless in <script>)."""
    return json.dumps(value, ensure_ascii=False, separators=(",", ":")).replace("<", "\\u003c")
