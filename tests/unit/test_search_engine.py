"""The search engine the browser runs (overrides/assets/javascripts/search/engine.js, here in Node) on
indexes built by helpcenter.search.shards: query semantics, typo tolerance, keywords, what a query
downloads, and hostile input. Each index is written to a temporary folder exactly as the build writes it."""
from __future__ import annotations

import json
import re

import pytest

from helpcenter.search import relevance, shards


def _write(tmp_path, lang, docs, keywords=None):
    files = shards.build(lang, docs, keywords)
    for name, content in files.items():
        target = tmp_path / name
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(content, encoding="utf-8")
    return tmp_path


def _search(folder, *queries, article=None):
    reqs = [{"q": q, **({"article": article} if article else {})} for q in queries]
    return relevance.run_js(folder, reqs)


def _loc(location):
    """A result's location without the typed words it carries (?h=)."""
    return re.sub(r"\?h=[^#]*", "", location)


def _articles(result):
    return relevance.article_locations(result)


def test_one_typo_finds_a_long_word_without_pushing_exact_matches_down(tmp_path):
    idx = _write(tmp_path / "a", "en", [
        {"location": "near/", "title": "Warrenty", "text": "warrenty warrenty warrenty"},
        {"location": "exact/", "title": "Warranty", "text": "about the warranty"},
    ])
    exact, typo, missing = _search(idx, "warranty", "warrenty", "warrnty")
    assert _articles(exact)[0] == "exact/"
    assert "exact/" in _articles(typo)
    assert "exact/" in _articles(missing)
    # short words get no typo allowance
    idx = _write(tmp_path / "b", "en", [{"location": "a/", "title": "Belt", "text": "belt"}])
    assert _search(idx, "bolt")[0]["items"] == []


def test_a_typo_match_scores_an_order_of_magnitude_below_a_real_match(tmp_path):
    """The one-typo allowance is a fallback (FUZZY_BOOST): the same word in the same place, once as typed
    and once one letter off, and the typed one is worth at least ten times more."""
    idx = _write(tmp_path, "en", [
        {"location": "typo/", "title": "Parcels", "text": "About tracing."},
        {"location": "real/", "title": "Orders", "text": "About tracking."},
    ])
    (result,) = _search(idx, "tracking")
    score = {_loc(g[0]["location"]): g[0]["score"] for g in result["items"]}
    assert score.keys() == {"typo/", "real/"}
    assert score["real/"] >= 10 * score["typo/"], score


def test_as_you_type_prefixes_required_excluded_quoted_and_field_terms(tmp_path):
    idx = _write(tmp_path, "en", [
        {"location": "returns/", "title": "Returns", "text": "Send the item back for a refund."},
        {"location": "refund/", "title": "Refunds", "text": "Money back on your card after a return."},
        {"location": "belts/", "title": "Belts", "text": "Sizes of belts."},
    ])
    prefix, required, excluded, quoted, field = _search(
        idx, "refu", "+refund return", "refund -card", '"money back"', "title:return")
    assert set(_articles(prefix)) == {"returns/", "refund/"}
    assert _articles(required) == ["refund/", "returns/"] or set(_articles(required)) == {"refund/", "returns/"}
    assert _articles(excluded) == ["returns/"]
    assert _articles(quoted) == ["refund/"]
    assert _articles(field) == ["returns/"]


def test_sections_are_grouped_under_their_article_with_matched_words_marked(tmp_path):
    idx = _write(tmp_path, "kk", [
        {"location": "returns/", "title": "Қайтару", "text": "Тауарды қайтаруға болады."},
        {"location": "returns/#merzim", "title": "Мерзім", "text": "Қайтару мерзімі 30 күн."},
        {"location": "other/", "title": "Басқа", "text": "Мүлдем басқа."},
    ])
    (result,) = _search(idx, "кайтару")
    assert [[_loc(d["location"]) for d in g] for g in result["items"]] == [["returns/", "returns/#merzim"]]
    first = result["items"][0][0]
    assert "<mark>Қайтару</mark>" in first["title"] and "<mark>қайтаруға</mark>" in first["text"]
    # the link carries the typed words for the highlight on the page it opens
    assert first["location"] == "returns/?h=%D0%BA%D0%B0%D0%B9%D1%82%D0%B0%D1%80%D1%83"
    assert result["items"][0][1]["location"].endswith("#merzim")


