"""Search normalisation, stemming and query handling as customers type (helpcenter.search)."""
from __future__ import annotations


import pytest

from helpcenter.search import pack, relevance, text


@pytest.mark.parametrize("lang, typed, written", [
    ("el", "επιστροφη", "επιστροφή"),
    ("el", "ΕΠΙΣΤΡΟΦΗ", "επιστροφή"),
    ("el", "Επιστροφής", "επιστροφή"),
    ("el", "epistrofi", "επιστροφή"),
    ("el", "epistrofh", "επιστροφή"),
    ("el", "paraggelia", "παραγγελία"),
    ("el", "ΠΑΡΑΓΓΕΛΙΕΣ", "παραγγελία"),
    ("el", "epikoinonia", "επικοινωνία"),
    ("el", "epikoinwnia", "επικοινωνία"),
    ("el", "proionta", "προϊόντα"),
    ("kk", "кайтару", "қайтару"),
    ("kk", "КАЙТАРУ", "қайтару"),
    ("kk", "ондеу", "өңдеу"),
    ("kk", "qaitaru", "қайтару"),
    ("kk", "qaıtarý", "қайтару"),
    ("kk", "tapsyrys", "тапсырыс"),
    ("kk", "öñdeu", "өңдеу"),
    ("kk", "kepildik", "кепілдік"),
    ("kk", "shot", "шот"),
    ("en", "Returns", "returned"),
    ("en", "REFUNDING", "refunds"),
    ("en", "Café", "cafe"),
])
def test_typed_variants_meet_the_written_word(lang, typed, written):
    assert text.analyse(lang, typed) == text.analyse(lang, written) != ""


@pytest.mark.parametrize("forms", [
    ["тапсырыс", "тапсырыстар", "тапсырысым", "тапсырысыңыз", "тапсырысты", "тапсырыстың",
     "тапсырысқа", "тапсырыста", "тапсырыстан", "тапсырыспен", "тапсырыстарымызды", "тапсырысына"],
    ["қайтару", "қайтаруға", "қайтаруды", "қайтарудың", "қайтарылатын"],
    ["кепілдік", "кепілдікті", "кепілдігі", "кепілдіктер"],
    ["тауар", "тауарлар", "тауарды", "тауардың", "тауарға", "тауарыңыз"],
    ["жауап", "жауабы", "жауапты"],
    ["ақау", "ақауы", "ақаулы"],
])
def test_kazakh_stemmer_joins_plural_possessive_case_and_verb_forms(forms):
    stems = {text.analyse("kk", f) for f in forms}
    assert len(stems) == 1, {f: text.analyse("kk", f) for f in forms}


@pytest.mark.parametrize("word", ["күн", "ат", "бер", "сана", "ана"])
def test_kazakh_stemmer_keeps_a_minimum_stem(word):
    assert len(text.analyse("kk", word)) >= min(len(text.fold("kk", word)), text.KK_MIN_STEM)


@pytest.mark.parametrize("forms", [
    ["επιστροφή", "επιστροφές", "επιστροφών", "επιστροφής"],
    ["παραγγελία", "παραγγελίες", "παραγγελιών", "παραγγελίας"],
    ["προϊόν", "προϊόντος", "προϊόντα", "προϊόντων"],
])
def test_greek_stemmer_joins_number_and_case(forms):
    assert len({text.analyse("el", f) for f in forms}) == 1


def test_stop_words_are_dropped():
    assert text.analyse("en", "the") == ""
    assert text.analyse("kk", "және") == ""
    assert text.analyse("el", "και") == ""


def test_index_documents_keep_one_language_as_plain_text():
    entries = [
        {"location": "returns/", "title": "Returns", "text": "<p>Within <strong>30</strong> days &amp; more</p>"},
        {"location": "kk/returns/", "title": "Қайтару", "text": "<p>30 күн</p>"},
        {"location": "kk/faq/", "title": "Сұрақтар", "text": "<p>English fallback</p>"},
        {"location": "el/returns/#x", "title": "Επιστροφές", "text": "<p>30 ημέρες</p>"},
    ]
    prefixes = ["", "kk/", "el/"]
    en = pack.entries_for(entries, "", prefixes)
    assert en == [{"location": "returns/", "title": "Returns", "text": "Within 30 days & more"}]
    kk = pack.entries_for(entries, "kk/", prefixes, skip={"kk/faq/"})
    assert [d["location"] for d in kk] == ["returns/"]


def test_relevance_file_errors_name_file_and_line(tmp_path):
    bad = tmp_path / "kk.tsv"
    bad.write_text("# comment\nқайтару\treturns\nno tab here\n", encoding="utf-8")
    with pytest.raises(relevance.RelevanceFileError, match=r"kk\.tsv:3: expected"):
        relevance.load(bad)


def test_slugs_from_result_links():
    assert relevance.slug_of("returns/#x") == "returns"
    assert relevance.slug_of("/kk/returns/?h=x") == "returns"
    assert relevance.slug_of("") == "index"
    assert relevance.slug_of("/el/") == "index"
