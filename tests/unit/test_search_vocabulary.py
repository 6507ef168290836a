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


# --- the no-results panel's data (search/empty.json)

CONTACT = {"email": "help@example.com", "phone": "+1 555 0100", "chat_url": "contact.md#chat",
           "form_url": "https://example.com/form"}


def test_the_no_results_panel_holds_this_languages_texts_top_articles_channels_and_words():
    from helpcenter.search import empty
    docs = [{"location": "", "title": "Басты бет"},
            {"location": "returns/", "title": "Тауарды қайтару", "keywords": "возврат денег 2025"},
            {"location": "returns/#merzim", "title": "Қайтару мерзімі"},
            {"location": "faq/", "title": "Сұрақтар", "keywords": None}]
    data = json.loads(empty.build("kk", docs, ["returns.md", "shipping.md", "faq.md", "index.md"], CONTACT))
    assert data["t"]["popular"] == "Көп оқылатын мақалалар" and data["t"]["contact"] == "Бізге хабарласыңыз"
    assert set(data["t"]) == {"title", "hint", "popular", "contact", "suggest"}
    # top articles of this language only (shipping.md has no Kazakh page here), titled in Kazakh
    assert data["top"] == [{"title": "Тауарды қайтару", "href": "returns/"}, {"title": "Сұрақтар", "href": "faq/"},
                           {"title": "Басты бет", "href": ""}]
    assert data["contact"] == [
        {"label": "Байланыс формасы", "value": "", "href": "https://example.com/form"},
        {"label": "Электрондық пошта", "value": "help@example.com", "href": "mailto:help@example.com"},
        {"label": "Телефон", "value": "+1 555 0100", "href": "tel:+15550100"},
        {"label": "Онлайн-чат", "value": "", "href": "contact/#chat"},     # a page link, in this language
    ]
    # words of titles and keywords, four letters or more, no numbers, lower case, sorted
    assert data["words"] == sorted(["басты", "тауарды", "қайтару", "возврат", "денег", "мерзімі", "сұрақтар"])
    assert "бет" not in data["words"] and "2025" not in data["words"]


def test_a_bad_contact_setting_leaves_the_panel_without_channels():
    from helpcenter.search import empty
    data = json.loads(empty.build("en", [], None, {"email": "not an address"}))
    assert data["contact"] == [] and data["top"] == [] and data["words"] == []
    assert json.loads(empty.build("en", [], [], {"chat_url": "help/chat.md"}))["contact"] == [
        {"label": "Live chat", "value": "", "href": "help/chat/"}]


# --- the words each entry is found by (pack.add_vocabulary) and one language's files (pack.write_language)

def test_entries_get_their_keywords_and_the_synonyms_of_their_words_never_shown(tmp_path):
    from helpcenter.search import pack, shards
    syn = _syn("en", "refund: return\nbroken: defect\n")
    docs = [{"location": "returns/", "title": "Returns", "text": "A defect? Ask us."},
            {"location": "other/", "title": "Other", "text": "Nothing here."}]
    pack.add_vocabulary("en", docs, {"returns/": ["money back", "send back"]}, syn)
    assert docs[0]["keywords"] == "money back send back refund"      # page keywords, then synonyms of the title
    assert docs[0]["synonyms"] == "broken"                           # synonyms of the text
    assert "keywords" not in docs[1] and "synonyms" not in docs[1]
    target = tmp_path / "search"
    manifest = pack.write_language("en", [{"location": "returns/", "title": "Returns", "text": "A defect."}],
                                   {"returns/": ["money back"]}, syn, ["returns.md"], CONTACT, "search/", str(target))
    assert manifest == (target / "search_index.json").read_text(encoding="utf-8")
    hc = json.loads(manifest)["config"]["hc"]
    assert hc["lang"] == "en" and hc["path"] == "search/"
    assert len(hc["shards"]) == len(list((target / "t").glob("*.json"))) > 0
    assert json.loads((target / "empty.json").read_text(encoding="utf-8"))["top"] == [
        {"title": "Returns", "href": "returns/"}]
    assert "money" in json.loads((target / "empty.json").read_text(encoding="utf-8"))["words"]
    assert shards.read_docs(target) == [{"location": "returns/", "title": "Returns", "text": "A defect."}]


