"""Customer vocabulary in the search (helpcenter.search.vocabulary, text.index_terms/query_terms):
the synonym files, the words they add to what is indexed, Russian words on the Kazakh site, and
the editor's view of a mistake (file and line, never a traceback)."""
from __future__ import annotations

import json
import re
import subprocess
from pathlib import Path

import pytest

from helpcenter.search import text, vocabulary
from support import LANGS, ROOT

ENGINE = ROOT / "overrides" / "assets" / "javascripts" / "search" / "analysis.js"
RUNNER = ROOT / "tests" / "unit" / "search_parity.js"   # its 5th and 7th columns: index and query terms
SYNONYMS = ROOT / vocabulary.DIRECTORY


def _syn(lang: str, source: str) -> vocabulary.Synonyms:
    return vocabulary.parse(source, lang, Path(f"search/synonyms/{lang}.yml"))


# --- the repository's files


@pytest.mark.parametrize("lang", LANGS)
def test_every_language_has_a_valid_synonym_file(lang):
    synonyms = vocabulary.load(SYNONYMS / f"{lang}.yml")
    assert len(synonyms.entries) >= 30


def test_kazakh_file_has_the_russian_after_sales_vocabulary():
    customer = {e.customer for e in vocabulary.load(SYNONYMS / "kk.yml").entries}
    for word in ("возврат", "вернуть", "обмен", "возврат денег", "гарантия", "брак", "сломан",
                 "доставка", "заказ", "поддержка", "размер не подошел", "жалоба", "чек", "фото"):
        assert word in customer, word


@pytest.mark.parametrize("lang, page, customer", [
    ("en", "We refund the price once the return arrives.", "money back"),
    ("en", "Returned items are checked.", "send back"),
    ("kk", "Тауарды қайтаруға өтініш беріңіз.", "возврат"),
    ("kk", "Кепілдігі бар тауарлар.", "гарантия"),
    ("el", "Η επιστροφή χρημάτων γίνεται σε λίγες μέρες.", "refund"),
    ("el", "Τα σχόλιά σας μας βοηθούν.", "παράπονο"),
])
def test_a_page_word_brings_the_customer_word(lang, page, customer):
    added = vocabulary.expand(lang, text.words(page))
    assert set(text.words(customer)) <= set(added), added


# --- expand


def test_inflected_and_unaccented_forms_match():
    syn = _syn("el", "παράπονο: σχόλιο\n")
    for page in ("Τα σχόλιά σας", "τα σχολια σας", "ta sxolia sas", "ΣΧΟΛΙΑ"):
        assert vocabulary.expand("el", text.words(page), syn) == ["παράπονο"], page


def test_a_phrase_matches_its_words_in_a_row_only():
    syn = _syn("en", "too small: wrong size\n")
    assert vocabulary.expand("en", text.words("It was the wrong size."), syn) == ["small"]
    assert vocabulary.expand("en", text.words("Size is wrong."), syn) == []


def test_occurrences_count_up_to_a_limit():
    syn = _syn("en", "refund: return\n")
    once = vocabulary.expand("en", text.words("return it"), syn)
    many = vocabulary.expand("en", text.words("return " * 10), syn)
    assert once == ["refund"]
    assert many == ["refund"] * vocabulary.MAX_PER_WORD


def test_stop_words_of_a_phrase_are_not_added():
    syn = _syn("en", "doesn't fit: wrong size\nnot working: defect\n")
    assert vocabulary.expand("en", text.words("a defect"), syn) == ["working"]


def test_a_page_without_the_article_word_gets_nothing():
    syn = _syn("kk", "возврат: [қайтару]\n")
    assert vocabulary.expand("kk", text.words("Кепілдік мерзімі"), syn) == []


# --- editors' mistakes: file and line


