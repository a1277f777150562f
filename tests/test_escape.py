"""macros/core/escape.py: each function, run through the real consumer (Markdown with the site's extensions, an HTML
parser, MkDocs's front matter reader, YAML, JSON, Graphviz), shows hostile text literally."""

from __future__ import annotations

import functools
import html
import json
import subprocess
from html.parser import HTMLParser

import markdown
import pytest
import yaml
from mkdocs.config import load_config
from mkdocs.utils.meta import get_data

from macros.core.escape import (
    dot_string,
    front_matter,
    html_attr,
    html_text,
    json_text,
    md_attr,
    md_cell,
    md_text,
    page_title,
    tooltip,
)
from tests.conftest import REPO

HOSTILE = [
    '"', "'", "\\", "<script>alert(1)</script>", "&amp;", "&lt;b&gt;", "{{ x }}", "{% x %}", ": ", "#", "*_", "|",
    "x" * 2000, "שלום עולם", "مرحبا", "🙂🇩🇰", "`code`", "[link](x.md)", "![img](x.png)", "<!-- c -->",
    "{: .klasse }", "a *b* _c_ **d**", "~~s~~ ^t^ ==m==", "$x$", "- list", "1. list", "2) list", "> quote",
    "+ list", ": definition", "!!! note", "# heading #", "Titel ###", "a  \n  b", "---", "===", "\\*not\\*",
]
NORMAL = " ".join  # the functions fold white space into single spaces


def _fold(text: str) -> str:
    return NORMAL(text.split())


@functools.cache
def _markdown() -> markdown.Markdown:
    """A Markdown converter with the site's own extensions and their settings (mkdocs.yml)."""
    config = load_config(str(REPO / "mkdocs.yml"))
    return markdown.Markdown(extensions=config["markdown_extensions"], extension_configs=config["mdx_configs"])


def _html(source: str) -> str:
    md = _markdown()
    md.reset()
    return md.convert(source)


