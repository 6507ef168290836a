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


def test_a_rankers_score_is_hits_in_the_first_three_and_the_mean_reciprocal_rank():
    judged = [relevance.Judgement("a", "first", 1), relevance.Judgement("b", "third", 2),
              relevance.Judgement("c", "fourth", 3), relevance.Judgement("d", "absent", 4),
              relevance.Judgement("e", "eleventh", 5)]
    ranked = {"a": ["first", "x"], "b": ["x", "x", "y", "third"],     # "x" listed twice counts once: third is 3rd
              "c": ["p", "q", "r", "fourth"], "d": ["p"], "e": [f"s{i}" for i in range(10)] + ["eleventh"]}
    s = relevance.score("kk", judged, lambda q: ranked[q])
    assert s.hit3 == 2 / 5
    assert s.mrr == pytest.approx((1 + 1 / 3 + 1 / 4) / 5)     # the eleventh is below the depth: not found
    assert [(j.query, top) for j, top in s.misses] == [("c", ["p", "q", "r"]), ("d", ["p"]), ("e", ["s0", "s1", "s2"])]
    assert s.line("ours") == "ours       kk  hit@3 0.400  MRR 0.317  (3 missed)"
    assert relevance.score("en", [], lambda q: []).mrr == 0.0


def test_a_relevance_file_holds_one_judged_query_a_line(tmp_path):
    good = tmp_path / "el.tsv"
    good.write_text("# judged by hand\n\n  επιστροφή χρημάτων \t returns \n#x\ty\nεγγύηση\twarranty\n", encoding="utf-8")
    assert relevance.load(good) == [relevance.Judgement("επιστροφή χρημάτων", "returns", 3),
                                    relevance.Judgement("εγγύηση", "warranty", 5)]
    for bad in ("\treturns", "query\t ", "query\ta\tb"):
        (tmp_path / "bad.tsv").write_text(bad + "\n", encoding="utf-8")
        with pytest.raises(relevance.RelevanceFileError, match=r"bad\.tsv:1: expected 'query<TAB>article slug'"):
            relevance.load(tmp_path / "bad.tsv")


def test_slugs_of_every_kind_of_link():
    assert relevance.slug_of("/kk/") == "index"
    assert relevance.slug_of("kk/index.html") == "index"
    assert relevance.slug_of("el/returns/index.html") == "returns"
    assert relevance.slug_of("help/kk/returns/") == "returns"
    assert relevance.slug_of("shipping/international/#x") == "international"
    assert relevance.article_locations({"items": [[{"location": "a/?h=x#s"}, {"location": "a/"}],
                                                  [{"location": "b/#s?h=1"}]]}) == ["a/", "b/"]


def test_markup_becomes_the_visible_text():
    assert pack.plain("<p>Within <strong>30</strong>\n days &amp;&nbsp;more</p>  ") == "Within 30 days & more"   # the no-break space too
    assert pack.plain("") == pack.plain(None) == ""


def test_each_language_index_holds_its_own_pages_with_tags_and_boosts_kept():
    entries = [
        {"location": "returns/", "title": "<b>Returns</b>", "text": "x", "tags": ["a"], "boost": 2},
        {"location": "kk/returns/#s", "title": "Қайтару", "text": "y"},
        {"location": "kk/faq/#q", "title": "Сұрақ", "text": "z"},
        {"location": "el/", "title": "Αρχική"},
    ]
    prefixes = ["", "kk/", "el/"]
    assert pack.entries_for(entries, "", prefixes) == [
        {"location": "returns/", "title": "Returns", "text": "x", "tags": ["a"], "boost": 2}]
    assert pack.entries_for(entries, "kk/", prefixes, skip={"kk/faq/"}) == [
        {"location": "returns/#s", "title": "Қайтару", "text": "y"}]
    assert pack.entries_for(entries, "el/", prefixes) == [{"location": "", "title": "Αρχική", "text": ""}]
