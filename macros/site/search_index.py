"""Enrich Material's search index (search_index.json as a dict): one entry per direction, extra words per entry.

Each direction has its own entry (…/3-4/#anvisning-3.4.1, titled '3.4.1 · Lovkrav · …'), which its page value
carries (render/guideline.py), so a hit lands on it; each paragraph is indexed once, where it lives (overviews
repeat directions).
Material's worker indexes `title` (boost 1000), `text` (1) and every field listed under
`plugins: search: fields:` in mkdocs.yml. The extra words go into three such fields, which lunr
searches and the result list never shows:

- `titles`: inflected forms, compound tails and glossary synonyms of the page title's words;
- `keywords`: the same for the record's søgeord and the page's distinctive section titles;
- `parts`: tails of the other compound words in the entry, where no word of it already starts so.

Pure: the index and the model in, a new index out.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable, Mapping, Sequence
from collections.abc import Set as AbstractSet
from functools import cache
from typing import NamedTuple

from macros.core import links
from macros.model.records import Guideline, Handbook
from macros.render.page import SearchEntry
from macros.site.search_terms import STOPWORDS, Phrases, Vocabulary, forget_tokens, token_set, tokens, uncovered

FIELDS = ("titles", "keywords", "parts")  # each must be listed under plugins: search: fields: in mkdocs.yml
MAX_TOPIC_PAGES = 3  # a section title's word is a page topic only if at most this many pages use it
SHORT = 3  # abbreviations this short (MI, KAT) are repeated in `titles` to outweigh the words they begin
MIN_BLOCK = 40  # shorter paragraphs (labels, 'Lovgrundlag: …') may repeat freely

Glossary = list[tuple[tuple[str, ...], ...]]  # each term's names, each name as tokens


def enrich(index: dict, hb: Handbook, entries: Mapping[str, Sequence[SearchEntry]],
           use_directory_urls: bool = True) -> dict:
    """The index with the pages' own entries (by page location), each paragraph once, and the extra word fields."""
    missing = [f for f in FIELDS if f not in index["config"]["fields"]]
    if missing:
        raise ValueError(f"mkdocs.yml: plugins: search: fields: needs {missing} so the search worker indexes them")
    separator = index["config"]["separator"]
    forget_tokens()  # a new build: the last one's texts are of no use
    docs = index_once(with_entries(index["docs"], entries), use_directory_urls)

    def words(text: str) -> list[str]:
        return tokens(text, separator)

    own = {location: [t for p in phrases for t in words(p)] for location, phrases in search_words(hb, use_directory_urls).items()}
    glossary: Glossary = [tuple(tuple(words(n)) for n in names) for names in glossary_terms(hb)]
    title = {doc["location"]: words(doc["title"]) for doc in docs}
    # an entry's words, as the sets of its title's and its text's (split once per text: many entries share one)
    text = {doc["location"]: (token_set(doc["title"], separator), token_set(doc["text"], separator)) for doc in docs}
    pages: dict[str, list[str]] = {}
    for doc in docs:
        pages.setdefault(doc["location"].split("#", 1)[0], []).append(doc["location"])
    page_text = {page: frozenset().union(*(ws for loc in locations for ws in text[loc])) for page, locations in pages.items()}
    terms = [t for ws in title.values() for t in ws] + [t for term in glossary for n in term for t in n]
    terms += [t for ws in own.values() for t in ws]
    vocabulary = Vocabulary(set(terms).union(*page_text.values()), terms)
    names = _Names(glossary, vocabulary)

    spread = _title_spread(pages, title)
    extra: dict[str, dict[str, list[str]]] = {}
    for location in (loc for loc in text if "#" in loc and loc in own):
        extra[location] = extra_words(frozenset().union(*text[location]), [], own[location], _Names([], vocabulary), vocabulary)
    for page, locations in pages.items():
        headings = [loc for loc in locations[1:] if not _is_direction(loc)]  # directions carry their own words
        sections = [t for loc in headings for t in title[loc] if spread[t] <= MAX_TOPIC_PAGES]
        topic = own.get(page, []) + sections
        extra[page] = extra_words(page_text[page], title.get(page, []), topic, names, vocabulary)
    return {**index, "docs": [_with_words(doc, extra.get(doc["location"], {})) for doc in docs]}


