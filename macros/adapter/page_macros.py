"""Render the macros of a hand-written page; a template error names the file and the line, never a traceback."""

from __future__ import annotations

import marshal
import sys
import traceback

import jinja2
from jinja2 import Environment, Template, TemplateSyntaxError, UndefinedError

from macros.core import cache

# the environment's settings that shape the code Jinja compiles a page to (jinja2's own bytecode cache keys by source)
_COMPILE_SETTINGS = ("block_start_string", "block_end_string", "variable_start_string", "variable_end_string",
                     "comment_start_string", "comment_end_string", "line_statement_prefix", "line_comment_prefix",
                     "trim_blocks", "lstrip_blocks", "newline_sequence", "keep_trailing_newline", "optimized",
                     "autoescape", "extensions")


class TemplateProblem(Exception):
    """A docs page's {{ … }} or {% … %} cannot be rendered; the message is 'docs/page.md: line N: problem; fix'."""


def render_page_macros(env: Environment, markdown: str, variables: dict, shown: str, offset: int = 0) -> str:
    """The page's Markdown with its macros rendered by env; raise TemplateProblem naming shown and the line.

    offset: lines of front matter above the Markdown, so the line is the one the editor sees in the file."""
    try:
        return _template(env, markdown).render(**variables)
    except TemplateSyntaxError as error:
        raise TemplateProblem(
            f"{shown}: line {error.lineno + offset}: {error.message} (template syntax); check the {{{{ … }}}} or {{% … %}} "
            "on that line"
        ) from None
    except UndefinedError as error:
        raise TemplateProblem(
            f"{shown}: line {_template_line(error, offset)}: {error.message}; check the name against the macros "
            "on the editors' page, or remove the {{ … }}"
        ) from None
    except Exception as error:  # a macro refused its arguments: its own message says why
        raise TemplateProblem(
            f"{shown}: line {_template_line(error, offset)}: {error}; correct the macro call on that line"
        ) from None


def _template_line(error: Exception, offset: int) -> str:
    """The file line the error came from (Jinja rewrites tracebacks so template frames carry it)."""
    line = "?"
    for frame, lineno in traceback.walk_tb(error.__traceback__):
        if frame.f_code.co_filename == "<template>":
            line = str(lineno + offset)
    return line


def _template(env: Environment, markdown: str) -> Template:
    """The page as a template (env.from_string); the code Jinja compiles it to is kept in the disk cache
    (macros/core/cache.py), named by the page, the settings that shape the code and the Jinja and Python versions."""
    settings = repr([getattr(env, name) for name in _COMPILE_SETTINGS])
    name = cache.key(jinja2.__version__, sys.version, settings, markdown)
    code = cache.load_value("jinja", name, marshal.loads)
    if code is None:
        code = env.compile(markdown)  # a syntax error stops here, and is never kept
        cache.store("jinja", name, marshal.dumps(code))
    return env.template_class.from_code(env, code, env.make_globals(None))
