"""The site navigation, built from the model so it never drifts from the data."""

from __future__ import annotations

from . import links
from .model import Handbook

INTRODUCTION = [
    {"Om retningslinjerne": "introduktion/index.md"},
    {"Brug af håndbogen": "introduktion/brug.md"},
    {"Definitioner": "introduktion/definitioner.md"},
    {"Opbygning": "introduktion/opbygning.md"},
    {"Fra 2016 til 2020": "introduktion/historik.md"},
]
ABOUT = [
    {"Om håndbogen": "om/index.md"},
    {"Redaktionel status": "om/status.md"},
    {"Kilder": "om/kilder.md"},
]


def build_nav(hb: Handbook) -> list:
    """The nav list for mkdocs: hand-written sections plus one entry per guideline and principle."""
    principles = [{"Oversigt": links.index_page("principle")}] + [
        {f"{p.number}. {p.title}": links.page("principle", p.id)}
        for p in sorted(hb.principles, key=lambda x: x.number)
    ]
    chapters = []
    for theme in sorted(hb.themes, key=lambda t: t.chapter):
        entries = [{"Om kapitlet": links.page("theme", theme.id)}] + [
            {f"{g.number} {g.short_title}": links.page("guideline", g.id)}
            for g in hb.guidelines
            if g.theme == theme.id
        ]
        chapters.append({f"Kap. {theme.chapter}: {theme.title}": entries})
    return [
        {"Forside": "index.md"},
        {"Introduktion": INTRODUCTION},
        {"Principper": principles},
        {"Retningslinjer": [{"Alle retningslinjer": links.index_page("guideline")}, *chapters]},
        {"Lovgrundlag": [{"Oversigt": links.index_page("law")}]
         + [{f"{law.abbreviation} {law.paragraph}": links.page("law", law.id)} for law in hb.laws]},
        {"Temaer": links.index_page("theme")},
        {"Ordliste": links.GLOSSARY_PAGE},
        {"Om håndbogen": ABOUT},
    ]
