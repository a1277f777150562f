"""Plain MkDocs baseline: the same pages built without the handbook plugin, to measure its overhead.

`plain_mkdocs.py dump DUMP` runs the real build (of data/, or of $HANDBOOK_DATA) up to the point where every
page's final Markdown is known (after the handbook plugin has rendered its macros and added its pages) and saves it, with its
front matter, and the nav; it skips turning the pages into HTML, which the dump does not need. `plain_mkdocs.py build DUMP SITE`
then builds those pages with Material and the same Markdown extensions, search and assets, and nothing of
ours: what is left of the real build time is the price of loading, validating and rendering the data."""

from __future__ import annotations

import io
import json
import shutil
import sys
from pathlib import Path

import yaml
from mkdocs.commands.build import build
from mkdocs.config import load_config
from mkdocs.plugins import BasePlugin, event_priority
from mkdocs.structure.pages import Page
from mkdocs.utils.yaml import yaml_load

REPO = Path(__file__).resolve().parents[1]


class _Dumped(Exception):
    """Every page's Markdown is saved: the rest of the build is not needed."""


class _Dump(BasePlugin):
    """Writes each page's final Markdown and the nav into a folder."""

    def __init__(self, dest: Path):
        super().__init__()
        self.dest = dest

    @event_priority(-1000)  # after the handbook plugin
    def on_page_markdown(self, markdown, page, config, files):
        target = self.dest / "docs" / page.file.src_uri
        target.parent.mkdir(parents=True, exist_ok=True)
        # the page's front matter too: its title, and what it leaves out (the print page is not searched)
        meta = f"---\n{yaml.safe_dump(page.meta, allow_unicode=True, sort_keys=False)}---\n" if page.meta else ""
        target.write_text(meta + markdown, encoding="utf-8")
        return markdown

    @event_priority(1000)  # MkDocs runs on_env once every page has its Markdown, before any page is written
    def on_env(self, env, config, files):
        (self.dest / "nav.json").write_text(json.dumps(config["nav"], ensure_ascii=False), encoding="utf-8")
        raise _Dumped


def _no_html(page, config, files) -> None:
    page.content = ""


def dump(site_dir: Path, dest: Path) -> None:
    """Run the real build until every page has its final Markdown; save it, the assets and the nav under dest."""
    shutil.copytree(REPO / "docs", dest / "docs", ignore=shutil.ignore_patterns("*.md"))
    config = load_config(str(REPO / "mkdocs.yml"), site_dir=str(site_dir))
    config.plugins["bench-dump"] = _Dump(dest)
    Page.render = _no_html  # the pages' HTML is not needed (this process only dumps)
    try:
        build(config)
    except _Dumped:
        return
    raise RuntimeError("the build ended without reaching on_env: nothing dumped")


def plain_config(dumped: Path, site_dir: Path):
    """A config with Material, our Markdown extensions, search and assets: no handbook plugin, no overrides."""
    real = yaml_load((REPO / "mkdocs.yml").read_text(encoding="utf-8"))
    theme = {k: v for k, v in real["theme"].items() if k != "custom_dir"}  # the overrides read the plugin's data
    search = next(p for p in real["plugins"] if isinstance(p, dict) and "search" in p)
    return load_config(
        io.StringIO(f"site_name: {json.dumps(real['site_name'])}\n"),
        docs_dir=str(dumped / "docs"), site_dir=str(site_dir), theme=theme,
        nav=json.loads((dumped / "nav.json").read_text(encoding="utf-8")),
        markdown_extensions=real["markdown_extensions"], plugins=[search],
        extra_css=real.get("extra_css", []), extra_javascript=real.get("extra_javascript", []),
        use_directory_urls=real.get("use_directory_urls", True),
        validation={"nav": {"omitted_files": "ignore", "not_found": "ignore"},
                    "links": {"not_found": "ignore", "anchors": "ignore", "unrecognized_links": "ignore"}},
    )


if __name__ == "__main__":
    # separate processes, as the real builds run
    if sys.argv[1] == "dump":
        dump(Path(sys.argv[2]) / "site", Path(sys.argv[2]))
    else:
        build(plain_config(Path(sys.argv[2]), Path(sys.argv[3])))