class _Reader(HTMLParser):
    """Text (outside <script>) and attributes of an HTML fragment, the way a browser decodes them."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.text, self.attrs, self.tags, self._script = [], {}, [], 0

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        self._script += tag == "script"
        self.attrs.update({f"{tag}.{k}": v for k, v in attrs})

    def handle_endtag(self, tag):
        self._script -= tag == "script" and self._script > 0

    def handle_data(self, data):
        if not self._script:
            self.text.append(data)


def _read(fragment: str) -> _Reader:
    reader = _Reader()
    reader.feed(fragment)
    reader.close()
    return reader


def _text(fragment: str) -> str:
    return _fold("".join(_read(fragment).text)).removesuffix("¶").strip()


@pytest.mark.parametrize("text", HOSTILE)
@pytest.mark.parametrize("place", [
    "{}",  # a paragraph
    "# {}",  # a heading
    "## Kapitel 2: {} {{ #fast-anker }}",  # a heading with an attribute list after the text
    "- {}",  # a list item
    "[{}](side.md)",  # link text
    "**{}**",  # bold label
    '<div class="box" markdown>\n\n{}\n\n</div>',  # inside an md_in_html block
    '<span class="x">{}</span>',  # raw inline HTML
])
def test_md_text_shows_literally(text, place):
    rendered, plain = _html(place.format(md_text(text))), _html(place.format("ORD"))
    assert _text(rendered) == _text(plain).replace("ORD", _fold(text))
    new_tags = set(_read(rendered).tags) - set(_read(plain).tags)
    assert not new_tags, rendered


@pytest.mark.parametrize("text", HOSTILE)
def test_md_cell_keeps_a_table_row_whole(text):
    rendered = _html(f"| A | B |\n|---|---|\n| {md_cell(text)} | slut |\n")
    cells = rendered.split("<td>")[1:]
    assert len(cells) == 2, rendered
    assert _text("<td>" + cells[0]) == _fold(text)
    assert _text("<td>" + cells[1]) == "slut"


@pytest.mark.parametrize("text", HOSTILE)
def test_md_text_in_a_link_title_shows_literally(text):
    rendered = _html(f'[3.4](side.md "{md_text(text)}")')
    assert _read(rendered).attrs["a.title"] == _fold(text)


@pytest.mark.parametrize("text", HOSTILE)
def test_a_tooltip_title_is_html_that_shows_the_text(text):
    # the theme inserts a link's or an abbreviation's title as HTML (content.tooltips)
    for source in (f'[3.4](side.md "{md_text(tooltip(text))}")', f"SEL\n\n*[SEL]: {html_attr(tooltip(text))}"):
        reader = _read(_html(source))
        title = reader.attrs.get("a.title", reader.attrs.get("abbr.title"))
        assert "<" not in title
        assert _fold("".join(_read(title).text)) == _fold(text)


@pytest.mark.parametrize("text", HOSTILE)
def test_html_text_and_attr_read_back_as_the_text(text):
    reader = _read(f'<p data-x="{html_attr(text)}" title="{html_attr(text)}">{html_text(text)}</p>')
    assert reader.attrs["p.data-x"] == reader.attrs["p.title"] == text
    assert "".join(reader.text) == text
    assert "script" not in reader.tags


@pytest.mark.parametrize("text", HOSTILE)
def test_md_attr_survives_markdown_reading_the_element(text):
    # an element with a markdown attribute (or inside one) has its attributes read and written again
    rendered = _html(f'<div class="d" data-x="{md_attr(text)}" markdown>\n\n<p data-y="{md_attr(text)}">t</p>\n\n</div>')
    reader = _read(rendered)
    assert reader.attrs["div.data-x"] == reader.attrs["p.data-y"] == text


def test_html_attr_alone_loses_a_level_inside_markdown():
    """Why md_attr exists: Python-Markdown writes '&amp;' back as it is, so the browser shows '&'."""
    rendered = _html(f'<div data-x="{html_attr("&amp;")}" markdown>\n\nt\n\n</div>')
    assert _read(rendered).attrs["div.data-x"] == "&"


@pytest.mark.parametrize("text", HOSTILE)
def test_page_title_is_html_that_shows_the_text(text):
    title = page_title(text)
    assert "<" not in title and ">" not in title
    assert html.unescape(title) == _fold(text)
    # the theme prints the title raw into <title> and the nav
    assert _fold("".join(_read(f"<title>{title}</title>").text)) == _fold(text)


@pytest.mark.parametrize("text", HOSTILE)
def test_front_matter_reads_back_in_mkdocs(text):
    meta = {"title": page_title(f"Princip 1: {text}"), "search": {"exclude": True}, "hide": ["toc"]}
    page = front_matter(meta) + "\n# Overskrift\n\nBrødtekst.\n"
    body, read = get_data(page)
    assert read == meta
    assert body.strip().startswith("# Overskrift")
    assert yaml.safe_load(page.split("---\n")[1]) == meta


@pytest.mark.parametrize("value", [*HOSTILE, {"a": HOSTILE}, ["</script>", "<!--"]])
def test_json_text_round_trips_and_never_closes_a_script(value):
    text = json_text(value)
    assert json.loads(text) == value
    assert "<" not in text


def test_dot_string_labels_show_literally_in_graphviz():
    texts = [t for t in HOSTILE if len(t) < 100] + ["\\N \\G \\n \\l", 'slut\\', '"']
    # labels only: Graphviz expands \\N in a tooltip even when escaped (flow_diagram.py replaces the backslash there)
    nodes = "\n".join(f"  n{i} [label={dot_string(t)}];" for i, t in enumerate(texts))
    svg = subprocess.run(["dot", "-Tsvg"], input=f"digraph g {{\n{nodes}\n}}\n", capture_output=True, text=True,
                         check=True).stdout

    class Labels(HTMLParser):
        def __init__(self):
            super().__init__(convert_charrefs=True)
            self.labels, self._in = [], False

        def handle_starttag(self, tag, attrs):
            self._in = tag == "text"

        def handle_endtag(self, tag):
            self._in = False

        def handle_data(self, data):
            if self._in:
                self.labels.append(data)

    parsed = Labels()
    parsed.feed(svg)
    assert [_fold(x) for x in parsed.labels] == [_fold(t) for t in texts]
