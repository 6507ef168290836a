"""The browser (overrides/assets/javascripts/search/analysis.js, run here with Node) and Python
(helpcenter.search.text) fold and stem every word identically: otherwise a word indexed by one
could not be found by the other, and the relevance measured in Python would not be what readers
get. The words: tests/data/search_words.tsv plus every word of every article in docs/."""
from __future__ import annotations

import json
import re
import subprocess

import pytest

from helpcenter.search import shards, text
from support import LANGS, ROOT

ENGINE = ROOT / "overrides" / "assets" / "javascripts" / "search" / "analysis.js"
RUNNER = ROOT / "tests" / "unit" / "search_parity.js"
WORDS = ROOT / "tests" / "data" / "search_words.tsv"


def _word_list() -> list[tuple[str, str]]:
    pairs = []
    for n, line in enumerate(WORDS.read_text(encoding="utf-8").splitlines(), 1):
        if not line or line.startswith("#"):
            continue
        lang, sep, word = line.partition("\t")
        assert sep and lang in LANGS and word, f"{WORDS}:{n}: expected 'lang<TAB>word', got {line!r}"
        pairs.append((lang, word))
    for lang in LANGS:
        for md in sorted((ROOT / "docs" / lang).glob("*.md")):
            for word in text.words(re.sub(r"\{\{.*?\}\}", " ", md.read_text(encoding="utf-8"))):
                pairs.append((lang, word))
    return list(dict.fromkeys(pairs))


def test_word_list_covers_every_language():
    pairs = _word_list()
    for lang in LANGS:
        assert sum(1 for l, _ in pairs if l == lang) >= 150, f"too few {lang} words in {WORDS}"


def test_javascript_and_python_analyse_every_word_alike(node):
    pairs = _word_list()
    # and split text into words alike (hyphens, quotes, slashes, Greek question marks, markup characters)
    pairs += [(lang, s) for lang in LANGS for s in ("e-mail", "«қайтару»", "τι;", "a/b\\c", "<b>x</b>&amp;", "x_y+z")]
    stdin = "".join(f"{lang}\t{word}\n" for lang, word in pairs)
    run = subprocess.run([node, str(RUNNER), str(ENGINE)], input=stdin, capture_output=True,
                         text=True, encoding="utf-8", timeout=60)
    assert run.returncode == 0, run.stderr
    got = [json.loads(line) for line in run.stdout.splitlines() if line]
    assert len(got) == len(pairs)
    diffs = []
    for (lang, word), (_, _, js_fold, js_stem, js_terms, js_split, _) in zip(pairs, got):
        py = (text.fold(lang, word), text.analyse(lang, word), shards.index_terms(lang, word), text.words(word))
        js = (js_fold, js_stem, js_terms, js_split)
        if py != js:
            diffs.append(f"{lang} {word!r}: python {py} javascript {js}")
    assert not diffs, f"{len(diffs)} of {len(pairs)} words differ:\n" + "\n".join(diffs[:40])
