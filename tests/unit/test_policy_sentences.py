"""The guard's sentence and front-matter fast paths give exactly what the slow paths give.

- a line is read sentence by sentence (each distinct sentence once per check) where that is safe: the result
  equals reading the whole line, on the real docs, on generated articles and on made-up lines;
- simple front matter is read without yaml: whenever the fast reader answers, yaml loads the same text
  without error and gives the same `policy` and `translation`;
- a sentence of a line with digits elsewhere is masked as the line would be (`always`).
"""
from __future__ import annotations

import importlib.util
import re
import sys

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from support import ROOT, examples

from helpcenter.policy import guard as G
from helpcenter.policy import quantities as Q
from helpcenter.policy.config import load_site_config
from helpcenter.policy.render import body_start_line

SITE = load_site_config(ROOT / "mkdocs.yml")
LANGS = ("en", "kk", "el")


def memo_for(lang: str, facts=SITE.facts) -> G.LineMemo:
    memo = G.LineMemo()
    memo.topics(facts, lang)
    return memo


def same_reading(text: str, lang: str, memo: G.LineMemo) -> None:
    topics = memo.topics(SITE.facts, lang)
    whole = G._read_line(text, lang, topics)           # no memo: the whole line at once
    apart = G._read_line(text, lang, topics, memo)     # sentence by sentence
    assert apart == whole, text


def _generated(tmp_path_factory):
    spec = importlib.util.spec_from_file_location("bench_generate", ROOT / "bench" / "generate.py")
    gen = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(gen)
    out = tmp_path_factory.mktemp("gen")
    return gen.generate(40, out / "site")


def corpus_lines(docs_dir):
    for lang in LANGS:
        for path in sorted((docs_dir / lang).rglob("*.md")):
            for line in path.read_text(encoding="utf-8").splitlines():
                yield lang, line


def test_the_real_docs_read_the_same_sentence_by_sentence():
    memos = {lang: memo_for(lang) for lang in LANGS}
    split = 0
    for lang, line in corpus_lines(SITE.docs_dir):
        split += G._sentence_starts(line, lang) is not None
        same_reading(line, lang, memos[lang])
    assert split > 50          # the fast path is taken


def test_generated_articles_read_the_same_sentence_by_sentence(tmp_path_factory):
    docs = _generated(tmp_path_factory)
    memos = {lang: memo_for(lang) for lang in LANGS}
    for lang, line in corpus_lines(docs):
        same_reading(line, lang, memos[lang])


SENTENCE_PIECES = [
    "30 days", "24 hours", "1-3 business days", "thirty", "twenty-four", "one", "a", "an", "hundred", "day",
    "week", "h", "%", "$", "€ 5", "order no.", "no.", "No.", "model", "from", "between", "and", "to", "or",
    "return", "refund", "exchange", "reply", "within", "12345", "2025", "March", "3", "10:30", "+1 555 010 0100",
    "www.example.com", "mail@example.com", "tel:123", "B12", "v1.2.3", "#12", "№ 5", "1,5", "1.000",
    "отыз", "күн", "сағат", "бірден", "үшке", "дейін", "жұмыс күні", "тапсырыс", "нөмірі", "қайтару",
    "τριάντα", "ημέρες", "ώρες", "Αρ.", "αρ.", "ω.", "24ωρη", "έως", "από", "μία", "επιστροφή", "εγγύηση",
    "Ε", "É", "ς", ".", ". ", "! ", "? ", "; ", ";", "· ", "…", ",", " ", "  ", "-", "–", ":", ": ", "(", ")",
    "<b>", "</b>", "<!-- x -->", "1. ", "> ", "www.two-days.com", "two@days.com", "tel:two-days", "http://μία.ημέρα",
    "+1 555", "010 0100", "2025.", "10.", "555-", "1.2.",
]


@settings(max_examples=examples(1500), deadline=None)
@given(st.lists(st.sampled_from(SENTENCE_PIECES), max_size=16), st.sampled_from(LANGS))
def test_made_up_lines_read_the_same_sentence_by_sentence(pieces, lang):
    same_reading(" ".join(pieces), lang, memo_for(lang))
    same_reading("".join(pieces), lang, memo_for(lang))


@pytest.mark.parametrize("lang, text", [
    ("en", "Within 30 days. Call tel:two-days or visit https://one-week.example. A refund in five days."),
    ("en", "Reply in 2 hours. Write to two-days@example.com. Thanks."),
    ("en", "Ask for order no. 5 days later. Returns take 30 days; refunds take 5 days! Why? Seven days."),
    ("en", "Between one. And three days. From 1 to 3 days. It costs $5. Five percent."),
    ("el", "Αρ. 5 ημέρες. Εντός 30 ημερών. Η επιστροφή χρημάτων σε 14 ημέρες; Και 24 ω. Τέλος."),
    ("kk", "Тапсырыс нөмірі. 5 күн. Бірден үшке дейін жұмыс күні. Ақша 14 күнде қайтарылады."),
])
def test_known_lines_read_the_same_sentence_by_sentence(lang, text):
    assert G._sentence_starts(text, lang) is not None
    same_reading(text, lang, memo_for(lang))


def test_topic_words_with_sentence_punctuation_turn_the_fast_path_off():
    from helpcenter.policy.facts import load_facts
    facts = load_facts({"x": {"value": 3, "unit": "day", "about": {"en": ["no. 5"], "el": [" κάτι"]}}})
    assert not G._sentences_apart(facts, "en") and not G._sentences_apart(facts, "el")
    assert G._sentences_apart(facts, "kk") and G._sentences_apart(SITE.facts, "en")


