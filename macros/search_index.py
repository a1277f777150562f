"""Enrich Material's search index (search_index.json as a dict): one entry per direction, extra words per entry.

Material indexes `title`, `text` and `tags`, plus any field named under `plugins: search: fields:`
in mkdocs.yml. The extra words go into such a field, `keywords`: lunr searches it, the result
list never shows it. Pure: the index and the model in, a new index out.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from . import links
from .model import Direction, Guideline, Handbook
from .render.common import KIND_LABELS
from .search_terms import STOPWORDS, Phrases, Vocabulary, tokens, uncovered

FIELD = "keywords"  # must be listed under plugins: search: fields: in mkdocs.yml
TITLE_SEPARATOR = " · "
MAX_TOPIC_PAGES = 3  # a section title's word counts as a page topic only if at most this many pages use it


def enrich(index: dict, hb: Handbook, use_directory_urls: bool = True) -> dict:
    """The index with an entry per direction and a keywords field on page and direction entries."""
    if FIELD not in index["config"]["fields"]:
        raise ValueError(f"mkdocs.yml: plugins: search: fields: needs '{FIELD}' so the search worker indexes it")
    separator = index["config"]["separator"]
    docs = index_once(split_directions(index["docs"], hb, use_directory_urls), use_directory_urls)
    owned = direction_keywords(hb, use_directory_urls) | guideline_keywords(hb, use_directory_urls)
    own = {location: [t for p in phrases for t in tokens(p, separator)] for location, phrases in owned.items()}
    names = [t for name in glossary_names(hb) for t in tokens(name, separator)]
    text = {doc["location"]: tokens(f"{doc['title']} {doc['text']}", separator) for doc in docs}
    title = {doc["location"]: tokens(doc["title"], separator) for doc in docs}
    terms_used = [t for words in title.values() for t in words] + names + [t for ws in own.values() for t in ws]
    vocabulary = Vocabulary([t for words in text.values() for t in words] + terms_used, terms_used)
    glossary = [tuple(tuple(tokens(n, separator)) for n in names) for names in glossary_terms(hb)]

    pages: dict[str, list[str]] = {}
    for doc in docs:
        pages.setdefault(doc["location"].split("#", 1)[0], []).append(doc["location"])
    spread = _title_spread(pages, title)
    extra: dict[str, list[str]] = {}
    # directions first, so a page's own entry leaves out what its directions already carry
    for location in (loc for loc in text if "#" in loc and loc in own):
        extra[location] = keywords(text[location], own[location], own[location], (), vocabulary)
    for page, locations in pages.items():
        sequence = [t for loc in locations for t in text[loc] + extra.get(loc, [])]
        topic = own.get(page, []) + title[page] + [t for loc in locations[1:] for t in title[loc] if spread[t] <= MAX_TOPIC_PAGES]
        extra[page] = keywords(sequence, topic, own.get(page, []), glossary, vocabulary)
    return {**index, "docs": [{**doc, FIELD: " ".join(extra[doc["location"]])} if extra.get(doc["location"]) else doc for doc in docs]}


def _title_spread(pages: dict[str, list[str]], title: dict[str, list[str]]) -> dict[str, int]:
    """On how many pages each title word occurs: words in many titles (kilder, formål) say little."""
    spread: dict[str, int] = {}
    for locations in pages.values():
        for word in {t for loc in locations for t in title[loc]}:
            spread[word] = spread.get(word, 0) + 1
    return spread


def keywords(
    sequence: list[str], topic: list[str], own: list[str], terms: list[tuple[tuple[str, ...], ...]], vocabulary: Vocabulary
) -> list[str]:
    """Extra words for one entry: its own søgeord, glossary names, compound tails and inflected forms it lacks.

    `sequence` is all the entry's words; `topic` the words that say what it is about (titles, or the
    whole text of a short direction): only topic words bring in glossary names and inflected forms.
    """
    phrases = Phrases(topic, vocabulary)
    names = [t for term in terms if any(n in phrases for n in term) for n in term for t in n]
    tails = {tail for w in set(sequence) | set(names) for tail in vocabulary.tails(w)}
    forms = {form for w in set(topic) for form in vocabulary.forms(w)}
    candidates = [w for w in set(names) | tails | forms if _useful(w)]
    own_words = uncovered([w for w in own if _useful(w)], ())
    return sorted(set(own_words) | set(uncovered(candidates, sequence + own)))


def _useful(token: str) -> bool:
    """Words worth indexing: no stop words, no lone punctuation."""
    return token not in STOPWORDS and (len(token) > 1 or token.isdigit()) and any(c.isalnum() for c in token)


def split_directions(docs: list[dict], hb: Handbook, use_directory_urls: bool) -> list[dict]:
    """Replace the directions in a guideline page's section by one entry per direction, anchored on it."""
    out: list[dict] = []
    by_page = {_page_url(g, use_directory_urls): g for g in hb.guidelines}
    for doc in docs:
        path, _, anchor = doc["location"].partition("#")
        guideline = by_page.get(path)
        chunks = _direction_chunks(doc["text"], guideline.directions) if guideline and anchor else None
        if not chunks:
            out.append(doc)
            continue
        intro, texts = chunks
        out.append({**doc, "text": intro})
        for direction, text in zip(guideline.directions, texts, strict=True):
            out.append({
                "location": f"{path}#{links.direction_anchor(direction.id)}",
                "title": direction_title(guideline, direction),
                "text": text,
            })
    return out


