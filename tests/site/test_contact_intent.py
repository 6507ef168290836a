"""The contact page's answer box ranks by intent: a reader describing a problem (returning an item,
no reply, a late order, a broken item, a wrong size), in any of the three languages or in Russian on
/kk/contact/, gets first the FAQ answer that states the matching policy fact, with its value.

Ranked with helpcenter.search.engine.answers, the Python twin of what hc-answers.js lists (the FAQ's
sections of the language's search index, by score), on the real site."""
from __future__ import annotations

import json

import pytest

from helpcenter import mkdocs_yaml
from helpcenter.search import engine
from support import LANG_PREFIX, ROOT

POLICY = {k: str(v["value"]) if "value" in v else f"{v['min']}\u2013{v['max']}" for k, v in
          mkdocs_yaml.load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"))["extra"]["policy"].items()}
# the fact each answer states; the others state none or several
FACT = {"return-window": "return_window", "reply-time": "first_reply", "processing-time": "processing_time"}

INTENTS = [
    ("en", "I want to return", "return-window"),
    ("en", "I want to return this item", "return-window"),
    ("en", "send it back", "return-window"),
    ("en", "still no answer from support", "reply-time"),
    ("en", "my order is late", "processing-time"),
    ("en", "order has not arrived", "processing-time"),
    ("en", "the item arrived broken", "defective-item"),
    ("en", "it is too small", "wrong-size"),
    ("kk", "тауарды қайтарғым келеді", "return-window"),
    ("kk", "хочу вернуть товар", "return-window"),
    ("kk", "возврат", "return-window"),
    ("kk", "жауап бермей жатыр", "reply-time"),
    ("kk", "нет ответа", "reply-time"),
    ("kk", "тапсырысым кешігіп жатыр", "processing-time"),
    ("kk", "заказ задерживается", "processing-time"),
    ("kk", "тауар сынып келді", "defective-item"),
    ("kk", "товар сломался", "defective-item"),
    ("kk", "размер не подошел", "wrong-size"),
    ("el", "thelo na kano epistrofi", "return-window"),
    ("el", "θέλω να επιστρέψω το προϊόν", "return-window"),
    ("el", "δεν μου απαντήσατε", "reply-time"),
    ("el", "η παραγγελία μου αργεί", "processing-time"),
    ("el", "δεν ήρθε η παραγγελία", "processing-time"),
    ("el", "ήρθε σπασμένο", "defective-item"),
    ("el", "μου ήρθε μικρό", "wrong-size"),
]


@pytest.fixture(scope="module")
def indexes(built_site):
    return {lang: engine.build_index(lang, json.loads(
        (built_site.path / LANG_PREFIX[lang] / "search" / "search_index.json").read_text(encoding="utf-8")))
        for lang in LANG_PREFIX}


@pytest.mark.parametrize("lang, described, expected", INTENTS)
def test_a_described_problem_brings_the_matching_answer_first(indexes, lang, described, expected):
    idx = indexes[lang]
    listed = engine.answers(idx, described)
    assert listed[:1] == [expected], f"{lang}: {described!r} lists {listed[:3]}"
    fact = FACT.get(expected)
    if fact:
        text = idx.docs[f"faq/#{expected}"]["text"]
        assert POLICY[fact] in text, f"{lang}: the {expected} answer does not state {fact} = {POLICY[fact]}: {text!r}"
