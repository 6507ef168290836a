"""Customer vocabulary in real builds: front-matter keywords and the synonym files reach each
language's search index and nothing a reader sees; editors' mistakes name file and line.
Everyday-phrasing judged queries (tests/data/relevance/everyday-<lang>.tsv) find their article."""
from __future__ import annotations

import pytest

from helpcenter.search import relevance, shards
from support import LANG_PREFIX, LANGS, ROOT, run_mkdocs
from test_policy_build import EN, KK, make_site, output, pages
from test_search_relevance import assert_judged_set_in_top_3

MIN_HIT3 = 0.9


def _with_keywords(page: str, line: str) -> str:
    return page.replace("policy: [return_window]\n", f"policy: [return_window]\n{line}\n", 1)


def test_keywords_and_synonyms_are_indexed_and_never_shown(tmp_path):
    cfg = make_site(tmp_path, pages(en_returns=_with_keywords(EN, "keywords: money back, send it back"),
                                    kk_returns=_with_keywords(KK, "keywords: [возврат, вернуть]")))
    syn = tmp_path / "search" / "synonyms"
    syn.mkdir(parents=True)
    (syn / "en.yml").write_text("guarantee: [reply]\n", encoding="utf-8")
    result = run_mkdocs(cfg, tmp_path / "site")
    assert result.returncode == 0, output(result)
    site = tmp_path / "site"

    def found(lang, query):
        (result,) = relevance.run_js(site / LANG_PREFIX[lang] / "search", [{"q": query}])
        return relevance.article_locations(result)

    # in the index's keywords field (the search's own field syntax), and found by a plain query
    assert found("en", "keywords:money") == ["returns/"] and "returns/" in found("en", "send it back")
    assert found("en", "synonyms:guarantee") == ["returns/"]      # the page says "We reply"
    assert found("kk", "keywords:возврат") == ["returns/"] and "returns/" in found("kk", "возврат")
    # never among the texts the search shows
    for lang, word in (("en", "money"), ("kk", "возврат"), ("en", "guarantee")):
        shown = " ".join(d["title"] + " " + d["text"] for d in shards.read_docs(site / LANG_PREFIX[lang] / "search"))
        assert word not in shown, f"{lang}: {word!r} is in the shown text"
    for lang, word in (("en", "money back"), ("kk", "возврат"), ("en", "guarantee")):
        html = (site / LANG_PREFIX[lang] / "returns" / "index.html").read_text(encoding="utf-8")
        assert word not in html, f"{lang}: {word!r} is shown on the page"


@pytest.mark.parametrize("strict", [True, False], ids=["strict", "not-strict"])
def test_bad_keywords_name_file_and_line(tmp_path, strict):
    cfg = make_site(tmp_path, pages(en_returns=_with_keywords(EN, "keywords: {money: back}")))
    result = run_mkdocs(cfg, tmp_path / "site", strict=strict)
    assert "docs/en/returns.md:6: keywords must be words separated by commas" in output(result), output(result)
    assert (result.returncode != 0) == strict
    assert "Traceback" not in output(result)


def test_a_broken_synonym_file_stops_the_build_with_file_and_line(tmp_path):
    cfg = make_site(tmp_path, pages())
    syn = tmp_path / "search" / "synonyms"
    syn.mkdir(parents=True)
    (syn / "el.yml").write_text("refund: επιστροφή\nrefund: χρήματα\n", encoding="utf-8")
    result = run_mkdocs(cfg, tmp_path / "site", strict=False)
    assert result.returncode != 0
    assert "search/synonyms/el.yml:2: 'refund' is already listed on line 1" in output(result), output(result)
    assert "Traceback" not in output(result)


@pytest.mark.parametrize("lang", LANGS)
def test_everyday_phrasing_finds_its_article_in_the_top_3(built_site, lang):
    path = ROOT / "tests" / "data" / "relevance" / f"everyday-{lang}.tsv"
    assert_judged_set_in_top_3(built_site.path, lang, path, MIN_HIT3)
