"""Markdown to short plain text, for attributes and CSV cells (titles of checklist items and favourites)."""

from __future__ import annotations

import re
from functools import lru_cache

LINK = re.compile(r"!?\[((?:[^\[\]]|\[[^\[\]]*\])*)\]\([^)]*\)")
# only real attribute lists and tags: '{{ x }}' and 'a < b > c' are text (the model refuses markup at load)
ATTR_LIST = re.compile(r"\{:?\s*(?:[.#][A-Za-z_-]|[A-Za-z_-][\w-]*\s*=)[^}]*\}")
TAG = re.compile(r"</?[A-Za-z][^>]*>")
EMPHASIS = re.compile(r"(\*\*|__|\*|`)")
LIST_MARK = re.compile(r"^\s*(?:[-*+]|\d+\.)\s+", re.MULTILINE)
# a sentence ends at . ! ? followed by a capital letter; "stk. 4" and "fx. borgeren" do not end one
SENTENCE_END = re.compile(r"(?<=[.!?:])\s+(?=[A-ZÆØÅ\"“])")


@lru_cache(maxsize=4096)  # the same glossary definitions and titles are reduced for many pages
def plain_text(markdown: str) -> str:
    """Markdown reduced to one line of plain text: link labels kept, marks and tags dropped."""
    text = LINK.sub(r"\1", markdown)
    text = ATTR_LIST.sub("", text)
    text = TAG.sub("", text)
    text = LIST_MARK.sub("", text)
    text = EMPHASIS.sub("", text)
    return " ".join(text.split())


def first_sentence(markdown: str, limit: int = 180) -> str:
    """The first sentence of a text as plain text, cut at a word boundary with '…' if longer than limit."""
    text = plain_text(markdown)
    sentence = SENTENCE_END.split(text, maxsplit=1)[0]
    if len(sentence) <= limit:
        return sentence
    cut = sentence[: limit - 1].rsplit(" ", 1)[0].rstrip(",;:–- ")
    return cut + "…"
