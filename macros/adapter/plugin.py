"""The one adapter between the handbook and MkDocs: a local plugin (`- handbook` in mkdocs.yml).

It loads this build's state once (adapter/state.py), turns the generated page values into MkDocs files with
serialised front matter, and after the build adds the pages' own search entries, the search words and the service
worker. Everything else happens in the layers below, which never import MkDocs.
"""

from __future__ import annotations

import gc
import json
from contextlib import contextmanager
from copy import copy
from pathlib import Path

from jinja2 import Environment, StrictUndefined
from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin, CombinedEvent, event_priority
from mkdocs.structure.files import File, Files, InclusionLevel
from mkdocs.utils.meta import get_data

from macros.adapter.feedback import feedback_href
from macros.adapter.macro_functions import register
from macros.adapter.page_macros import TemplateProblem, render_page_macros
from macros.adapter.state import BuildState, load_state
from macros.core import links
from macros.core.escape import front_matter, page_title
from macros.editors.guide import check_texts
from macros.model.load import DataError
from macros.model.overlay import logo_site_path, template_context
from macros.model.settings import SettingsError
from macros.render.glossary import abbreviation_definitions
from macros.render.local import local_label
from macros.render.page import Page
from macros.render.texts import TextsError
from macros.site.export import export_files
from macros.site.feed import render_feed
from macros.site.graphviz import GraphvizError
from macros.site.html_compact import compact_html
from macros.site.navigation import INTRODUCTION, build_nav, guidelines_not_in_nav, reading_order
from macros.site.offline import drop_cdn_addresses, write_service_worker, zip_polyfills
from macros.site.pages import generated_pages, pages_without_data
from macros.site.search_index import enrich
from macros.site.search_words import WORDS_FILE, words_script


@contextmanager
def collector_paused():
    """Run a step of ours without the garbage collector: its collections would scan the step's many new objects, and
    every so often all other objects too, while the step leaves almost no garbage that only a collection can free."""
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


def page_file_text(page: Page) -> str:
    """A generated page as a Markdown file: its front matter written by the serialiser, then its body."""
    return front_matter({"title": page_title(page.title), **page.meta}) + page.body