def test_pages_handed_over_in_batches_give_the_files_of_one_call(tmp_path):
    """The build hands a language's pages over while it renders the others (pack.prepare, a batch at a time:
    each page's HTML, URL, title and front matter, every language's pages mixed) and writes the index at the
    end (write_prepared): the files are those write_language writes from the same pages' entries at once;
    what an unfinished build left is dropped by the next build's first batch, and nothing is kept once
    written."""
    from helpcenter.search import pack, sections
    syn = _syn("en", "refund: return\nbroken: defect\n")
    pages = [("<p>A defect? <b>Ask</b> us &amp; wait.</p><h2 id=\"how\">How</h2><p>Send it back.</p>",
              "returns/", "Returns", {"tags": ["money"]}),
             ("<p>Ақау</p>", "kk/returns/", "Қайтару", {}),
             ("<p>Broken? Repairs.</p>", "warranty/", "Warranty", {"search": {"boost": 2}}),
             ("<p>Hidden</p>", "hidden/", "Hidden", {"search": {"exclude": True}})]
    prefixes = ["", "kk/"]
    keywords = {"returns/": ["money back"]}
    args = (keywords, ["returns.md"], CONTACT, "search/")
    whole = tmp_path / "whole"
    entries = [e for page in pages for e in sections.entries(*page)]
    pack.write_language("en", pack.entries_for(entries, "", prefixes), keywords, syn, *args[1:], str(whole))
    pack.prepare("en", [("<p>left by a build that stopped</p>", "stale/", "Stale", {})], "", prefixes, syn,
                 first=True)
    assert pack.prepare("en", pages[:2], "", prefixes, syn, first=True) == 2
    assert pack.prepare("en", pages[2:], "", prefixes, syn) == 3
    assert pack.prepared_locations("en") == ["returns/", "returns/#how", "warranty/"]
    batched = tmp_path / "batched"
    assert pack.write_prepared("en", *args, str(batched)) == (whole / "search_index.json").read_text(encoding="utf-8")
    files = sorted(p.relative_to(whole).as_posix() for p in whole.rglob("*") if p.is_file())
    assert files == sorted(p.relative_to(batched).as_posix() for p in batched.rglob("*") if p.is_file())
    for name in files:
        assert (batched / name).read_bytes() == (whole / name).read_bytes(), name
    assert "Stale" not in (batched / "c.json").read_text(encoding="utf-8")
    assert pack.prepared_locations("en") == []
    assert pack.write_prepared("en", *args, str(tmp_path / "again")) and \
        json.loads((tmp_path / "again" / "c.json").read_text(encoding="utf-8")) == []


def test_every_languages_answer_words_are_read_and_a_missing_file_means_none(tmp_path):
    folder = tmp_path / vocabulary.ANSWERS_DIRECTORY
    folder.mkdir(parents=True)
    (folder / "kk.yml").write_text("return-window: [қайтарғым келеді]\n", encoding="utf-8")
    answers = vocabulary.load_all_answers(tmp_path)
    assert set(answers) == {"en", "kk", "el"}
    assert answers["kk"].keywords == {"return-window": ["қайтарғым келеді"]}
    assert answers["kk"].lang == "kk" and answers["kk"].lines == {"return-window": 1}
    assert answers["en"].keywords == {} and answers["el"].path == folder / "el.yml"


# --- what an editor reads about a mistake, word for word

