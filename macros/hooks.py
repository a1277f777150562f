"""MkDocs hooks: a thin adapter that loads the model and adds the generated pages."""

from __future__ import annotations

import sys

from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority
from mkdocs.structure.files import File


def _fresh_package() -> None:
    """Drop cached macros modules: `mkdocs serve` then runs edited macros/*.py on each rebuild."""
    for name in [m for m in sys.modules if m == "macros" or m.startswith("macros.")]:
        del sys.modules[name]


@event_priority(100)  # before the macros plugin, so bad data stops the build with our message
def on_config(config):
    """Load and validate the data once; set the navigation from it."""
    _fresh_package()
    from macros.load import DataError
    from macros.navigation import build_nav
    from macros.state import handbook_for

    try:
        hb = handbook_for(config)
    except DataError as error:
        raise PluginError("Data error(s):\n" + str(error)) from None
    config["nav"] = build_nav(hb)
    return config


def on_files(files, config):
    """Add one generated page per record."""
    from macros.pages import generated_pages
    from macros.state import handbook_for

    hb = handbook_for(config)
    for path, content in generated_pages(hb).items():
        if files.get_file_from_path(path) is not None:
            raise PluginError(f"docs/{path} exists but is generated from data; delete docs/{path}")
        files.append(File.generated(config, path, content=content))
    return files


def on_page_markdown(markdown, page, config, files):
    """Append the glossary's abbreviations so every use gets an inline explanation (abbr)."""
    from macros.render.glossary import abbreviation_definitions
    from macros.state import handbook_for

    definitions = abbreviation_definitions(handbook_for(config))
    return f"{markdown}\n\n{definitions}\n" if definitions else markdown
