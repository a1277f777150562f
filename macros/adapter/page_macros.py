"""Render the macros of a hand-written page; a template error names the file and the line, never a traceback."""

from __future__ import annotations

import traceback

from jinja2 import Environment, TemplateSyntaxError, UndefinedError


class TemplateProblem(Exception):
    """A docs page's {{ … }} or {% … %} cannot be rendered; the message is 'docs/page.md: line N: problem; fix'."""


def render_page_macros(env: Environment, markdown: str, variables: dict, shown: str, offset: int = 0) -> str:
    """The page's Markdown with its macros rendered by env; raise TemplateProblem naming shown and the line.

    offset: lines of front matter above the Markdown, so the line is the one the editor sees in the file."""
    try:
        return env.from_string(markdown).render(**variables)
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