def extra_words(
    every: AbstractSet[str], title: list[str], topic: list[str], glossary: _Names, vocabulary: Vocabulary
) -> dict[str, list[str]]:
    """The extra word fields of one entry.

    `every` is the set of every word of the entry (all among the words the vocabulary was made of),
    `title` its title's words, `topic` other words that say what it is about (søgeord, distinctive
    section titles). `titles` gets the title words' inflected forms and compound tails and the
    names of the glossary terms the title names (abbreviations even where the title has them: a
    two-letter word like MI needs the weight against the many words it begins); `keywords` the same
    for the topic words. These are kept even where the text has them, because the field boosts
    rank the entry. `parts` gets the tails of the entry's other compound words that no word of it
    starts with.
    """
    named = _named(title, glossary, vocabulary)
    core = set(title) | named
    tails = {tail for w in core for tail in vocabulary.tails(w)}
    titles = uncovered(_forms(core, vocabulary) | tails, title) + [w for w in named if len(w) <= SHORT]
    core = set(topic) | _named(topic, glossary, vocabulary)
    tails = {tail for w in core for tail in vocabulary.tails(w)}
    keywords = uncovered(_forms(core, vocabulary) | tails, title + titles)
    # the compound tails no extra word covers, then those no word of the entry starts with (looked up among the
    # handbook's words: cheaper than sorting the entry's many words with the few tails, as `uncovered` would);
    # a tail is letters, at least MIN_TAIL long and no stop word, so always useful
    parts = uncovered({tail for w in every & vocabulary.compounds for tail in vocabulary.tails(w)}, titles + keywords)
    return {
        "titles": sorted(set(titles)),
        "keywords": keywords,
        "parts": [w for w in parts if every.isdisjoint(vocabulary.starting(w))],
    }


class _Names:
    """The glossary's names, indexed once: a one-word name by its lemma, a longer name by its words."""

    def __init__(self, glossary: Glossary, vocabulary: Vocabulary):
        self.glossary = glossary
        # each term's useful words, gathered once: many pages name the same terms
        self.words = [frozenset(t for name in term for t in name if _useful(t)) for term in glossary]
        self.single: dict[str, list[int]] = {}
        self.multi: dict[tuple[str, ...], list[int]] = {}
        for i, term in enumerate(glossary):
            for name in term:
                if len(name) == 1:
                    self.single.setdefault(vocabulary.lemma(name[0]), []).append(i)
                elif name:
                    self.multi.setdefault(name, []).append(i)

    def terms_in(self, phrases: Phrases) -> set[int]:
        """The terms with a name among the phrases (as `name in phrases` for each name, without the loop)."""
        hits = {i for lemma in phrases.lemmas for i in self.single.get(lemma, ())}
        return hits | {i for gram in phrases.grams if len(gram) > 1 for i in self.multi.get(gram, ())}


def _named(words: list[str], names: _Names, vocabulary: Vocabulary) -> set[str]:
    """The words of every name of each glossary term the words name (MI → motiverende samtale, …)."""
    if not names.glossary:
        return set()  # a direction's entry: no glossary to look in, no phrases to gather
    return set().union(*(names.words[i] for i in names.terms_in(Phrases(words, vocabulary))))


def _forms(words: Collection[str], vocabulary: Vocabulary) -> set[str]:
    """The words with every inflected form the handbook uses."""
    # the other forms are vocabulary words, all useful: only the words themselves need the test
    return set(filter(_useful, words)).union(*map(vocabulary.family, words))


