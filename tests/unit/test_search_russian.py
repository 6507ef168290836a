"""The Russian stemmer (helpcenter.search.russian and its JavaScript twin search/russian.js):
a customer's Russian word meets the other forms of the same word, in Python at build time and in
the browser at query time alike."""
from __future__ import annotations

import subprocess

import pytest
import snowballstemmer

from helpcenter.search import russian
from support import ROOT

STEMMER_JS = ROOT / "overrides" / "assets" / "javascripts" / "search" / "russian.js"
RUNNER = ROOT / "tests" / "unit" / "russian_parity.js"
WORDS = ROOT / "tests" / "data" / "russian_words.txt"


def _words() -> list[str]:
    return [w for w in WORDS.read_text(encoding="utf-8").splitlines() if w and not w.startswith("#")]


def test_word_list_is_large_enough():
    assert len(_words()) >= 300


def test_python_stems_like_snowball():
    snowball = snowballstemmer.stemmer("russian")
    diffs = [(w, russian.stem(w), snowball.stemWord(w)) for w in _words()
             if russian.stem(w) != snowball.stemWord(w)]
    assert not diffs, diffs[:20]


def test_javascript_stems_like_python(node):
    words = _words()
    run = subprocess.run([node, str(RUNNER), str(STEMMER_JS)], input="\n".join(words) + "\n",
                         capture_output=True, text=True, encoding="utf-8", timeout=60)
    assert run.returncode == 0, run.stderr
    got = run.stdout.splitlines()
    assert len(got) == len(words)
    diffs = [(w, russian.stem(w), js) for w, js in zip(words, got) if russian.stem(w) != js]
    assert not diffs, f"{len(diffs)} of {len(words)} words differ: {diffs[:20]}"


@pytest.mark.parametrize("forms", [
    ["возврат", "возврата", "возврату", "возвратом", "возврате", "возвраты", "возвратов"],
    ["обмен", "обмена"],
    ["обменять", "обменяю", "обменяйте", "обменяли"],
    ["гарантия", "гарантии", "гарантию", "гарантией"],
    ["доставка", "доставки", "доставку", "доставкой", "доставке"],
    ["заказ", "заказа", "заказу", "заказом", "заказы", "заказов"],
    ["брак", "брака", "браком"],
    ["бракованный", "бракованная", "бракованного", "бракованные"],
    ["поддержка", "поддержки", "поддержку", "поддержкой"],
    ["размер", "размера", "размеры", "размеру", "размером"],
    ["подошел", "подошёл"],
    ["деньги", "деньгами", "деньгам"],
    ["сломан", "сломана", "сломано", "сломался", "сломалась"],
    ["жалоба", "жалобы", "жалобу", "жалобой"],
    ["чек", "чека", "чеком"],
    ["ответ", "ответа", "ответы"],
])
def test_inflected_forms_meet(forms):
    assert len({russian.stem(f) for f in forms}) == 1, {f: russian.stem(f) for f in forms}


@pytest.mark.parametrize("short, long", [
    ("верну", "вернуть"),       # the search matches a typed word's stem as a prefix
    ("брак", "бракованный"),
    ("обмен", "обменять"),
    ("возврат", "возвратить"),
])
def test_shorter_form_is_a_prefix_of_the_longer(short, long):
    assert russian.stem(long).startswith(russian.stem(short))


@pytest.mark.parametrize("word, stem", [
    ("возврата", "возврат"), ("гарантии", "гарант"), ("доставки", "доставк"), ("заказа", "заказ"),
    ("поддержки", "поддержк"), ("подошёл", "подошел"), ("деньги", "деньг"), ("сломался", "слома"),
    ("ёлка", "елк"), ("красивейший", "красив"), ("неисправность", "неисправн"),
])
def test_stems(word, stem):
    assert russian.stem(word) == stem


def test_non_russian_letters_pass_through():
    assert russian.stem("") == ""
    assert russian.stem("tv") == "tv"
    assert russian.stem("123") == "123"
