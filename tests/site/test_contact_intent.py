"""The contact page's answer box ranks by intent: a reader describing a problem (returning an item,
no reply, a late order, a broken item, a wrong size), in any of the three languages or in Russian on
/kk/contact/, gets first the FAQ answer that states the matching policy fact, with its value.

Ranked by the browser's own search engine (assets/javascripts/search/engine.js in Node, on the index files
the site ships) the way hc-answers.js lists answers: a query inside the FAQ, its questions by score."""
from __future__ import annotations

import pytest

from helpcenter import mkdocs_yaml
from helpcenter.search import relevance, shards
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
def listed(built_site):
    """(lang, described) -> the FAQ ids the answer box lists; one Node run per language."""
    out = {}
    for lang in LANG_PREFIX:
        texts = [d for l, d, _ in INTENTS if l == lang]
        for text, ids in zip(texts, relevance.answer_box(built_site.path, lang, texts)):
            out[(lang, text)] = ids
    return out


@pytest.fixture(scope="module")
def faq_texts(built_site):
    return {lang: {d["location"]: d["text"] for d in shards.read_docs(built_site.path / LANG_PREFIX[lang] / "search")}
            for lang in LANG_PREFIX}


@pytest.mark.parametrize("lang, described, expected", INTENTS)
def test_a_described_problem_brings_the_matching_answer_first(listed, faq_texts, lang, described, expected):
    ids = listed[(lang, described)]
    assert ids[:1] == [expected], f"{lang}: {described!r} lists {ids[:3]}"
    fact = FACT.get(expected)
    if fact:
        text = faq_texts[lang][f"faq/#{expected}"]
        assert POLICY[fact] in text, f"{lang}: the {expected} answer does not state {fact} = {POLICY[fact]}: {text!r}"