def _useful(token: str) -> bool:
    """Words worth indexing: no stop words, no lone punctuation."""
    return token not in STOPWORDS and (len(token) > 1 or token.isdigit()) and (
        token.isalnum() or any(c.isalnum() for c in token))  # most words are letters only: no look at each


def _with_words(doc: dict, fields: dict[str, list[str]]) -> dict:
    """The entry with its extra word fields, leaving out empty ones."""
    return {**doc, **{name: " ".join(words) for name, words in fields.items() if words}}


def _title_spread(pages: dict[str, list[str]], title: dict[str, list[str]]) -> dict[str, int]:
    """On how many pages each title word occurs: words in many titles (kilder, formål) say little."""
    spread: dict[str, int] = {}
    for locations in pages.values():
        for word in {t for loc in locations for t in title[loc]}:
            spread[word] = spread.get(word, 0) + 1
    return spread


def with_entries(docs: list[dict], entries: Mapping[str, Sequence[SearchEntry]]) -> list[dict]:
    """The theme's entries with each page's own entries after the section they belong to (ValueError if absent)."""
    out: list[dict] = []
    placed: set[tuple[str, str]] = set()
    for doc in docs:
        out.append(doc)
        page, _, anchor = doc["location"].partition("#")
        mine = [e for e in entries.get(page, ()) if anchor and e.after == anchor]
        out += [{"location": f"{page}#{e.anchor}", "title": e.title, "text": e.text} for e in mine]
        placed.update((page, e.anchor) for e in mine)
    lost = [f"{page}#{e.anchor} (after #{e.after})" for page, own in entries.items() for e in own
            if (page, e.anchor) not in placed]
    if lost:
        raise ValueError(f"search index: no section to put these entries after: {', '.join(lost)}")
    return out


def index_once(docs: list[dict], use_directory_urls: bool) -> list[dict]:
    """Index each paragraph and list item once, on its home page; drop copies of directions and source lists.

    Overviews (principles, phases, lovkrav, checklist, favourites, worklist) and embedded decision
    flows repeat text that lives on one page, and every page ends with a list of its sources.
    Indexed everywhere, the copies would outrank their home and blow the index size budget. The
    pages themselves are unchanged; a section left with no text of its own is not indexed.
    """
    # each distinct text's blocks, found once and used by both passes: many entries share a text
    blocks: dict[str, list[_Block]] = {}
    for doc in docs:
        if doc["text"] not in blocks:
            blocks[doc["text"]] = _blocks(doc["text"])
    homes: dict[str, str] = {}
    glossary = links.url_path(links.GLOSSARY_PAGE, use_directory_urls)
    for doc in sorted(docs, key=lambda doc: _home_rank(doc["location"], glossary)):  # stable: in order within a rank
        for block in blocks[doc["text"]]:
            if block.key is not None:
                homes.setdefault(block.key, doc["location"])

    @cache  # entries that share a text mostly lose the same blocks
    def remaining(text: str, dropped: tuple[_Block, ...]) -> str:
        return _tidy(_without(text, dropped))

    out = []
    for doc in docs:
        location = doc["location"]
        is_direction = _is_direction(location)
        dropped = tuple(
            block for block in blocks[doc["text"]]
            # a copy or a mention of a direction (the direction's own entry is the hit), a source in a page's list
            # of sources (the sources page describes it), or a paragraph that lives elsewhere
            if (block.direction_ref and not is_direction) or block.citation
            or (block.key is not None and homes[block.key] != location)
        )
        if not dropped:
            out.append(doc)
        elif text := remaining(doc["text"], dropped):
            out.append({**doc, "text": text})
        elif "#" not in location:
            out.append({**doc, "text": ""})  # a page keeps its own entry: Material groups sections under it
    return out


class _Block(NamedTuple):
    """A paragraph or list item of an entry's text: where it is and what decides whether it stays."""

    start: int
    end: int
    key: str | None  # its identity for de-duplication, or None if it is too short to matter
    direction_ref: bool  # it starts with a direction's number: a copy or a mention of the direction
    citation: bool  # a list item citing a source ([K12]): an entry in a page's list of sources


