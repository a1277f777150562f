"""Danish word tools for the search index: tokens, inflection families and compound-word tails.

Material's search (lunr) matches typed words as prefixes only and without stemming, so a page is
found by a word only if one of its indexed tokens starts with that word. These pure functions work
out which extra words make a page findable by the forms practitioners type. They rely on a
vocabulary of the handbook's own words, never on an outside dictionary, so results are
deterministic and only ever point at words the handbook really uses.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import defaultdict
from collections.abc import Iterable, Iterator
from functools import cache, lru_cache
from itertools import pairwise

# lunr.da's stop words: the index drops them, so they never help and never count as compound parts.
STOPWORDS = frozenset(
    "ad af alle alt anden at blev blive bliver da de dem den denne der deres det dette dig din disse dog du "
    "efter eller en end er et for fra ham han hans har havde have hende hendes her hos hun hvad hvis hvor i "
    "ikke ind jeg jer jo kunne man mange med meget men mig min mine mit mod ned noget nogle nu når og også "
    "om op os over på selv sig sin sine sit skal skulle som sådan thi til ud under var vi vil ville vor "
    "være været".split()
)

# Common Danish words lunr's list lacks; as the tail of a compound they are false splits (nærmere → mere).
NOT_TERMS = frozenset(
    "andre andet anden bedre begge både dels efter eller endnu flere fleste gerne hvilke hvilken hvornår hvordan "
    "igen ingen inden kunne lige mere meste mindre nemlig nogen også samme sammen senere siden stadig tidligere "
    "uden videre".split()
)

# Plural, definite and genitive endings, longest first. Single letters follow stems ending in -e
# (samtale → samtaler, samtalen, samtalerne).
SUFFIXES = ("ernes", "enes", "erne", "ene", "ens", "ets", "rne", "ers", "er", "en", "et", "es", "ne", "ns", "e", "r", "n", "s")
LINKING = ("s", "e")  # fuge-s and fuge-e: behandling-s-plan, hjælp-e-middel
MIN_PART = 3  # shortest head a compound is split at (mål-, tid-)
MIN_TAIL = 4  # shortest tail: three-letter tails (lag, ens, hed) are mostly false splits
LONG_TAIL = 7  # a tail this long may be any word the handbook uses, not only a term (stofmisbrugs|databasen)
MIN_COMPOUND = 6  # shortest word worth splitting
# SUFFIXES by their last letter, each letter's in SUFFIXES' order: a word can only end in those of its last letter
_ENDINGS = {last: tuple(s for s in SUFFIXES if s[-1] == last) for last in {s[-1] for s in SUFFIXES}}
_TAG = re.compile(r"<[^>]*>")
_WORD = re.compile(r"^[a-zæøåéü]+$")


def tokens(text: str, separator: str) -> list[str]:
    """The lower-case tokens Material's tokenizer gives an index text: tags dropped, split by the index's separator."""
    return list(_tokens(text, separator))


# The enrichment looks at every title and text of the index, the words file at them again: both caches are
# unbounded, so each distinct text is split once per build (a cache smaller than the index would miss on a large
# one), and the enrichment empties them first, so they hold one build's texts.
@cache
def token_set(text: str, separator: str) -> frozenset[str]:
    """The distinct tokens of an index text (as a set of `tokens`)."""
    return frozenset(_split(text, separator))


def forget_tokens() -> None:
    """Forget the texts split so far."""
    _tokens.cache_clear()
    token_set.cache_clear()


@cache
def _tokens(text: str, separator: str) -> tuple[str, ...]:
    return tuple(_split(text, separator))


def _split(text: str, separator: str) -> Iterator[str]:
    if "<" in text:  # most titles and many texts have no tag: no pass to drop them
        text = _TAG.sub(" ", text)
    return filter(None, _separator(separator).split(text.lower()))


@cache  # one separator per build: compiled once, not looked up in re's cache for every text
def _separator(separator: str) -> re.Pattern[str]:
    return re.compile(separator)


def is_word(token: str) -> bool:
    """True for a content word: letters only, not a stop word, at least MIN_PART letters."""
    return len(token) >= MIN_PART and token not in STOPWORDS and bool(_WORD.match(token))


class Vocabulary:
    """The handbook's own words, with inflection families and compound splitting against them.

    `words` is every word the handbook uses; `terms` the words it uses as terms (titles, glossary,
    søgeord). A compound is split only where its tail is a term, so *grundlag* does not yield *lag*.
    """

    def __init__(self, words: Iterable[str], terms: Iterable[str]):
        words = set(words)
        # each distinct term tested once: the titles and søgeord repeat their words many times
        self.terms = frozenset(w for w in set(terms) if is_word(w) and len(w) >= MIN_TAIL and w not in NOT_TERMS)
        self.words = frozenset(filter(is_word, words)) | self.terms
        self._sorted = sorted(words | self.terms)  # every word given, for `starting`
        # cached per instance (the vocabulary never changes): a page asks about the same words many times
        self.lemma = lru_cache(maxsize=None)(self.lemma)
        self.family = lru_cache(maxsize=None)(self.family)
        self.tails = lru_cache(maxsize=None)(self._tails)
        self.starting = lru_cache(maxsize=None)(self._starting)
        self.families: dict[str, set[str]] = defaultdict(set)
        for word in self.words:
            self.families[self.lemma(word)].add(word)
        # the words with compound tails: every text word worth splitting is a vocabulary word
        self.compounds = frozenset(w for w in self.words if self.tails(w))

    def lemma(self, word: str) -> str:
        """The word's base form in the vocabulary: behandlingsplanerne → behandlingsplan (else the word)."""
        words = self.words
        for suffix in _ENDINGS.get(word[-1:], ()):
            if not word.endswith(suffix):
                continue
            stem = word[: -len(suffix)]
            # a single-letter ending needs a longer stem, or tale → tal and unge → ung would merge
            if len(stem) < MIN_PART + (len(suffix) == 1):
                continue
            if stem in words:
                return self.lemma(stem)
            if len(stem) > MIN_PART and stem[-1] == stem[-2] and stem[:-1] in words:  # tilbuddet → tilbud
                return self.lemma(stem[:-1])
        return word

    def forms(self, word: str) -> frozenset[str]:
        """Every form of the word's family that the handbook uses (planer, planen → plan, planer, planen)."""
        return self.family(word) | {word}

    def family(self, word: str) -> frozenset[str]:
        """The vocabulary words of the word's family (planer → plan, planer, planen; none for a word it lacks)."""
        return frozenset(self.families.get(self.lemma(word), ()))

    def _starting(self, prefix: str) -> tuple[str, ...]:
        """The words given (tokens of every kind, not only `words`) that start with the prefix, itself included."""
        start = end = bisect_left(self._sorted, prefix)
        while end < len(self._sorted) and self._sorted[end].startswith(prefix):
            end += 1
        return tuple(self._sorted[start:end])

    def _known(self, part: str) -> bool:
        """True if a compound part is a vocabulary word, with or without a linking -s-/-e-, or itself a compound."""
        return self._word_part(part) or (len(part) >= MIN_COMPOUND and bool(self.tails(part)))

    def _word_part(self, part: str) -> bool:
        """True if a compound part is a vocabulary word, with or without a linking -s-/-e-."""
        return part in self.words or (part[-1] in LINKING and part[:-1] in self.words and len(part) > MIN_PART)

    def _tail_ok(self, tail: str) -> bool:
        """True if a compound may be split off at this tail: a term, or a long word the handbook uses."""
        if tail in self.terms:
            return True
        base = self.lemma(tail)
        return base in self.terms or (len(tail) >= LONG_TAIL and (tail in self.words or base != tail))

    def _tails(self, word: str) -> tuple[str, ...]:
        """The terms a compound ends in, longest first: stofmisbrugsbehandling → misbrugsbehandling, behandling."""
        words = self.words
        if len(word) < MIN_COMPOUND or (word not in words and not is_word(word)):
            return ()
        found, first = [], 0  # first: the length of the shortest head that is a word part (0: none yet)
        for cut in range(MIN_PART, len(word) - MIN_TAIL + 1):
            head = word[:cut]
            if head in words or (cut > MIN_PART and head[-1] in LINKING and head[:-1] in words):  # _word_part, inline
                first = first or cut
            # any other head is known only as a compound, which starts with a word part at least MIN_TAIL letters
            # shorter than itself: without one, the cut is hopeless (so are most cuts), and no tail need be tested
            elif not first or cut - first < MIN_TAIL:
                continue
            tail = word[cut:]
            # a tail of a word is letters and at least MIN_TAIL long: is_word(tail) needs only the stop-word test
            if head in STOPWORDS or tail in STOPWORDS:
                continue
            if self._tail_ok(tail) and self._known(head):
                found.append(tail)
        return tuple(found)