@pytest.mark.parametrize("source, line, message", [
    ("refund: return\nrefund: money back\n", 2, "already listed on line 1"),
    ("refund: return\nRefunds: money back\n", 2, "already listed on line 1"),
    ("refund: return\nmoney back:\n", 2, "must be a word or phrase, got nothing"),
    ("refund: return\nmoney back: []\n", 2, "lists no article word"),
    ("refund: return\nmoney back: {a: b}\n", 2, "must be a word or phrase, got a mapping"),
    ("refund: [return, [x]]\n", 1, "must be a word or phrase, got a list"),
    ("refund: return\n  bad: indent\n", 2, "not valid YAML"),
    ("- refund\n- return\n", 1, "expected 'customer word: article word(s)'"),
    ("the: return\n", 1, "no searchable word"),
])
def test_mistakes_name_file_and_line(source, line, message):
    with pytest.raises(vocabulary.VocabularyError) as err:
        _syn("en", source)
    assert str(err.value).startswith(f"search/synonyms/en.yml:{line}: "), str(err.value)
    assert message in str(err.value)


def test_empty_file_means_no_synonyms():
    assert _syn("en", "# nothing yet\n").entries == ()


def test_unreadable_and_unknown_language_files(tmp_path):
    bad = tmp_path / "en.yml"
    bad.write_bytes(b"refund: \xff\xfe\n")
    with pytest.raises(vocabulary.VocabularyError, match=r"en\.yml: not UTF-8"):
        vocabulary.load(bad)
    with pytest.raises(vocabulary.VocabularyError, match=r"no such|cannot read"):
        vocabulary.load(tmp_path / "missing.yml", "en")
    fr = tmp_path / "fr.yml"
    fr.write_text("a: b\n", encoding="utf-8")
    with pytest.raises(vocabulary.VocabularyError, match="no search analyser for language 'fr'"):
        vocabulary.load(fr)


@pytest.mark.parametrize("value, expected", [
    (None, []), ("refund", ["refund"]), ("money back, send it back ,", ["money back", "send it back"]),
    (["money back", " refund "], ["money back", "refund"]),
    ([404], ["404"]),
])
def test_page_keywords(value, expected):
    assert vocabulary.page_keywords(value) == expected


@pytest.mark.parametrize("value", [{"a": 1}, ["ok", ""], ["ok", None], ["ok", ["nested"]], [True], " , "])
def test_bad_page_keywords_are_refused(value):
    with pytest.raises(vocabulary.VocabularyError, match="keywords (must be|is empty)"):
        vocabulary.page_keywords(value)


def test_front_matter_line():
    src = "---\ntitle: A\nkeywords: {a: 1}\n---\nkeywords: not front matter\n"
    assert vocabulary.front_matter_line(src, "keywords") == 3
    assert vocabulary.front_matter_line("---\ntitle: A\n---\nkeywords: x\n", "keywords") == 1


# --- Russian on the Kazakh site


@pytest.mark.parametrize("typed, indexed", [
    ("возврата", "возврат"), ("гарантии", "гарантия"), ("доставки", "доставка"),
    ("заказа", "заказ"), ("поддержки", "поддержка"), ("размера", "размер"),
    ("подошёл", "подошел"), ("сломался", "сломан"), ("ВОЗВРАТ", "возврат"),
])
def test_a_russian_form_finds_the_indexed_word(typed, indexed):
    found = set(text.index_terms("kk", indexed))
    assert any(any(t.startswith(q) for t in found) for q in text.query_terms("kk", typed)), (
        text.query_terms("kk", typed), found)


def test_russian_terms_only_on_the_kazakh_site_and_only_for_russian_letters():
    assert len(text.index_terms("en", "возврата")) <= 1
    assert len(text.index_terms("el", "возврата")) <= 1
    assert len(text.index_terms("kk", "возврата")) == 2
    assert text.index_terms("kk", "қайтару") == [text.analyse("kk", "қайтару")]   # Kazakh letters
    assert text.index_terms("kk", "qaitaru") == [text.analyse("kk", "qaitaru")]   # Latin


def test_russian_function_words_are_not_looked_up_on_the_kazakh_site():
    assert text.query_terms("kk", "хочу") == []
    assert text.query_terms("kk", "не") == []
    assert text.query_terms("kk", "он") != []   # "ten" in Kazakh