def index_once(docs: list[dict], use_directory_urls: bool) -> list[dict]:
    """Index each paragraph and list item once, on its home page, and drop copies of directions elsewhere.

    Overviews (principles, phases, lovkrav, checklist, favourites, worklist) and embedded decision
    flows repeat text that lives on one page. Indexed everywhere, the copies would outrank their
    home and blow the index size budget; the pages themselves are unchanged.
    """
    homes: dict[str, str] = {}
    ranked = sorted(range(len(docs)), key=lambda i: (_home_rank(docs[i]["location"], use_directory_urls), i))
    for i in ranked:
        for block in _BLOCK.finditer(docs[i]["text"]):
            homes.setdefault(_block_key(block), docs[i]["location"])
    out = []
    for doc in docs:
        location = doc["location"]
        is_direction = location.split("#", 1)[-1].startswith(links.direction_anchor(""))

        def keep(block: re.Match, location=location, is_direction=is_direction) -> str:
            key = _block_key(block)
            if not is_direction and _DIRECTION_REF.match(block.group(2)):
                return ""  # a copy or a mention of a direction: the direction's own entry is the hit
            return block.group(0) if key is None or homes.get(key) == location else ""

        text = _BLOCK.sub(keep, doc["text"])
        if text == doc["text"]:
            out.append(doc)
        elif text := _tidy(text):
            out.append({**doc, "text": text})
        elif "#" not in location:
            out.append({**doc, "text": ""})
        # a section left empty only repeated other pages (e.g. a guideline's directions on a principle page)
    return out


_BLOCK = re.compile(r"<(p|li)>((?:(?!</?(?:p|li|ul|ol)>).)*)</\1>", re.S)
_DIRECTION_REF = re.compile(r"\s*(?:Anvisning )?\d+\.\d+\.\d+\b")
_EMPTY = re.compile(r"<(p|li|ul|ol)>\s*</\1>")
MIN_BLOCK = 40  # shorter paragraphs (labels, 'Lovgrundlag: …') may repeat freely


def _block_key(block: re.Match) -> str | None:
    """A paragraph's identity for de-duplication, or None if it is too short to matter."""
    text = " ".join(block.group(2).split())
    return text if len(text) >= MIN_BLOCK else None


def _tidy(text: str) -> str:
    """Drop the empty lists and paragraphs left after removing copies."""
    while True:
        tidied = _EMPTY.sub("", text)
        if tidied == text:
            return re.sub(r"> (?: +)<", "> <", text).strip()
        text = tidied


def _home_rank(location: str, use_directory_urls: bool) -> int:
    """Where a repeated paragraph lives: a direction's entry, then record pages, then everything else."""
    if "#" + links.direction_anchor("") in location:
        return 0
    section = location.split("/", 1)[0]
    if section in {links.SECTIONS[k] for k in ("flow", "law", "method")} or location.startswith(
        links.url_path(links.GLOSSARY_PAGE, use_directory_urls)
    ):
        return 1
    if section in {links.SECTIONS[k] for k in ("guideline", "principle")}:
        return 2
    return 3


def direction_title(guideline: Guideline, direction: Direction) -> str:
    """The result title of a direction, e.g. '3.4.1 · Lovkrav · Behandlingsgarantien'."""
    return TITLE_SEPARATOR.join((direction.id, KIND_LABELS[direction.kind], guideline.short_title))


def _direction_chunks(text: str, directions: Iterable[Direction]) -> tuple[str, list[str]] | None:
    """Split a section's text at each direction's head paragraph ('<p>3.4.1 Lovkrav …</p>'), or None."""
    heads = []
    for direction in directions:
        match = re.search(rf"<p>{re.escape(direction.id)} (?:{'|'.join(KIND_LABELS.values())})\b[^<]*</p>", text)
        if match is None:
            return None
        heads.append(match)
    if not heads or any(a.start() >= b.start() for a, b in zip(heads, heads[1:])):
        return None
    ends = [h.start() for h in heads[1:]] + [len(text)]
    return text[: heads[0].start()].strip(), [text[h.end() : end].strip() for h, end in zip(heads, ends)]


def _page_url(guideline: Guideline, use_directory_urls: bool) -> str:
    """The search location of a guideline page."""
    return links.url_path(links.page("guideline", guideline.id), use_directory_urls)


def direction_keywords(hb: Handbook, use_directory_urls: bool) -> dict[str, tuple[str, ...]]:
    """Each direction entry's location and its søgeord."""
    return {
        f"{_page_url(g, use_directory_urls)}#{links.direction_anchor(d.id)}": d.keywords
        for g, d in hb.directions()
    }


def guideline_keywords(hb: Handbook, use_directory_urls: bool) -> dict[str, tuple[str, ...]]:
    """Each guideline page's location and its søgeord."""
    return {_page_url(g, use_directory_urls): g.keywords for g in hb.guidelines}


def glossary_terms(hb: Handbook) -> list[tuple[str, ...]]:
    """Every glossary term's names: the term, its abbreviations and synonyms."""
    return [(t.term, *t.abbreviations, *t.synonyms) for t in hb.terms]


def glossary_names(hb: Handbook) -> list[str]:
    """Every name in the glossary."""
    return [name for names in glossary_terms(hb) for name in names]
