"""Search as a reader uses it: a phone-sized page, the search icon, queries typed key by key in
each language (Russian-keyboard and Latin Kazakh, Greek without accents, in capitals and in
Greeklish, English typos), and hostile input that must neither break nor inject anything."""
from __future__ import annotations

from urllib.parse import urlsplit

import pytest

from support import LANG_PREFIX

pytestmark = pytest.mark.browser

RESULT_LINKS = ".md-search-result__item > a:first-child"


def open_search(page, served_site, lang: str):
    errors: list[str] = []
    dialogs: list[str] = []
    page.on("pageerror", lambda e: errors.append(f"pageerror: {e}"))
    page.on("console", lambda m: errors.append(f"console.{m.type}: {m.text}") if m.type == "error" else None)
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    page.goto(served_site.url + LANG_PREFIX[lang])
    page.click("label.md-header__button[for=__search]")
    page.wait_for_selector("input.md-search__input", state="visible")
    # Ready when the "initialising" line gives way to the "type to start searching" one.
    page.wait_for_function(
        "() => { const m = document.querySelector('.md-search-result__meta');"
        " return m && m.dataset.hcInit === undefined && !/\\u2026|\\.\\.\\./.test(m.textContent) }",
        timeout=15000,
    )
    return errors, dialogs


def type_query(page, query: str, paste: bool = False) -> list[str]:
    """Type (or paste) like a reader -- Material reacts to keyup -- and return the article
    links listed."""
    box = page.locator("input.md-search__input")
    box.fill("")
    box.press("End")
    page.wait_for_timeout(100)
    if paste:
        box.fill(query)
    else:
        box.press_sequentially(query, delay=5)
    box.press("End")
    meta = page.locator(".md-search-result__meta")
    page.wait_for_function(
        "() => { const m = document.querySelector('.md-search-result__meta');"
        " return m && /\\d|\\S/.test(m.textContent) }")
    page.wait_for_timeout(400)
    assert meta.count() == 1
    return page.eval_on_selector_all(RESULT_LINKS, "els => els.map(e => e.href)")


def path_of(url: str, served_site) -> str:
    return urlsplit(url).path[len(urlsplit(served_site.url).path):]


QUERIES = [
    # (language, typed, expected article)
    ("kk", "қайтару", "returns/"),
    ("kk", "кайтару", "returns/"),       # Russian keyboard: к for қ
    ("kk", "qaitaru", "returns/"),       # Latin, plain ASCII
    ("kk", "QAITARU", "returns/"),
    ("el", "επιστροφή", "returns/"),
    ("el", "ΕΠΙΣΤΡΟΦΗ", "returns/"),     # capitals, no accents
    ("el", "επιστροφη", "returns/"),
    ("el", "epistrofi", "returns/"),     # Greeklish
    ("en", "returns", "returns/"),
    ("en", "retrun", "returns/"),        # one typo
    ("en", "WARRANTY", "warranty/"),
]


@pytest.mark.parametrize("lang", ["en", "kk", "el"])
def test_typed_queries_find_the_article_and_only_this_language(page, served_site, lang):
    errors, _ = open_search(page, served_site, lang)
    prefix = LANG_PREFIX[lang]
    for qlang, query, expected in QUERIES:
        if qlang != lang:
            continue
        links = type_query(page, query)
        paths = [path_of(u, served_site) for u in links]
        assert paths, f"{lang}: {query!r} found nothing"
        assert prefix + expected in paths[:3], f"{lang}: {query!r} -> {paths[:5]}"
        # the matched words are highlighted in the listed results, however they were typed
        assert page.locator(".md-search-result mark").count() > 0, f"{lang}: {query!r} highlights nothing"
        for p in paths:
            if lang == "en":
                assert not p.startswith(("kk/", "el/")), f"{query!r} listed another language: {p}"
            else:
                assert p.startswith(prefix), f"{query!r} listed a page outside /{prefix}: {p}"
    assert not errors, errors
    own = served_site.url + prefix + "search/search_index.json"
    fetched = [u for u in page.log.requests if u.endswith("search_index.json")]
    assert fetched == [own], f"{lang} page fetched {fetched}"


HOSTILE = ["*", "~", ":", "+-", "^2", "x" * 500, "<img src=x onerror=alert(1)>",
           "title:", "-", "\"", "+", "returns~", "ret*urn^3 -", "a" * 200 + " " + "б" * 300]


@pytest.mark.parametrize("lang", ["en", "kk", "el"])
def test_hostile_queries_break_nothing_and_inject_nothing(page, served_site, lang):
    errors, dialogs = open_search(page, served_site, lang)
    for query in HOSTILE:
        type_query(page, query, paste=len(query) > 20)
        assert page.locator(".md-search-result img, .md-search-result script").count() == 0, query
        assert page.evaluate("() => document.querySelectorAll('img[src=x]').length") == 0, query
    # The search still works after all that.
    links = type_query(page, {"en": "returns", "kk": "қайтару", "el": "επιστροφή"}[lang])
    assert any(path_of(u, served_site) == LANG_PREFIX[lang] + "returns/" for u in links)
    assert not dialogs, dialogs
    assert not errors, errors
    assert not page.log.failed, page.log.failed
