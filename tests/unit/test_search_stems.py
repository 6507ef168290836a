"""English search terms are Porter's (1980) stems: the words an editor writes and a customer types meet on one stem.

The expected stems are the paper's own examples (M. F. Porter, "An algorithm for suffix stripping", Program 14(3),
1980), run through the whole algorithm, and, for any other word, the stem that an independent implementation of the
same paper gives (Snowball's `porter`, from the snowballstemmer package the build already installs)."""
from __future__ import annotations

import re

import pytest
import snowballstemmer
from hypothesis import given, settings
from hypothesis import strategies as st

from helpcenter.search import porter, text
from support import ROOT

# (word, stem) from the paper's examples of each step, through every step.
PAPER = [
    ("caresses", "caress"), ("ponies", "poni"), ("ties", "ti"), ("caress", "caress"), ("cats", "cat"),
    ("feed", "feed"), ("agreed", "agre"), ("plastered", "plaster"), ("bled", "bled"), ("motoring", "motor"),
    ("sing", "sing"), ("conflated", "conflat"), ("troubled", "troubl"), ("sized", "size"), ("hopping", "hop"),
    ("tanned", "tan"), ("falling", "fall"), ("hissing", "hiss"), ("fizzed", "fizz"), ("failing", "fail"),
    ("filing", "file"), ("happy", "happi"), ("sky", "sky"), ("relational", "relat"), ("conditional", "condit"),
    ("rational", "ration"), ("valenci", "valenc"), ("digitizer", "digit"), ("conformabli", "conform"),
    ("radicalli", "radic"), ("differentli", "differ"), ("vileli", "vile"), ("analogousli", "analog"),
    ("vietnamization", "vietnam"), ("predication", "predic"), ("operator", "oper"), ("feudalism", "feudal"),
    ("decisiveness", "decis"), ("hopefulness", "hope"), ("callousness", "callous"), ("formaliti", "formal"),
    ("sensitiviti", "sensit"), ("sensibiliti", "sensibl"), ("triplicate", "triplic"), ("formative", "form"),
    ("formalize", "formal"), ("electriciti", "electr"), ("electrical", "electr"), ("hopeful", "hope"),
    ("goodness", "good"), ("revival", "reviv"), ("allowance", "allow"), ("inference", "infer"),
    ("airliner", "airlin"), ("gyroscopic", "gyroscop"), ("adjustable", "adjust"), ("defensible", "defens"),
    ("irritant", "irrit"), ("replacement", "replac"), ("adjustment", "adjust"), ("dependent", "depend"),
    ("adoption", "adopt"), ("homologou", "homolog"), ("communism", "commun"), ("activate", "activ"),
    ("angulariti", "angular"), ("homologous", "homolog"), ("effective", "effect"), ("bowdlerize", "bowdler"),
    ("probate", "probat"), ("rate", "rate"), ("cease", "ceas"), ("controll", "control"), ("roll", "roll"),
    ("generalizations", "gener"), ("oscillators", "oscil"),
    # the paper's CONNECT family, and the words the docstring says lunr's ports get wrong
    ("connection", "connect"), ("connections", "connect"), ("connective", "connect"), ("connected", "connect"),
    ("connecting", "connect"), ("try", "try"), ("lay", "lai"),
]

SNOWBALL = snowballstemmer.stemmer("porter")


@pytest.mark.parametrize("word,expected", PAPER, ids=[w for w, _ in PAPER])
def test_the_papers_examples(word, expected):
    assert porter.stem(word) == expected


def test_words_of_one_or_two_letters_are_kept():
    # Porter's own C implementation leaves them alone ("is", "as", "us" would otherwise lose their s)
    assert [porter.stem(w) for w in ("is", "as", "us", "s", "a")] == ["is", "as", "us", "s", "a"]


def test_every_english_word_of_the_articles_has_the_reference_stem():
    words = set()
    for path in (ROOT / "docs" / "en").rglob("*.md"):
        words |= set(re.findall(r"[a-z]{3,}", path.read_text(encoding="utf-8").lower()))
    assert len(words) > 300
    wrong = {w: (porter.stem(w), SNOWBALL.stemWord(w)) for w in sorted(words) if porter.stem(w) != SNOWBALL.stemWord(w)}
    assert not wrong, wrong


# Left out, where Snowball departs from the paper on purpose:
# - a doubled y: the paper calls the second y of "yy" a consonant and the first a vowel, Snowball treats "yy" as no
#   double consonant at all; no English word has one;
# - doubled c, w and x (the alphabet's letters among the c, h, j, k, q, v, w, x whose doubles Snowball's step 1b
#   ignores): see test_step_1b_undoubles_every_consonant_but_l_s_z.
@settings(max_examples=400, deadline=None)
@given(st.text(alphabet="aeiouybcdlmnrstgzwx", min_size=3, max_size=12)
       .filter(lambda w: not any(d in w for d in ("yy", "cc", "ww", "xx"))))
def test_any_word_has_the_reference_stem(word):
    assert porter.stem(word) == SNOWBALL.stemWord(word)


def test_step_1b_undoubles_every_consonant_but_l_s_z():
    # The paper (step 1b: *d and not (*L or *S or *Z) -> single letter) undoubles any consonant; Snowball's porter
    # keeps "revv" and "trekk". A reader who types "rev" or "trek" finds the article that says "revving" or
    # "trekked" only with the paper's rule, which the JavaScript twin has too (doubleCons in search/analysis.js).
    assert [porter.stem(w) for w in ("revving", "trekked", "awwed", "hopping", "fizzed", "falling")] == \
        ["rev", "trek", "aw", "hop", "fizz", "fall"]
    assert [SNOWBALL.stemWord(w) for w in ("revving", "trekked")] == ["revv", "trekk"]


def test_inflected_forms_a_customer_types_meet_the_articles_word():
    # what the English analyser gives a typed word: lower case, then the stem (stop words give nothing)
    assert {text.analyse("en", w) for w in ("Refunds", "refunded", "refunding", "REFUND")} == {"refund"}
    assert text.analyse("en", "the") == ""
