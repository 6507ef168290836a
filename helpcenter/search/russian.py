"""Russian stemmer: Snowball's Russian algorithm, for the Russian words customers type on the Kazakh site.

Many of Kazakhstan's online shoppers search in Russian (``возврат``, ``вернуть товар``,
``гарантия``). The Kazakh analyser (``text.py``) folds their words like any Cyrillic word; this
module adds the Russian stem, so the inflected forms of one Russian word meet
(``возврата`` / ``возврат``, ``гарантии`` / ``гарантия``, ``доставки`` / ``доставка``).

It is Martin Porter's Snowball Russian stemmer (https://snowballstem.org/algorithms/russian/
stemmer.html) written out by hand, pure and dependency-free, with a JavaScript twin in
``overrides/assets/javascripts/search/russian.js``; ``tests/unit/test_search_russian.py``
requires the two to agree with each other and with the ``snowballstemmer`` package on several
hundred word forms. Change both or neither.

``stem(word)`` works on a lowercase word of the Russian alphabet: ``ё`` is read as ``е``;
other characters are left as they are (they are no vowels, so they never start a region).

The algorithm: RV is the part of the word after its first vowel, R2 the part after the second
vowel-consonant pair. Within RV, from the end of the word:

1. remove a perfective gerund ending; if there is none, remove a reflexive ending (-ся, -сь),
   then an adjectival ending (an adjective ending, optionally preceded by a participle ending),
   or else a verb ending, or else a noun ending;
2. remove a final -и;
3. remove a derivational ending (-ост, -ость) lying wholly in R2;
4. remove a superlative ending (-ейш, -ейше) then undouble -нн, or undouble -нн, or remove -ь.

Endings marked "after а/я" are removed only when the word has а or я just before them
(the а/я stays). Among the endings of one class the longest that fits is chosen; if its
condition fails, that class removes nothing.
"""
from __future__ import annotations

VOWELS = frozenset("аеиоуыэюя")


def _by_length(words: str) -> tuple[str, ...]:
    return tuple(sorted(set(words.split()), key=lambda s: (-len(s), s)))


def _class(after_a: str, anywhere: str = "") -> dict[str, bool]:
    """A class of endings, longest first: ending -> whether it is removed only after а or я."""
    marked = {**{e: False for e in anywhere.split()}, **{e: True for e in after_a.split()}}
    return {e: marked[e] for e in _by_length(" ".join(marked))}


PERFECTIVE_GERUND = _class("в вши вшись", "ив ивши ившись ыв ывши ывшись")
ADJECTIVE = _class("", "ее ие ые ое ими ыми ей ий ый ой ем им ым ом его ого ему ому их ых ую юю ая "
                       "яя ою ею")
PARTICIPLE = _class("ем нн вш ющ щ", "ивш ывш ующ")
REFLEXIVE = _class("", "ся сь")
VERB = _class("ла на ете йте ли й л ем н ло но ет ют ны ть ешь нно",
              "ила ыла ена ейте уйте ите или ыли ей уй ил ыл им ым ен ило ыло ено ят ует уют ит "
              "ыт ены ить ыть ишь ую ю")
NOUN = _class("", "а ев ов ие ье е иями ями ами еи ии и ией ей ой ий й иям ям ием ем ам ом о у ах "
                  "иях ях ы ь ию ью ю ия ья я")
DERIVATIONAL = _by_length("ост ость")
SUPERLATIVE = _by_length("ейш ейше")


def _regions(word: str) -> tuple[int, int]:
    """(start of RV, start of R2), len(word) for an empty region: RV starts after the first vowel,
    R1 after the first non-vowel that follows a vowel, R2 the same again inside R1."""
    n = len(word)

    def past(i: int, vowel: bool) -> int:
        # the position after the first letter at or after i that is (not) a vowel; n + 1 if none
        while i < n and (word[i] in VOWELS) != vowel:
            i += 1
        return i + 1

    rv = past(0, True)
    if rv > n:
        return n, n
    r1 = past(rv, False)
    r2 = past(past(r1, True), False) if r1 <= n else n + 1
    return rv, min(r2, n)


def _remove(word: str, rv: int, endings: dict[str, bool]) -> str | None:
    """The word without the longest ending of the class found in RV, or None if there is none
    (or its а/я condition fails)."""
    for ending, after_a in endings.items():
        start = len(word) - len(ending)
        if start < rv or not word.endswith(ending):
            continue
        if after_a and (start - 1 < rv or word[start - 1] not in "ая"):
            return None
        return word[:start]
    return None


def stem(word: str) -> str:
    word = word.replace("ё", "е")
    rv, r2 = _regions(word)
    # Step 1
    out = _remove(word, rv, PERFECTIVE_GERUND)
    if out is None:
        out = _remove(word, rv, REFLEXIVE)
        if out is not None:
            word = out
        out = _remove(word, rv, ADJECTIVE)
        if out is not None:
            participle = _remove(out, rv, PARTICIPLE)
            out = participle if participle is not None else out
        else:
            out = _remove(word, rv, VERB)
            if out is None:
                out = _remove(word, rv, NOUN)
    if out is not None:
        word = out
    # Step 2
    if word.endswith("и") and len(word) - 1 >= rv:
        word = word[:-1]
    # Step 3
    for ending in DERIVATIONAL:
        if word.endswith(ending) and len(word) - len(ending) >= max(rv, r2):
            word = word[: -len(ending)]
            break
    # Step 4
    for ending in SUPERLATIVE:
        if word.endswith(ending) and len(word) - len(ending) >= rv:
            word = word[: -len(ending)]
            if word.endswith("нн") and len(word) - 2 >= rv:
                word = word[:-1]
            return word
    if word.endswith("нн") and len(word) - 2 >= rv:
        return word[:-1]
    if word.endswith("ь") and len(word) - 1 >= rv:
        return word[:-1]
    return word
