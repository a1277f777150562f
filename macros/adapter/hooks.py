"""MkDocs hooks: a thin adapter that loads the model, adds the generated pages and enriches the search index."""

from __future__ import annotations

import sys

from mkdocs.exceptions import PluginError
from mkdocs.plugins import CombinedEvent, event_priority
from mkdocs.structure.files import File


def _fresh_package() -> None:
    """Drop cached macros modules: `mkdocs serve` then runs edited macros/*.py on each rebuild."""
    for name in [m for m in sys.modules if m == "macros" or m.startswith("macros.")]:
        del sys.modules[name]


@event_priority(100)  # before the macros plugin, so bad settings or data stop the build with our message
def on_config(config):
    """Check the settings and load the data once; set the navigation from them."""
    _fresh_package()
    from macros.adapter.state import handbook_for, overlay_for, settings_for
    from macros.core.links import FEED
    from macros.editors.guide import check_texts
    from macros.model.load import DataError
    from macros.model.overlay import template_context
    from macros.model.settings import SettingsError
    from macros.render.local import local_label
    from macros.site.navigation import build_nav
    from macros.site.offline import zip_polyfills

    try:
        settings = settings_for(config)
    except SettingsError as error:
        raise PluginError("Setting error(s):\n" + str(error)) from None
    try:
        hb = handbook_for(config)
        overlay = overlay_for(config)
        check_texts()  # the editors' guide's field descriptions and error explanations (macros/editors/*.yml)
    except DataError as error:
        raise PluginError("Data error(s):\n" + str(error)) from None
    if settings.site_url:
        config["site_url"] = settings.site_url if settings.site_url.endswith("/") else settings.site_url + "/"
    config["nav"] = build_nav(hb, local_label(overlay) if overlay else None, settings.nav_guidelines_limit)
    config["extra"]["handbook_local"] = template_context(overlay)
    config["extra"]["feed"] = FEED  # every page's head links the Atom feed of content changes
    # HANDBOOK_ZIP turns on Material's offline plugin (file:// links, inlined search index) before its own on_config;
    # then a local polyfill, not the plugin's CDN one, keeps file:// search offline
    offline = [p for name, p in config["plugins"].items() if name.endswith("offline")]
    for plugin in offline:
        plugin.config.enabled = plugin.config.enabled or settings.zip_build
    config["extra"]["zip_build"] = any(p.config.enabled for p in offline)
    config["extra"]["polyfills"] = zip_polyfills(config["extra"].get("polyfills"), config["extra"]["zip_build"])
    return config


def on_files(files, config):
    """Add one generated page per record."""
    from mkdocs.structure.files import InclusionLevel

    from macros.adapter.state import build_info_for, handbook_for, overlay_file, overlay_for
    from macros.core.links import FEED
    from macros.model.overlay import logo_site_path
    from macros.site.export import export_files
    from macros.site.feed import render_feed
    from macros.site.graphviz import GraphvizError
    from macros.site.navigation import INTRODUCTION, guidelines_not_in_nav
    from macros.site.pages import generated_pages

    hb, overlay = handbook_for(config), overlay_for(config)
    info = build_info_for(config)  # edition date and the data files' git history (empty without git)
    # the print page includes the hand-written introduction, read here so the renderer stays pure
    narrative = tuple(
        (title, path, _introduction_markdown(config, files.get_file_from_path(path)))
        for entry in INTRODUCTION for title, path in entry.items() if files.get_file_from_path(path)
    )
    try:
        pages = generated_pages(
            hb, use_directory_urls=config["use_directory_urls"], overlay=overlay, narrative=narrative, info=info
        )
    except GraphvizError as error:
        raise PluginError(f"Flow diagrams: {error}") from None
    hidden = guidelines_not_in_nav(hb, config["nav"])  # a large dataset's compact nav: no omitted-page warning
    for path, content in pages.items():
        if files.get_file_from_path(path) is not None:
            raise PluginError(f"docs/{path} exists but is generated from data; delete docs/{path}")
        inclusion = InclusionLevel.NOT_IN_NAV if path in hidden else InclusionLevel.UNDEFINED
        files.append(File.generated(config, path, content=content, inclusion=inclusion))
    # open data beside the pages: MkDocs writes and serves them, and checks links to them
    documented = frozenset(f.src_uri for f in files.documentation_pages())
    for path, content in export_files(hb, info, documented, config["use_directory_urls"]).items():
        files.append(File.generated(config, path, content=content))
    feed = render_feed(hb, info, config["site_name"], config.get("site_url") or "", config["use_directory_urls"], overlay)
    files.append(File.generated(config, FEED, content=feed))
    if overlay is not None and overlay.logo:
        logo = overlay_file(config).parent / overlay.logo
        files.append(File.generated(config, logo_site_path(overlay), abs_src_path=str(logo)))
    return files


