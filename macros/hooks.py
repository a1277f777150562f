"""MkDocs hooks: a thin adapter that loads the model and adds the generated pages."""

from __future__ import annotations

import sys

# `mkdocs serve` re-reads this file on every rebuild; dropping the cached package makes
# edits to macros/*.py take effect without restarting the server.
for _name in [m for m in sys.modules if m == "macros" or m.startswith("macros.")]:
    del sys.modules[_name]

from mkdocs.exceptions import PluginError  # noqa: E402
from mkdocs.plugins import event_priority  # noqa: E402
from mkdocs.structure.files import File  # noqa: E402

from macros.load import DataError  # noqa: E402
from macros.navigation import build_nav  # noqa: E402
from macros.pages import generated_pages  # noqa: E402
from macros.render.glossary import abbreviation_definitions  # noqa: E402
from macros.state import handbook_for  # noqa: E402


@event_priority(100)  # before the macros plugin, so bad data stops the build with our message
def on_config(config):
    """Load and validate the data once; set the navigation from it."""
    try:
        hb = handbook_for(config)
    except DataError as error:
        raise PluginError("Data error(s):\n" + str(error)) from None
    config["nav"] = build_nav(hb)
    return config


def on_files(files, config):
    """Add one generated page per record."""
    hb = handbook_for(config)
    for path, content in generated_pages(hb).items():
        if files.get_file_from_path(path) is not None:
            raise PluginError(f"docs/{path} exists but is generated from data; delete docs/{path}")
        files.append(File.generated(config, path, content=content))
    return files


def on_page_markdown(markdown, page, config, files):
    """Append the glossary's abbreviations so every use gets an inline explanation (abbr)."""
    definitions = abbreviation_definitions(handbook_for(config))
    return f"{markdown}\n\n{definitions}\n" if definitions else markdown