class Phrases:
    """The words and word sequences of a text, to look up glossary names in it."""

    def __init__(self, sequence: list[str], vocabulary: Vocabulary, longest: int = 6):
        self.vocabulary = vocabulary
        self.lemmas = {vocabulary.lemma(t) for t in sequence}
        self.grams = {tuple(sequence[i : i + n]) for n in range(1, longest + 1) for i in range(len(sequence) - n + 1)}

    def __contains__(self, phrase: tuple[str, ...]) -> bool:
        """True if the phrase occurs; a one-word phrase matches any inflected form (planen finds plan)."""
        if len(phrase) == 1 and self.vocabulary.lemma(phrase[0]) in self.lemmas:
            return True
        return tuple(phrase) in self.grams


def uncovered(candidates: Iterable[str], present: Iterable[str]) -> list[str]:
    """The candidates a prefix search could not already find, without those another candidate covers, sorted.

    lunr matches a typed word as a prefix, so `plan` is useless where `planen` is indexed, and of two
    extra words `behandlingsplaner` and `behandlingsplanerne` only the longer one is needed.
    """
    candidates, present = set(candidates), set(present)
    # a candidate is covered by a present word or by a longer candidate (kept, or covered in turn by a word that
    # starts with it too); in sorted order the words that start with a word follow it at once, so one sort will do
    words = sorted(candidates | present)
    return [
        word for word, after in pairwise([*words, ""])
        if word in candidates and word not in present and not after.startswith(word)
    ]