def test_keywords_find_an_article_and_are_never_shown(tmp_path):
    idx = _write(tmp_path, "kk", [
        {"location": "returns/", "title": "Қайтару", "text": "Тауарды қайтару."},
        {"location": "other/", "title": "Басқа", "text": "Басқа мәтін."},
    ], keywords={"returns/": ["возврат", "деньги назад"]})
    (result,) = _search(idx, "возврат")
    assert _articles(result) == ["returns/"]
    shown = " ".join(d["title"] + " " + d["text"] for g in result["items"] for d in g)
    assert "возврат" not in shown and "деньги" not in shown


def test_a_query_downloads_only_the_shards_of_its_terms(tmp_path):
    docs = [{"location": f"a{i}/", "title": f"Article {i}", "text": " ".join(
        f"{a}{b}word{i}" for a in "abcdefgh" for b in "aeiou")} for i in range(30)]
    idx = _write(tmp_path, "en", docs)
    manifest = json.loads((idx / "search_index.json").read_text(encoding="utf-8"))
    assert len(manifest["config"]["hc"]["shards"]) > 40
    (result,) = _search(idx, "bawor")
    shards_read = [f for f in result["loaded"] if f.startswith("t/")]
    assert len(shards_read) == 1
    assert json.loads((idx / shards_read[0]).read_text(encoding="utf-8")).keys() >= {"baword1"}
    # texts of the first articles listed only, never of all of them
    assert 0 < len([f for f in result["loaded"] if f.startswith("d/")]) <= 10
    # the manifest the page downloads stays small whatever the size of the help center
    assert len((idx / "search_index.json").read_bytes()) < 4000


def test_answer_box_query_stays_inside_one_article(tmp_path):
    idx = _write(tmp_path, "en", [
        {"location": "returns/", "title": "Returns", "text": "Return an item."},
        {"location": "faq/", "title": "FAQ", "text": ""},
        {"location": "faq/#how-long", "title": "How long to return?", "text": "30 days to return."},
    ])
    (result,) = _search(idx, "return", article="faq/")
    assert [_loc(d["location"]) for g in result["items"] for d in g][:1] == ["faq/#how-long"]
    assert all(d["location"].startswith("faq/") for g in result["items"] for d in g)


HOSTILE = ["*", "~", ":", "+-", "^2", "x" * 500, "<img src=x onerror=alert(1)>", "title:", "foo:bar", "-", "+",
           "\"", "returns~", "ret*urn^3 -", "a" * 200 + " " + "б" * 300, "-қайтару", "\u0000", "%", "~~~~9999",
           "^999999999999", "қайтару~99"]


def test_hostile_queries_give_a_result_and_no_markup(tmp_path):
    idx = _write(tmp_path, "kk", [{"location": "returns/", "title": "Қайтару <b>x</b>",
                                   "text": "Тауарды қайтару & <img src=x onerror=alert(1)>"}])
    results = _search(idx, *HOSTILE, "қайтару")
    for query, result in zip(HOSTILE, results):
        assert isinstance(result["items"], list), query
        for group in result["items"]:
            for doc in group:
                assert not re.search(r"<(?!/?mark>)", doc["title"] + doc["text"]), (query, doc)
    # the text's own markup-like characters come back escaped, the matched word marked
    text = results[-1]["items"][0][0]["text"]
    assert "&lt;img" in text and "<mark>қайтару</mark>" in text


# --- The index files as the engine reads them (shards.build's format) -------------------------------------

def _shard_of(files, term):
    """The postings of `term`: the shard named after its first two letters, in the manifest's list of shards."""
    hc = json.loads(files["search_index.json"])["config"]["hc"]
    if term[:2] not in hc["shards"]:
        return None
    return json.loads(files[f"t/{hc['shards'].index(term[:2])}.json"]).get(term)