def _parity_words() -> list[tuple[str, str]]:
    pairs = [("kk", w) for w in (ROOT / "tests" / "data" / "russian_words.txt").read_text(
        encoding="utf-8").splitlines() if w and not w.startswith("#")]
    for lang in LANGS:
        pairs += [(lang, w) for w in text.words((SYNONYMS / f"{lang}.yml").read_text(encoding="utf-8"))]
        for md in sorted((ROOT / "docs" / lang).glob("*.md")):
            pairs += [(lang, w) for w in text.words(re.sub(r"\{\{.*?\}\}", " ", md.read_text(encoding="utf-8")))]
    return list(dict.fromkeys(pairs))


def test_javascript_and_python_give_the_same_index_and_query_terms(node):
    pairs = _parity_words()
    stdin = "".join(f"{lang}\t{word}\n" for lang, word in pairs)
    run = subprocess.run([node, str(RUNNER), str(ENGINE)], input=stdin, capture_output=True,
                         text=True, encoding="utf-8", timeout=60)
    assert run.returncode == 0, run.stderr
    got = [(row[4], row[6]) for row in (json.loads(line) for line in run.stdout.splitlines() if line)]
    assert len(got) == len(pairs)
    diffs = [f"{lang} {word!r}: python {(text.index_terms(lang, word), text.query_terms(lang, word))} "
             f"javascript {tuple(js)}"
             for (lang, word), js in zip(pairs, got)
             if [text.index_terms(lang, word), text.query_terms(lang, word)] != list(js)]
    assert not diffs, f"{len(diffs)} of {len(pairs)} words differ:\n" + "\n".join(diffs[:40])


# --- FAQ answers by intent (search/answers/<lang>.yml)


def _answers(source: str, lang: str = "en") -> vocabulary.Answers:
    return vocabulary.parse_answers(source, lang, Path(f"search/answers/{lang}.yml"))


@pytest.mark.parametrize("lang", LANGS)
def test_every_language_has_answer_keywords_for_the_after_sales_problems(lang):
    answers = vocabulary.load_answers(ROOT / vocabulary.ANSWERS_DIRECTORY / f"{lang}.yml")
    for qid in ("return-window", "reply-time", "processing-time", "defective-item", "wrong-size"):
        assert answers.keywords.get(qid), f"{lang}: no words for {qid}"


def test_answer_keywords_go_to_the_question_section():
    answers = _answers("return-window: [I want to return, send it back]\nreply-time: no reply\n")
    assert answers.locations() == {"faq/#return-window": ["I want to return", "send it back"],
                                   "faq/#reply-time": ["no reply"]}
    locations = ["faq/", "faq/#return-window"]
    assert vocabulary.unknown_questions(answers, locations) == [
        "search/answers/en.yml:2: no FAQ question 'reply-time' in this language's faq.md "
        "(its keywords are not used)"]


@pytest.mark.parametrize("source, line, message", [
    ("return-window: [a return]\nreturn-window: [refund]\n", 2, "'return-window' is already listed on line 1"),
    ("return window: [a return]\n", 1, "expected a FAQ question id"),
    ("return-window: []\n", 1, "lists no words"),
    ("return-window: [the]\n", 1, "has no searchable word"),
    ("- return-window\n", 1, "expected 'question-id: [words customers use]'"),
    ("return-window: [a\n", 2, "not valid YAML"),
])
def test_answer_file_mistakes_name_file_and_line(source, line, message):
    with pytest.raises(vocabulary.VocabularyError) as err:
        _answers(source)
    assert str(err.value).startswith(f"search/answers/en.yml:{line}: "), str(err.value)
    assert message in str(err.value)


# --- the no-results panel's texts (helpcenter.ui), rendered by the search


@pytest.mark.parametrize("lang", LANGS)
def test_no_results_texts_exist_and_keep_their_placeholders(lang):
    from helpcenter import ui
    s = ui.STRINGS[lang]
    assert "{query}" in s["search.empty.title"] and "{word}" in s["search.empty.suggest"]
    assert s["search.empty.title"].format(query="xyz").count("xyz") == 1
    for key in ("search.empty.hint", "search.empty.popular", "search.empty.contact"):
        assert s[key] and "{" not in s[key]
    if lang != "en":
        assert s["search.empty.popular"] != ui.STRINGS["en"]["search.empty.popular"]
