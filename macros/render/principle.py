"""Principle pages and the list on the principles overview (docs/principper/index.md)."""

from __future__ import annotations

import re

from macros.core import links
from macros.core.escape import md_text
from macros.model.records import Handbook, Principle
from macros.model.versions import Versions
from macros.render.common import kind_badge, source_list, status_label
from macros.render.history import render_history
from macros.render.page import Page
from macros.render.texts import Texts, handbook_texts


def carriers(hb: Handbook, principle_id: str):
    """(guideline, [directions]) pairs that carry a principle, in handbook order."""
    out: list = []
    for g, d in hb.index.carrying(principle_id):
        if out and out[-1][0] is g:
            out[-1][1].append(d)
        else:
            out.append((g, [d]))
    return out


def render_principle(hb: Handbook, p: Principle, versions: Versions | None = None, texts: Texts | None = None) -> Page:
    """The Markdown page of one principle."""
    texts = texts or handbook_texts()
    here = links.page("principle", p.id)
    label = status_label(p.status, here)
    parts = [
        f"# Princip {p.number}: {md_text(p.title)}",
        "",
        f'<article class="principle" data-principle="{p.id}" markdown>',
        "",
        f"**{p.summary.strip()}**" + (f" {label}" if label else ""),
        "",
    ]
    if label:
        parts += [texts("princip-etiket"), ""]
    if p.description.strip():
        parts += ["## I praksis", "", p.description.strip(), ""]
    if p.why.strip():
        parts += ["## Hvorfor det er vigtigt", "", p.why.strip(), ""]
    parts += ["## Retningslinjer og anvisninger, der bærer princippet", ""]
    found = carriers(hb, p.id)
    if not found:
        parts += [texts("princip-ingen-retningslinjer"), ""]
    for g, directions in found:
        target = links.relative(here, links.page("guideline", g.id))
        parts += [f"### [{g.number} {md_text(g.short_title)}]({target}) {{ #{links.principle_guideline_anchor(g.id)} }}", ""]
        for d in directions:
            parts.append(
                f"- [{d.id}]({links.to_direction(here, g.id, d.id)}) {kind_badge(d.kind)} "
                # the text was written for the guideline page; its relative links must point from here
                f"{_first_sentence(links.rebase(d.text, links.page('guideline', g.id), here))}"
            )
        parts.append("")
    parts += ["## Kilder", "", source_list(hb, p.sources), "", "</article>", ""]
    parts += render_history(hb, versions or Versions(), "principle", p, here, texts)  # outside the article: raw HTML
    return Page(here, f"Princip {p.number}: {p.title}", "\n".join(parts))


# what decides where the first sentence ends: link brackets (it never ends inside one) and '. '
_MARKS = re.compile(r"[\[\]()]|\. ")
_DEPTH = {"[": 1, "(": 1, "]": -1, ")": -1}


def _first_sentence(text: str) -> str:
    """The first sentence of a text, for compact lists."""
    text = " ".join(text.split())
    depth = 0
    for mark in _MARKS.finditer(text):
        step = _DEPTH.get(mark.group())
        if step:
            depth += step
        # a sentence ends at '. ' + capital outside links; 'stk. 4' and 'nr. 8' do not end one
        elif depth == 0 and text[mark.end() : mark.end() + 1].isupper():
            return text[: mark.start() + 1]
    return text


def principle_list(hb: Handbook, here: str) -> str:
    """The principles as a numbered list: title, label, summary and how many directions carry each."""
    lines = []
    for p in hb.index.principles_by_number:
        target = links.relative(here, links.page("principle", p.id))
        count = len(hb.index.carrying(p.id))
        label = status_label(p.status, here)
        lines.append(f"{p.number}. **[{md_text(p.title)}]({target})** {label} – {p.summary.strip()} ({count} anvisninger)")
    return "\n".join(lines)