def test_the_index_holds_each_articles_words_once_per_term_with_delta_coded_documents():
    docs = [
        {"location": "refunds/", "title": "Refunds", "text": "A refund is refunded to the card."},
        {"location": "refunds/#card", "title": "Card", "text": "Cards and the card."},
        {"location": "belts/", "title": "Belts", "text": "Belts, no refunds.", "boost": 2.0},
        {"location": "bags/", "title": "Bags", "text": "A refund for bags.", "tags": ["Refund"], "boost": 1},
    ]
    files = shards.build("en", docs, keywords={"belts/": ["strap"]}, path="search/", config={"lang": ["en"]})
    manifest = json.loads(files["search_index.json"])
    hc = manifest["config"].pop("hc")
    assert manifest == {"config": {"lang": ["en"]}, "docs": []}
    assert (hc["version"], hc["lang"], hc["path"], hc["key"], hc["docs"], hc["articles"]) == (1, "en", "search/", 2, 4, 3)
    assert hc["fields"] == [["title", 1000.0], ["text", 1.0], ["keywords", 500.0], ["synonyms", 1.0],
                            ["tags", 1000000.0]]
    assert hc["boosts"] == {"2": 2.0}       # only a boost other than 1, by document number
    assert hc["shards"] == sorted(hc["shards"]) and len(hc["v"]) == 12
    # articles in order, each with its first document's number; their shown texts one file per article
    assert json.loads(files["c.json"]) == [["refunds/", "Refunds", 0], ["belts/", "Belts", 2], ["bags/", "Bags", 3]]
    assert json.loads(files["d/0.json"]) == [["refunds/", "Refunds", "A refund is refunded to the card."],
                                             ["refunds/#card", "Card", "Cards and the card."]]
    # per field: [document, count, ...], each document as the distance from the previous one; refund/refunded/
    # refunds are one term; trailing empty fields are left out
    assert _shard_of(files, "refund") == [[0, 1], [0, 2, 2, 1, 1, 1], [], [], [3, 1]]
    assert _shard_of(files, "card") == [[1, 1], [0, 1, 1, 2]]
    assert _shard_of(files, "strap") == [[], [], [2, 1]]
    assert _shard_of(files, "the") is None        # a stop word is not indexed
    assert _shard_of(files, "belt") == [[2, 1], [2, 1]]
    assert shards.read_docs(files) == [{"location": d["location"], "title": d["title"], "text": d["text"]}
                                       for d in docs]


def test_sections_without_their_pages_entry_are_grouped_under_the_page():
    groups = shards.group_articles([
        {"location": "a/#one", "title": "One", "text": "x"},
        {"location": "b/", "title": "B", "text": "y"},
        {"location": "a/#two", "title": "Two", "text": "z"},
        {"location": "b/#s", "title": "S", "text": "w"},
    ])
    assert [[d["location"] for d in g] for g in groups] == [["a/", "a/#one", "a/#two"], ["b/", "b/#s"]]
    assert groups[0][0] == {"location": "a/", "title": "One", "text": ""}


def test_writing_an_index_replaces_the_files_of_the_last_build(tmp_path):
    (tmp_path / "t").mkdir()
    (tmp_path / "t" / "99.json").write_text("{}", encoding="utf-8")
    docs = [{"location": "a/", "title": "Қайтару", "text": "Тауарды қайтару."}]
    n = shards.write("kk", docs, None, "kk/search/", tmp_path)
    written = sorted(p.relative_to(tmp_path).as_posix() for p in tmp_path.rglob("*") if p.is_file())
    assert n == len(written) and "t/99.json" not in written
    assert shards.read_docs(tmp_path) == docs
    assert json.loads((tmp_path / "search_index.json").read_text(encoding="utf-8"))["config"]["hc"]["path"] == "kk/search/"