def _blocks(text: str) -> list[_Block]:
    """The paragraphs and list items of a text, in order (no regex pass where it has none)."""
    if "<p>" not in text and "<li>" not in text:
        return []
    return [
        _Block(match.start(), match.end(), _block_key(body), bool(_DIRECTION_REF.match(body)),
               kind == "li" and bool(_CITATION.search(body)))
        for match in _BLOCK.finditer(text)
        for kind, body in [match.groups()]
    ]


def _without(text: str, blocks: Iterable[_Block]) -> str:
    """The text without the given blocks (in order)."""
    pieces, start = [], 0
    for block in blocks:
        pieces.append(text[start : block.start])
        start = block.end
    return "".join(pieces) + text[start:]


# a paragraph or list item holding no other; the look-ahead runs only at '<' (possessive: nothing to backtrack)
_BLOCK = re.compile(r"<(p|li)>((?:[^<]++|<(?!/?(?:p|li|ul|ol)>))*+)</\1>")
_DIRECTION_REF = re.compile(r"\s*(?:Anvisning )?\d\.\d{1,2}\.\d{1,2}\b(?!\.\d)")
_CITATION = re.compile(r"\[K[\w-]*\]")
_EMPTY = re.compile(r"<(p|li|ul|ol)>\s*</\1>")


def _is_direction(location: str) -> bool:
    """True for a direction's own entry (…#anvisning-3.4.1)."""
    return location.partition("#")[2].startswith(_DIRECTION_ANCHOR)


def _block_key(body: str) -> str | None:
    """A paragraph's identity for de-duplication (its words), or None if it is too short to matter."""
    if len(body) < MIN_BLOCK:
        return None  # joining the words by single spaces never makes a text longer
    if body.isprintable() and "  " not in body and body[0] != " " and body[-1] != " ":
        return body  # one space between words already (the only whitespace str.isprintable() allows is the space)
    key = " ".join(body.split())
    return key if len(key) >= MIN_BLOCK else None


def _tidy(text: str) -> str:
    """Drop the empty lists and paragraphs left after removing copies."""
    while (tidied := _EMPTY.sub("", text)) != text:
        text = tidied
    return re.sub(r"> {2,}<", "> <", text).strip()


def _home_rank(location: str, glossary: str) -> int:
    """Where a repeated paragraph lives: a direction's entry, then record pages, then everything else."""
    if _is_direction(location):
        return 0
    section = location.split("/", 1)[0]
    if section in _RECORD_SECTIONS or location.startswith(glossary):
        return 1
    if section in _GUIDELINE_SECTIONS:
        return 2
    return 3


_DIRECTION_ANCHOR = links.direction_anchor("")  # what every direction's anchor starts with
_RECORD_SECTIONS = frozenset(links.SECTIONS[k] for k in ("flow", "law", "method"))
_GUIDELINE_SECTIONS = frozenset(links.SECTIONS[k] for k in ("guideline", "principle"))


def _page_url(guideline: Guideline, use_directory_urls: bool) -> str:
    """The search location of a guideline page."""
    return links.url_path(links.page("guideline", guideline.id), use_directory_urls)


def search_words(hb: Handbook, use_directory_urls: bool) -> dict[str, tuple[str, ...]]:
    """The søgeord of each guideline page and each direction entry, by location."""
    words = {_page_url(g, use_directory_urls): g.keywords for g in hb.guidelines}
    for g, d in hb.directions():
        words[f"{_page_url(g, use_directory_urls)}#{links.direction_anchor(d.id)}"] = d.keywords
    return words


def glossary_terms(hb: Handbook) -> list[tuple[str, ...]]:
    """Every glossary term's names: the term, its abbreviations and synonyms."""
    return [(t.term, *t.abbreviations, *t.synonyms) for t in hb.terms]