@pytest.mark.parametrize("source, message", [
    ("- return-window\n", "search/answers/en.yml:1: expected 'question-id: [words customers use]' lines, got a list"),
    ("just words\n", "search/answers/en.yml:1: expected 'question-id: [words customers use]' lines, "
                     "got 'just words'"),
    ("? [a, b]\n: [refund]\n", "search/answers/en.yml:1: expected a FAQ question id (like return-window), got a list"),
    ("return-window: [refund, {a: b}]\n", "search/answers/en.yml:1: a word for 'return-window' must be a word or "
                                          "phrase, got a mapping"),
    ("return-window: ~\n", "search/answers/en.yml:1: a word for 'return-window' must be a word or phrase, got nothing"),
    ("return-window: null\n", "search/answers/en.yml:1: a word for 'return-window' must be a word or phrase, "
                              "got nothing"),
    ("return-window: [refund, '  ']\n", "search/answers/en.yml:1: a word for 'return-window' is empty"),
])
def test_answer_file_messages_word_for_word(source, message):
    with pytest.raises(vocabulary.VocabularyError) as err:
        _answers(source)
    assert str(err.value) == message


def test_an_empty_answers_file_and_an_unknown_language():
    empty = _answers("# none yet\n", "kk")
    assert (empty.lang, empty.keywords, empty.lines, empty.path) == ("kk", {}, {}, Path("search/answers/kk.yml"))
    assert _answers("return-window: [refund]\n", "el").lang == "el"
    with pytest.raises(vocabulary.VocabularyError) as err:
        vocabulary.parse_answers("a: [b]\n", "fr", Path("search/answers/fr.yml"))
    assert str(err.value) == "search/answers/fr.yml: no search analyser for language 'fr'"


def test_an_unknown_question_names_the_faq_page_it_looked_in(tmp_path):
    path = tmp_path / "search" / "answers" / "en.yml"
    path.parent.mkdir(parents=True)
    path.write_text("\nreply-time: [no reply]\n", encoding="utf-8")
    answers = vocabulary.load_answers(path)
    assert answers.path == path and answers.lang == "en"
    assert vocabulary.unknown_questions(answers, ["help/faq/"], faq_page="help/faq/") == [
        f"{path}:2: no FAQ question 'reply-time' in this language's help/faq.md (its keywords are not used)"]


def test_page_keyword_mistakes_word_for_word():
    with pytest.raises(vocabulary.VocabularyError) as err:
        vocabulary.page_keywords(" , ")
    assert str(err.value) == "keywords is empty: list words, like 'keywords: refund, money back'"
    with pytest.raises(vocabulary.VocabularyError) as err:
        vocabulary.page_keywords({"a": 1})
    assert str(err.value) == "keywords must be words separated by commas, like 'keywords: refund, money back', got dict"


def test_front_matter_ends_at_its_second_dashes_line():
    assert vocabulary.front_matter_line("---\n---\nkeywords: x\n", "keywords") == 1
    assert vocabulary.front_matter_line("keywords: x\n", "keywords") == 1
    assert vocabulary.front_matter_line("---\ntitle: T\n\nkeywords: x\n---\n", "keywords") == 4


def test_a_phrases_later_words_match_whole_words_or_long_word_starts():
    # the first word of a two-word phrase matches; the second must be the same word, not any word
    syn = _syn("en", "mixed up: wrong item\n")
    assert vocabulary.expand("en", text.words("the wrong size"), syn) == []
    assert vocabulary.expand("en", text.words("the wrong item"), syn) == ["mixed", "up"]
    # Greek light stems leave σχόλιο (sholi) and σχόλια (shol) apart: a start of four letters or more meets
    syn = _syn("el", "κριτική: αφήστε σχόλιο\n")
    assert vocabulary.expand("el", text.words("Αφήστε σχόλια εδώ."), syn) == ["κριτική"]
    # a word shorter than four letters must be the same word: "bag" does not meet "bagel"
    syn = _syn("en", "purse: small bag\n")
    assert vocabulary.expand("en", text.words("a small bagel"), syn) == []
    assert vocabulary.expand("en", text.words("a small bag"), syn) == ["purse"]