def _introduction_markdown(config, file) -> str:
    """A hand-written page's Markdown for the print page, its own macros rendered here: the print page itself is
    never rendered by Jinja, so text from data can never run as a template there."""
    from mkdocs.utils.meta import get_data

    markdown, meta = get_data(file.content_string)
    return _macros_rendered(config, file, markdown, meta, {})


def _macros_rendered(config, file, markdown: str, meta: dict, variables: dict) -> str:
    """A docs page's Markdown with its macros rendered (if it opts in); a template error names file and line."""
    from macros.adapter.page_macros import TemplateProblem, render_page_macros

    plugin = config["plugins"].get("macros")
    if plugin is None or meta.get("render_macros") is not True:
        return markdown
    source = file.content_string  # the line the editor sees counts the front matter above the Markdown
    offset = source[: len(source) - len(markdown)].count("\n") if source.endswith(markdown) else 0
    try:
        return render_page_macros(plugin.env, markdown, {**plugin.variables, **variables, **meta},
                                  f"docs/{file.src_uri}", offset)
    except TemplateProblem as error:
        raise PluginError(str(error)) from None


@event_priority(-50)  # after the search plugin writes its index (0), before the offline plugin inlines it (-100)
def _enrich_search_index(config):
    """Add an entry per direction and the extra search words to search/search_index.json; write search/words.js."""
    import json
    from pathlib import Path

    from macros.adapter.state import handbook_for
    from macros.site.search_index import enrich
    from macros.site.search_words import WORDS_FILE, words_script

    site = Path(config["site_dir"])
    path = site / "search" / "search_index.json"
    if path.is_file():
        hb = handbook_for(config)
        index = enrich(json.loads(path.read_text(encoding="utf-8")), hb, config["use_directory_urls"])
        path.write_text(json.dumps(index, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")
        # the word list the search box's help loads when search is first used (the search section of docs/assets/handbook.js)
        (site / WORDS_FILE).write_text(words_script(index, hb, config["use_directory_urls"]), encoding="utf-8")


@event_priority(-150)  # after the offline plugin (-100), before the service worker hashes the files (-200)
def _drop_cdn_addresses(config):
    """Point the theme script's two CDN addresses at about:blank (macros/site/offline.py)."""
    from pathlib import Path

    from macros.site.offline import drop_cdn_addresses

    drop_cdn_addresses(Path(config["site_dir"]))


@event_priority(-200)  # after every plugin has written its files (search index, offline copy)
def _write_service_worker(config):
    """Write the service worker, versioned by a hash of every file it caches."""
    from pathlib import Path

    from macros.site.offline import write_service_worker

    search = [p for name, p in config["plugins"].items() if name.endswith("search")]
    write_service_worker(Path(config["site_dir"]), search[0].config.lang if search else ["en"])


on_post_build = CombinedEvent(_enrich_search_index, _drop_cdn_addresses, _write_service_worker)


def on_env(env, config, files):
    """Give the templates the 'Meld en fejl' link builder (overrides/partials/feedback.html)."""
    from macros.adapter.feedback import feedback_href

    env.filters["feedback_href"] = feedback_href
    return env


def on_page_context(context, page, config, nav):
    """Give the page template the tools' script if the page has a tool (macros/site/page_assets.py)."""
    from macros.site.page_assets import page_scripts

    context["page_scripts"] = page_scripts(page.content or "")
    return context


@event_priority(10)  # before the macros plugin, which would end a template error in a traceback
def _render_page_macros(markdown, page, config, files):
    """Render an opted-in docs page's macros here, so that a template error names the file and line."""
    from copy import copy

    if page.meta.get("render_macros") is not True:
        return markdown
    rendered = _macros_rendered(config, page.file, markdown, page.meta, {"page": copy(page)})
    page.meta["render_macros"] = False  # rendered once: the macros plugin leaves the page as it is
    return rendered


def _append_abbreviations(markdown, page, config, files):
    """Append the glossary's abbreviations so every use gets an inline explanation (abbr)."""
    from macros.adapter.state import handbook_for
    from macros.render.glossary import abbreviation_definitions

    definitions = abbreviation_definitions(handbook_for(config))
    return f"{markdown}\n\n{definitions}\n" if definitions else markdown


on_page_markdown = CombinedEvent(_render_page_macros, _append_abbreviations)


@event_priority(-100)  # after other plugins have changed the page
def on_post_page(output, page, config):
    """Drop the templates' indentation: smaller pages for readers on phones (benchmarks/REPORT.md)."""
    from macros.site.html_compact import compact_html

    return compact_html(output)