def test_the_measured_ranking_is_the_browsers_on_the_sites_own_files(tmp_path):
    """relevance.our_ranker and answer_box read a built site's index files, as the search box and the contact
    page's answer box do: the article slugs best first, and the FAQ question ids best first."""
    shards.write("en", [{"location": "returns/", "title": "Returns", "text": "Send it back."},
                        {"location": "warranty/", "title": "Warranty", "text": "Repairs and returns."},
                        {"location": "faq/", "title": "FAQ", "text": ""},
                        {"location": "faq/#return-window", "title": "How long do I have to return?",
                         "text": "30 days to return an item."},
                        {"location": "faq/#reply-time", "title": "When do you reply?", "text": "Within a day."}],
                 None, "search/", tmp_path / "search")
    shards.write("kk", [{"location": "returns/", "title": "Қайтару", "text": "Тауарды қайтару."}],
                 None, "kk/search/", tmp_path / "kk" / "search")
    rank = relevance.our_ranker(tmp_path, "en", ["returns", "repairs", "nothing"])
    # a title match above a text match (title boost 1000, text 1); each article once, by its slug
    assert rank("returns") == ["returns", "faq", "warranty"] and rank("repairs") == ["warranty"]
    assert rank("nothing") == []
    assert relevance.our_ranker(tmp_path, "kk", ["кайтару"])("кайтару") == ["returns"]
    # the answer box drops the query syntax a customer may type by chance, and stays inside the FAQ
    assert relevance.answer_box(tmp_path, "en", ["I want to -return: it", "reply?", "+++"]) == [
        ["return-window"], ["reply-time"], []]


def test_the_first_list_shows_every_article_and_marks_the_titles_on_its_first_screen(tmp_path):
    """Before the articles' texts arrive, the worker sends the list as titles (search/early.js and Material
    draw it at once). It lists every matching article in the final order; the titles on the first screen
    (Material shows ten) have the typed word marked, the others are plain text until the full list replaces
    it, and every title is HTML-escaped."""
    docs = [{"location": f"parcel-{i:02d}/", "title": f"Parcel {i}", "text": "Where is my parcel?"}
            for i in range(11)]
    docs.append({"location": "parcel-odd/", "title": "Parcel <b> & 'co'", "text": "parcel"})
    idx = _write(tmp_path, "en", docs)
    (got,) = relevance.run_js(idx, [{"q": "parcel", "early": True}])
    early, full = got["early"], got["items"]
    assert early is not None, "no titles-only list before the texts"
    assert [_loc(g[0]["location"]) for g in early["items"]] == [_loc(g[0]["location"]) for g in full]
    assert len(early["items"]) == 12
    titles = [g[0]["title"] for g in early["items"]]
    assert all("<mark>Parcel</mark>" in t for t in titles[:10]), titles[:10]
    assert not any("<mark>" in t for t in titles[10:]), titles[10:]
    assert "Parcel &lt;b&gt; &amp; &#39;co&#39;" in titles[10:]
    assert all(g[0]["text"] == "" for g in early["items"])
    full_titles = [g[0]["title"] for g in full]
    assert all("<mark>Parcel</mark>" in t for t in full_titles), full_titles
    assert "<mark>Parcel</mark> &lt;b&gt; &amp; &#39;co&#39;" in full_titles


def test_a_first_screen_query_gets_the_lists_first_articles_and_the_count_of_all(tmp_path):
    """A page opened with ?q= asks the worker for the first screen only (hc-head.js: first 10): both its
    answers, the titles and then the texts, hold the complete list's first articles in the same order, and
    total still counts every matching article (the count the reader sees above the list)."""
    docs = [{"location": f"parcel-{i:02d}/", "title": f"Parcel {i}", "text": "parcel " * (i + 1)}
            for i in range(14)]
    docs.append({"location": "other/", "title": "Refunds", "text": "money back"})
    idx = _write(tmp_path, "en", docs)
    # the first-screen query first: on a fresh page, before any text is downloaded (so titles come first)
    first, whole = relevance.run_js(idx, [{"q": "parcel", "first": 3, "early": True}, {"q": "parcel"}])
    assert whole["total"] == len(whole["items"]) == 14
    assert first["total"] == first["early"]["total"] == 14
    assert first["items"] == whole["items"][:3]
    assert [g[0]["location"] for g in first["early"]["items"]] == [g[0]["location"] for g in whole["items"][:3]]
    (nothing,) = relevance.run_js(idx, [{"q": "xylophone", "first": 3}])
    assert nothing["items"] == [] and nothing["total"] == 0
