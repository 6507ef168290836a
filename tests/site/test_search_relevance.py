"""Per-language search on the real built site: each language has its own index file holding only
its own pages, and the judged queries in tests/data/relevance/ find their article in the top 3
at least 95% of the time (measured with helpcenter.search.engine, the Python twin of the
browser's search; tests/unit/test_search_parity.py keeps the twins equal)."""
from __future__ import annotations

import json

import pytest

from helpcenter.search import relevance
from support import LANG_PREFIX, LANGS, ROOT

MIN_QUERIES = 30
MIN_HIT3 = 0.95


def _index(built_site, lang):
    return json.loads((built_site.path / LANG_PREFIX[lang] / "search" / "search_index.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize("lang", LANGS)
def test_each_language_has_its_own_index_of_its_own_pages(built_site, lang):
    data = _index(built_site, lang)
    assert data["config"]["lang"] == [{"en": "hcen", "kk": "kk", "el": "el"}[lang]]
    assert data["docs"], f"{lang}: empty search index"
    for doc in data["docs"]:
        loc = doc["location"]
        assert not loc.startswith(("/", "kk/", "el/")), f"{lang}: location {loc!r} is not under /{LANG_PREFIX[lang]}"
        page = built_site.path / LANG_PREFIX[lang] / loc.split("#")[0] / "index.html"
        assert page.is_file(), f"{lang}: {loc!r} points to no page"
        assert "<" not in doc["title"] + doc["text"], f"{lang}: markup left in {loc!r}"
    # the loader the worker imports for this code is part of the site
    code = data["config"]["lang"][0]
    assert (built_site.path / "assets" / "javascripts" / "lunr" / "min" / f"lunr.{code}.min.js").is_file()


@pytest.mark.parametrize("lang", LANGS)
def test_judged_queries_find_their_article_in_the_top_3(built_site, lang):
    path = ROOT / "tests" / "data" / "relevance" / f"{lang}.tsv"
    judged = relevance.load(path)
    assert len(judged) >= MIN_QUERIES, f"{path}: only {len(judged)} judged queries"
    slugs = {p.stem for p in (ROOT / "docs" / lang).glob("*.md")}
    unknown = [f"{path}:{j.line}: no article {j.slug!r}" for j in judged if j.slug not in slugs]
    assert not unknown, "\n".join(unknown)
    score = relevance.score(lang, judged, relevance.our_ranker(built_site.path, lang, [j.query for j in judged]))
    missed = "\n".join(f"  {path}:{j.line}: {j.query!r} -> {j.slug}, got {top}" for j, top in score.misses)
    assert score.hit3 >= MIN_HIT3, f"{score.line('ours')}\n{missed}"
