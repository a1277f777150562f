"""The word list the search box's help uses (docs/assets/search-help.js), written beside the index as a script.

Material's search finds exact prefixes only. The page script corrects typos against the handbook's own
words, drops question words and filler, and replaces everyday phrases (data/search_phrases.yml) by the
handbook's words. It needs those words on the reader's device, but only once search is used: they are a
script (search/words.js, which assigns one global) rather than part of the index, so the index stays
within its size budget and the list loads from file:// too, where fetch() of a local file fails.

Pure: the enriched index and the model in, the script's text out.
"""

from __future__ import annotations

from collections import Counter
from itertools import chain

from macros.core import links
from macros.core.escape import json_text
from macros.model.records import Handbook
from macros.site.search_terms import STOPWORDS, token_set, tokens

WORDS_FILE = "search/words.js"  # relative to the site root; the search section of docs/assets/handbook.js loads it
GLOBAL = "__handbookSearchWords"
INDEX_FIELDS = ("title", "text", "titles", "keywords", "parts")  # every field the worker indexes
MIN_WORD = 3  # a typo of 5 letters at distance 2 may be a 3-letter word

# Words a question or a phrase carries around its content: dropped from a query that has other words.
# lunr.da's stop words are among them (the index has none of them, but a typed word is searched as a prefix:
# 'der' would find 'derfor'); the rest are question words, modal verbs and the handbook's most common words.
QUERY_FILLER = STOPWORDS | frozenset(
    "hvornår hvordan hvorfor hvem hvilke hvilken hvilket hvorhenne hvorlænge hvad hvis hvor kan må bør får få "
    "gør gøre fået gjort skal skulle kunne burde borger borgeren borgere borgerne borgerens man jeg vi vores "
    "mit min mine lige egentlig noget nogen altid stadig nødt lov ok".split()
)


def words_script(index: dict, hb: Handbook, use_directory_urls: bool = True) -> str:
    """The text of search/words.js for an enriched index (search_index.json as a dict)."""
    separator = index["config"]["separator"]
    # in how many entries' fields each token occurs (the enrichment split the titles and texts already)
    count = Counter(chain.from_iterable(token_set(doc[field], separator)
                                        for doc in index["docs"] for field in INDEX_FIELDS if field in doc))
    # most used first, alphabetical among equals (the sort is stable, reversed too): the correction prefers the word
    # the handbook uses most
    words = sorted(filter(_word, count))
    words.sort(key=count.__getitem__, reverse=True)
    data = {
        "separator": separator,
        "words": words,
        "filler": sorted(QUERY_FILLER),
        "phrases": [[tokens(p, separator), " ".join(tokens(r.search, separator))] for r in hb.search_phrases
                    for p in r.phrases],
        "suggestions": [phase.title for phase in hb.index.phases_by_order],
        "links": {
            name: links.url_path(page, use_directory_urls)
            for name, page in (("glossary", links.GLOSSARY_PAGE), ("lovkrav", links.LOVKRAV_PAGE),
                               ("pathway", links.PATHWAY_PAGE))
        },
    }
    return f"window.{GLOBAL} = {json_text(data)};\n"


def _word(token: str) -> bool:
    """A word worth correcting towards: letters only, not a stop word."""
    return len(token) >= MIN_WORD and token.isalpha() and token not in STOPWORDS
