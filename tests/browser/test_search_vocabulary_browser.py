"""Customers' own words in the search box: Russian on the Kazakh site (inflected, so the
Russian stemmer runs in the browser), everyday English and Greek words the articles do not use
(found through the articles' keywords and the synonym files)."""
from __future__ import annotations

import pytest

from support import LANG_PREFIX
from test_search_browser import open_search, path_of, type_query

pytestmark = pytest.mark.browser

QUERIES = {
    "kk": [("возврата", "returns/"), ("гарантии", "warranty/"), ("размер не подошёл", "wrong-size-or-description/"),
           ("бракованный товар", "defective-items/"), ("где мой заказ", "order-processing/")],
    "en": [("money back", "returns/"), ("too small", "wrong-size-or-description/"), ("guarantee", "warranty/")],
    "el": [("παράπονο", "give-feedback/"), ("refund", "returns/"), ("thelo na kano epistrofi", "returns/")],
}


@pytest.mark.parametrize("lang", ["en", "kk", "el"])
def test_everyday_words_find_the_article(page, served_site, lang):
    errors, _ = open_search(page, served_site, lang)
    for query, expected in QUERIES[lang]:
        paths = [path_of(u, served_site) for u in type_query(page, query)]
        assert LANG_PREFIX[lang] + expected in paths[:3], f"{lang}: {query!r} -> {paths[:5]}"
    assert not errors, errors