def test_fold_keeps_letters_digits_and_spaces():
    letter = re.compile(r"[^\W\d_]")
    every = "".join(map(chr, range(sys.maxunicode + 1)))
    folded = Q.fold(every)         # one character for one (fold keeps the length), all of them in one call
    assert len(folded) == len(every)
    wrong = [c for c, f in zip(every, folded)
             if (letter.match(c) and not letter.match(f))
             or bool(Q.HAS_DIGIT_RE.match(c)) != bool(Q.HAS_DIGIT_RE.match(f))
             or c.isspace() != f.isspace()
             or (f in ".:") != (c in ".:")]
    assert wrong == []


def test_id_words_hold_no_split_point_and_their_tails_fit_the_window():
    assert all(G._sentences_apart({}, lang) for lang in LANGS)
    assert all(len(t) <= 12 for tails in G._ID_TAILS.values() for t in tails)


@pytest.mark.parametrize("lang, text", [("en", "order no. www.example.com 3"), ("en", "Order No. tel:x 12 days"),
                                        ("el", "Αρ. www.example.gr 5 ημέρες"), ("el", "μία ω. μία ω."),
                                        ("kk", "€ 5www.two-days.comΑρ. күн"), ("en", "5 tel:x.y. days")])
def test_no_split_after_an_id_word(lang, text):
    assert G._sentence_starts(text, lang) is None
    same_reading(text, lang, memo_for(lang))


MASK_PIECES = ["www.x.io", "http://a.b", "a@b.co", "[a](b)", "{#x}", "`c`", "tel:x", "one", "a", " ", ". ", "x"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(MASK_PIECES), max_size=10), st.sampled_from(LANGS))
def test_masking_always_is_the_plain_substitution(pieces, lang):
    text = Q.fold("".join(pieces))
    slow = Q.NON_QUANTITY_RE[lang].sub(lambda m: re.sub(r"[^\n]", " ", m.group(0)), text)
    assert Q.mask_non_quantities(text, lang, always=True) == slow


# --- Front matter ----------------------------------------------------------------------------------------

def yaml_view(text: str):
    """What read_page takes from front matter: valid?, policy, awaiting?"""
    try:
        meta = yaml.load(text, Loader=G._YAML_LOADER) or {}
    except yaml.YAMLError:
        return "error"
    except ValueError:
        return "crash"
    if not isinstance(meta, dict):
        meta = {}
    return ("ok", meta.get("policy"), str(meta.get("translation", "")).strip().lower() == "awaiting")


def fast_view(text: str):
    meta = G.simple_front_matter(text)
    if meta is None:
        return None
    return ("ok", meta.get("policy"), str(meta.get("translation", "")).strip().lower() == "awaiting")


def front_matters(docs_dir):
    for lang in LANGS:
        for path in sorted((docs_dir / lang).rglob("*.md")):
            source = path.read_text(encoding="utf-8")
            lines = source.splitlines()
            body_line = body_start_line(source)
            if body_line > 1:
                yield "\n".join(lines[1:body_line - 2])


def test_front_matter_of_real_and_generated_pages(tmp_path_factory):
    seen = fast = 0
    for text in [*front_matters(SITE.docs_dir), *front_matters(_generated(tmp_path_factory))]:
        seen += 1
        got = fast_view(text)
        if got is not None:
            fast += 1
            assert got == yaml_view(text), text
    assert fast == seen         # every page of ours takes the fast path


FM_KEYS = ["title", "description", "policy", "translation", "updated", "source_hash", "yes", "x-y", "a b", ""]
FM_VALUES = ["[return_window, first_reply]", "[]", "[ a ,b ]", "[yes]", "[a, 1]", "[a,]", "return_window",
             "awaiting", "Awaiting", "'awaiting'", "\"awaiting\"", "yes", "no", "null", "~", "", "2025-07-10",
             "2025-13-45", "5ae492a98e08", "0b_", "0x1f", "12", "1.5", "a: b", "a:b", "a #c", "a#c", "#c",
             "«x» y", "it's", "'it''s'", "'open", "-x", "- x", "? x", "&a", "*a", "!x", "|", ">", "%x", "@x",
             "`x`", "{a: 1}", "[a", "x]", "a\tb", "a\ufeff", "a\x07", "é ς Ω", "x ", " x", ":", "a:", ".inf",
             "<<", "="]


@settings(max_examples=examples(2000), deadline=None)
@given(st.lists(st.tuples(st.sampled_from(FM_KEYS), st.sampled_from([": ", ":", ":  ", " : "]),
                          st.sampled_from(FM_VALUES)), max_size=5))
def test_simple_front_matter_is_what_yaml_reads(lines):
    text = "\n".join(k + sep + v for k, sep, v in lines)
    got = fast_view(text)
    if got is not None:
        assert got == yaml_view(text)


@pytest.mark.parametrize("text", ["title: a: b", "policy: yes", "updated: 2025-13-45", "x: a #c", "policy:",
                                  "policy:\n  - a", "# comment\npolicy: [a]", "policy: [a, 1]", "a: 'b"])
def test_anything_else_goes_to_yaml(text):
    assert G.simple_front_matter(text) is None