class HandbookPlugin(BasePlugin):
    """Builds the handbook's pages from data/ and finishes the site (search words, offline copy)."""

    state: BuildState | None = None
    templates: Environment  # renders the macros of the hand-written pages that opt in (`render_macros: true`)
    variables: dict  # what those pages' macros can name: the config and the macros (macro_functions.py)

    @event_priority(100)  # before the macros plugin, so bad settings or data stop the build with our message
    def on_config(self, config):
        """Check the settings and load the data once; set the navigation from them."""
        try:
            with collector_paused():
                self.state = state = load_state(config)
                check_texts()  # the editors' guide's field descriptions and error explanations (macros/editors/*.yml)
        except SettingsError as error:
            raise PluginError("Setting error(s):\n" + str(error)) from None
        except DataError as error:
            raise PluginError("Data error(s):\n" + str(error)) from None
        except TextsError as error:
            raise PluginError("Text error(s):\n" + str(error)) from None
        self.templates = Environment(undefined=StrictUndefined)  # an undefined name is an error, never ''
        self.variables = {"config": config, **register(state)}
        settings, overlay = state.settings, state.overlay
        if settings.site_url:
            config["site_url"] = settings.site_url if settings.site_url.endswith("/") else settings.site_url + "/"
        config["nav"] = build_nav(state.handbook, local_label(overlay) if overlay else None, settings.nav_guidelines_limit)
        config["extra"]["handbook_local"] = template_context(overlay)
        config["extra"]["feed"] = links.FEED  # every page's head links the Atom feed of content changes
        # HANDBOOK_ZIP turns on Material's offline plugin (file:// links, inlined search index) before its own
        # on_config; then a local polyfill, not the plugin's CDN one, keeps file:// search offline
        offline = [p for name, p in config["plugins"].items() if name.endswith("offline")]
        for plugin in offline:
            plugin.config.enabled = plugin.config.enabled or settings.zip_build
        config["extra"]["zip_build"] = any(p.config.enabled for p in offline)
        config["extra"]["polyfills"] = zip_polyfills(config["extra"].get("polyfills"), config["extra"]["zip_build"])
        # the model lives until the build ends: frozen, the garbage collector stops scanning it again at each of the
        # thousands of collections the pages' short-lived objects set off (unfrozen when the build ends)
        gc.freeze()
        return config

    def on_files(self, files, config):
        """Add one generated page per record, the open data, the feed and the overlay's logo."""
        with collector_paused():
            files = self._add_files(files, config)
        gc.freeze()  # the generated pages live until the build ends, like the model
        return files

    def _add_files(self, files, config):
        """on_files's work: the files with the generated pages, the open data, the feed and the logo added."""
        state = self.state
        hb, overlay = state.handbook, state.overlay
        # the print page includes the hand-written introduction, read here so the renderer stays pure
        narrative = tuple(
            (title, path, self._introduction_markdown(files.get_file_from_path(path)))
            for entry in INTRODUCTION for title, path in entry.items() if files.get_file_from_path(path)
        )
        try:
            state.pages = generated_pages(hb, config["use_directory_urls"], overlay=overlay, narrative=narrative,
                                          info=state.info, texts=state.texts)
        except GraphvizError as error:
            raise PluginError(f"Flow diagrams: {error}") from None
        hidden = guidelines_not_in_nav(hb, config["nav"])  # a large dataset's compact nav: no omitted-page warning
        for path, page in state.pages.items():
            if files.get_file_from_path(path) is not None:
                raise PluginError(f"docs/{path} exists but is generated from data; delete docs/{path}")
            inclusion = InclusionLevel.NOT_IN_NAV if path in hidden else InclusionLevel.UNDEFINED
            files.append(File.generated(config, path, content=page_file_text(page), inclusion=inclusion))
        for path in pages_without_data(hb):  # a hand-written overview of data this dataset lacks
            file = files.get_file_from_path(path)
            if file is not None:
                files.remove(file)
        # open data beside the pages: MkDocs writes and serves them, and checks links to them
        state.documented = documented = frozenset(f.src_uri for f in files.documentation_pages())
        for path, content in export_files(hb, state.info, documented, config["use_directory_urls"], state.texts).items():
            files.append(File.generated(config, path, content=content))
        feed = render_feed(hb, state.info, config["site_name"], config.get("site_url") or "",
                           config["use_directory_urls"], overlay, state.texts)
        files.append(File.generated(config, links.FEED, content=feed))
        if overlay is not None and overlay.logo:
            logo = state.overlay_path.parent / overlay.logo
            files.append(File.generated(config, logo_site_path(overlay), abs_src_path=str(logo)))
        # pages build in reading order, so the search index lists them in it (hand-written and generated pages mixed
        # as in the nav); similar pages side by side also keep the gzipped index small (tests/test_search_index.py)
        order = {path: n for n, path in enumerate(reading_order(config["nav"]))}
        return Files(sorted(files, key=lambda f: order.get(f.src_uri, len(order))))

    def _introduction_markdown(self, file) -> str:
        """A hand-written page's Markdown for the print page, its own macros rendered here: the print page itself
        is never rendered by Jinja, so text from data can never run as a template there."""
        markdown, meta = get_data(file.content_string)
        return self._macros_rendered(file, markdown, meta, {})

    def _macros_rendered(self, file, markdown: str, meta: dict, variables: dict) -> str:
        """A docs page's Markdown with its macros rendered (if it opts in); a template error names file and line."""
        if meta.get("render_macros") is not True:
            return markdown
        source = file.content_string  # the line the editor sees counts the front matter above the Markdown
        offset = source[: len(source) - len(markdown)].count("\n") if source.endswith(markdown) else 0
        try:
            return render_page_macros(self.templates, markdown, {**self.variables, **variables, **meta},
                                      f"docs/{file.src_uri}", offset)
        except TemplateProblem as error:
            raise PluginError(str(error)) from None

    @event_priority(10)  # before other plugins see the page's Markdown
    def _render_page_macros(self, markdown, page, config, files):
        """Render an opted-in docs page's macros (a template error names the file and line)."""
        return self._macros_rendered(page.file, markdown, page.meta, {"page": copy(page)})

    def _append_abbreviations(self, markdown, page, config, files):
        """Append the glossary's abbreviations so every use gets an inline explanation (abbr)."""
        if self.state.abbreviations is None:  # the same for every page: written once per build
            self.state.abbreviations = abbreviation_definitions(self.state.handbook)
        definitions = self.state.abbreviations
        return f"{markdown}\n\n{definitions}\n" if definitions else markdown

    on_page_markdown = CombinedEvent(_render_page_macros, _append_abbreviations)

    def on_env(self, env, config, files):
        """Give the templates the 'Meld en fejl' link builder (overrides/partials/feedback.html)."""
        env.filters["feedback_href"] = feedback_href
        return env

    def on_page_context(self, context, page, config, nav):
        """Give the page template the scripts its generated page needs beyond those every page loads."""
        generated = self.state.pages.get(page.file.src_uri)
        assets = generated.assets if generated else self.state.page_assets.get(page.file.src_uri, ())
        context["page_scripts"] = sorted(assets)
        return context

    @event_priority(-100)  # after other plugins have changed the page
    def on_post_page(self, output, page, config):
        """Drop the templates' indentation: smaller pages for readers on phones (benchmarks/REPORT.md)."""
        return compact_html(output)

    @event_priority(-50)  # after the search plugin writes its index (0), before the offline plugin inlines it (-100)
    def _enrich_search_index(self, config):
        """Add the pages' own entries (one per direction) and the extra search words; write search/words.js."""
        gc.freeze()  # the pages are written: what lives on needs no more scanning
        with collector_paused():
            self._write_search_files(Path(config["site_dir"]), config["use_directory_urls"])

    def _write_search_files(self, site: Path, urls: bool):
        """_enrich_search_index's work: rewrite the theme's index enriched, and write the word list beside it."""
        path = site / "search" / "search_index.json"
        if not path.is_file():
            return
        hb = self.state.handbook
        entries = {links.url_path(p.path, urls): p.search for p in self.state.pages.values() if p.search}
        try:
            index = enrich(json.loads(path.read_text(encoding="utf-8")), hb, entries, urls)
        except ValueError as error:  # the theme's search configuration or a page's sections changed
            raise PluginError(str(error)) from None
        path.write_text(json.dumps(index, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")
        # the word list the search box's help loads when search is first used (docs/assets/handbook.js)
        (site / WORDS_FILE).write_text(words_script(index, hb, urls), encoding="utf-8")

    @event_priority(-150)  # after the offline plugin (-100), before the service worker hashes the files (-200)
    def _drop_cdn_addresses(self, config):
        """Point the theme script's two CDN addresses at about:blank (site/offline.py)."""
        drop_cdn_addresses(Path(config["site_dir"]))

    @event_priority(-200)  # after every plugin has written its files (search index, offline copy)
    def _write_service_worker(self, config):
        """Write the service worker, versioned by a hash of every file it caches."""
        search = [p for name, p in config["plugins"].items() if name.endswith("search")]
        write_service_worker(Path(config["site_dir"]), search[0].config.lang if search else ["en"])

    @event_priority(-1000)  # the last step of the build
    def _unfreeze(self, config):
        """Hand the build's objects back to the garbage collector (`mkdocs serve` builds again in this process)."""
        gc.unfreeze()

    on_post_build = CombinedEvent(_enrich_search_index, _drop_cdn_addresses, _write_service_worker, _unfreeze)

    def on_build_error(self, error):
        """A failed build hands its objects back to the garbage collector too."""
        gc.unfreeze()
