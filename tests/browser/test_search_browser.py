"""Search as a reader uses it: a phone-sized page, the search icon, queries typed key by key in
each language (Russian-keyboard and Latin Kazakh, Greek without accents, in capitals and in
Greeklish, English typos), a query typed before the page has finished loading, a link to a search opened
before the page script has loaded, the highlight on
the page a result opens, keyboard navigation, and hostile input that must neither break nor
inject anything. Every wait is for a condition: the result list of THIS query (its links carry the
typed words in ?h=) with the counter in the reader's language, never a fixed sleep."""
from __future__ import annotations

import json
import re
from urllib.parse import parse_qs, quote, urlsplit

import pytest

from support import LANG_PREFIX, MATERIAL_BUNDLE

pytestmark = pytest.mark.browser

RESULT_LINKS = ".md-search-result__item > a:first-child"

# The list shows THIS query's results: the input holds it, and either every listed link carries the
# typed words (?h=) and the counter says how many, or the counter says "no matching documents" --
# each in the reader's language, from the page's own translations.
SETTLED_JS = """
([query, expectH]) => {
  const input = document.querySelector('input.md-search__input')
  const meta = document.querySelector('.md-search-result__meta')
  if (!input || !meta || input.value !== query) return false
  const t = JSON.parse(document.getElementById('__config').textContent).translations
  const links = [...document.querySelectorAll('.md-search-result__item > a:first-child')]
  const text = meta.textContent.trim()
  if (links.length === 0) return expectH === null && text === t['search.result.none']
  if (expectH === null) return false
  const hs = links.map(a => new URL(a.href).searchParams.get('h'))
  if (!hs.every(h => h === expectH)) return false
  const n = document.querySelectorAll('.md-search-result__item').length
  return text === (n === 1 ? t['search.result.one'] : t['search.result.other'].replace('#', n))
    || (n >= 10 && /\\d/.test(text))
}
"""


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
        " const t = JSON.parse(document.getElementById('__config').textContent).translations;"
        " return m && m.textContent.trim() === t['search.result.placeholder'] }",
        timeout=15000,
    )
    return errors, dialogs


TYPED = object()


def type_query(page, query: str, expect_h=TYPED, paste: bool = False) -> list[str]:
    """Type (or paste) like a reader -- Material reacts to keyup -- wait for this query's list and
    return the article links listed. expect_h: the words the links carry (by default the typed words but
    the excluded ones; None: no results expected)."""
    if expect_h is TYPED:
        expect_h = " ".join(w for w in query[:256].split() if not w.startswith("-"))
    box = page.locator("input.md-search__input")
    box.fill("")
    box.press("End")  # a keyup: Material searches for the empty box, the list empties
    page.wait_for_function(
        "() => !document.querySelector('.md-search-result__item')"
        " && document.querySelector('input.md-search__input').value === ''")
    if paste:
        box.fill(query)
    else:
        box.press_sequentially(query, delay=5)
    box.press("End")
    page.wait_for_function(SETTLED_JS, arg=[query, expect_h], timeout=15000)
    assert page.locator(".md-search-result__meta").count() == 1
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
        links = type_query(page, query, expect_h=query)
        paths = [path_of(u, served_site) for u in links]
        assert paths, f"{lang}: {query!r} found nothing"
        assert prefix + expected in paths[:3], f"{lang}: {query!r} -> {paths[:5]}"
        # the matched words are highlighted in the listed results, however they were typed
        marks = page.eval_on_selector_all(".md-search-result mark", "els => els.map(e => e.textContent)")
        assert marks and all(m.strip() for m in marks), f"{lang}: {query!r} highlights {marks[:5]}"
        for p in paths:
            if lang == "en":
                assert not p.startswith(("kk/", "el/")), f"{query!r} listed another language: {p}"
            else:
                assert p.startswith(prefix), f"{query!r} listed a page outside /{prefix}: {p}"
    assert not errors, errors
    # only this language's own index files, and never the whole index
    fetched = [urlsplit(u).path for u in page.log.requests if re.search(r"/search/(search_index\.json|[tdc][/.])", u)]
    own = urlsplit(served_site.url).path + prefix + "search/"
    assert fetched and all(p.startswith(own) for p in fetched), fetched
    assert not page.log.failed, page.log.failed


HOSTILE = ["*", "~", ":", "+-", "^2", "x" * 500, "<img src=x onerror=alert(1)>",
           "title:", "-", "\"", "+", "returns~", "ret*urn^3 -", "a" * 200 + " " + "б" * 300]


@pytest.mark.parametrize("lang", ["en", "kk", "el"])
def test_hostile_queries_break_nothing_and_inject_nothing(page, served_site, lang):
    errors, dialogs = open_search(page, served_site, lang)
    box = page.locator("input.md-search__input")
    for query in HOSTILE:
        box.fill("")
        box.press("End")
        box.fill(query) if len(query) > 20 else box.press_sequentially(query, delay=5)
        box.press("End")
        # settled: the input holds the query and the counter is a final one (none, one or a number)
        page.wait_for_function(
            """(q) => { const m = document.querySelector('.md-search-result__meta');
              const t = JSON.parse(document.getElementById('__config').textContent).translations;
              const s = m.textContent.trim();
              return document.querySelector('input.md-search__input').value === q
                && s !== t['search.result.placeholder'] && s.length > 0 }""", arg=query)
        assert page.locator(".md-search-result img, .md-search-result script").count() == 0, query
        assert page.evaluate("() => document.querySelectorAll('img[src=x]').length") == 0, query
    # The search still works after all that.
    query = {"en": "returns", "kk": "қайтару", "el": "επιστροφή"}[lang]
    links = type_query(page, query, expect_h=query)
    assert any(path_of(u, served_site) == LANG_PREFIX[lang] + "returns/" for u in links)
    assert not dialogs, dialogs
    assert not errors, errors
    assert not page.log.failed, page.log.failed


EARLY = {"en": ("warranty", "warranty/"), "kk": ("кепілдік", "warranty/"), "el": ("εγγύηση", "warranty/")}


@pytest.mark.parametrize("lang", ["en", "kk", "el"])
def test_a_query_typed_before_the_search_has_loaded_gets_its_results(page, served_site, lang):
    """On a slow phone the reader opens the search box and types while the search is still loading (its
    index manifest held back here until the query is typed): the query is searched once it is ready. The
    search starts loading when the reader opens the box, the page's first use of script."""
    held = []
    manifest = re.compile(r".*/search/search_index\.json$")
    page.route(manifest, lambda route: held.append(route))
    page.goto(served_site.url + LANG_PREFIX[lang] + "returns/")
    with page.expect_request(lambda r: manifest.match(r.url)):
        page.click("label.md-header__button[for=__search]")
    query, expected = EARLY[lang]
    box = page.locator("input.md-search__input")
    box.press_sequentially(query, delay=5)
    # still loading: the counter line shows Material's "initialising" text, no list yet
    init = page.evaluate("() => document.querySelector('.md-search-result__meta').textContent.trim()")
    assert init and page.locator(".md-search-result__item").count() == 0
    assert held, "the search index was not requested"
    for route in held:
        route.continue_()
    page.wait_for_function(SETTLED_JS, arg=[query, query], timeout=15000)
    links = page.eval_on_selector_all(RESULT_LINKS, "els => els.map(e => e.href)")
    assert LANG_PREFIX[lang] + expected in [path_of(u, served_site) for u in links][:3], links[:3]


LINKED = {"en": ("warranty", "warranty/"), "kk": ("кепілдік", "warranty/"), "el": ("εγγυηση", "warranty/")}


@pytest.mark.parametrize("lang", ["en", "kk", "el"])
def test_a_search_link_shows_its_results_before_the_page_script_has_loaded(page, served_site, lang):
    """A link to a search (?q=, as Material's search sharing writes it) opens with the search box showing that
    query's results, in the reader's language, while Material's page script is still downloading (held back
    here): hc-head.js starts the language's worker in <head>. Once the page script runs, the search box is
    Material's and lists the same results for the same query, from the same worker (one per page, not a
    second one computing the same list), and it answers what the reader types next."""
    errors = []
    page.on("pageerror", lambda e: errors.append(f"pageerror: {e}"))
    page.on("console", lambda m: errors.append(f"console.{m.type}: {m.text}") if m.type == "error" else None)
    workers = []
    page.on("worker", lambda w: workers.append(w.url))
    held = []
    page.route(MATERIAL_BUNDLE, lambda route: held.append(route))
    query, expected = LINKED[lang]
    # the list may be drawn before the parser even asks for Material's script: wait for both
    with page.expect_request(MATERIAL_BUNDLE, timeout=15000):
        page.goto(served_site.url + LANG_PREFIX[lang] + "returns/?q=" + quote(query), wait_until="commit")
        page.wait_for_selector(".md-search-result__item", state="attached", timeout=15000)
    assert page.evaluate("() => window.component$ === undefined"), "Material's page script already ran"
    # shown, not only in the document: the search box is open over the page with the list in it (the list may be
    # in the document a moment before the stylesheets have arrived to lay it out)
    page.locator(".md-search-result__item").first.wait_for(state="visible", timeout=15000)
    assert page.evaluate("() => window.component$ === undefined"), "Material's page script already ran"
    box = page.locator(".md-search-result__item").first.bounding_box()
    assert box and box["width"] > 100 and box["height"] > 20, box
    page.wait_for_function("() => getComputedStyle(document.querySelector('.md-search__inner')).opacity === '1'")
    assert page.locator(".md-search-result__item h1").first.is_visible()
    assert page.evaluate("() => document.getElementById('__search').checked")
    assert page.input_value("input.md-search__input") == query
    early = [path_of(u, served_site) for u in page.eval_on_selector_all(RESULT_LINKS, "els => els.map(e => e.href)")]
    assert LANG_PREFIX[lang] + expected in early[:3], early[:3]
    assert all(p.startswith(LANG_PREFIX[lang]) for p in early)
    # the counter, in the reader's language (the page's own translations), says how many
    t = json.loads(page.text_content("#__config"))["translations"]
    n = page.locator(".md-search-result__item").count()
    meta = page.text_content(".md-search-result__meta").strip()
    assert meta in (t["search.result.one"], t["search.result.other"].replace("#", str(n))) or \
        (n == 10 and re.search(r"\d", meta)), meta
    # the typed word is marked where it matched, in titles or teasers (a first list of article titles may have
    # nothing to mark when the word is in a section: the list with the sections follows one download later)
    page.wait_for_selector(".md-search-result__item mark", state="attached", timeout=15000)
    page.wait_for_function("() => window.component$ === undefined")  # still held back
    assert held
    for route in held:
        route.continue_()
    page.wait_for_function("() => window.component$ !== undefined")
    page.wait_for_function(SETTLED_JS, arg=[query, query], timeout=15000)
    page.wait_for_function("() => !document.querySelector('[data-hc-early]')", timeout=15000)
    links = [path_of(u, served_site) for u in page.eval_on_selector_all(RESULT_LINKS, "els => els.map(e => e.href)")]
    assert links[0] == early[0] and LANG_PREFIX[lang] + expected in links[:3], links[:3]
    assert [urlsplit(u).path for u in workers] == ["/" + LANG_PREFIX[lang] + "search/worker.js"], workers
    # the worker Material took over answers the next query
    query2, expected2 = TYPED_NEXT[lang]
    links = type_query(page, query2)
    assert LANG_PREFIX[lang] + expected2 in [path_of(u, served_site) for u in links[:3]], links[:3]
    assert len(workers) == 1, workers
    assert not errors, errors


TYPED_NEXT = {"en": ("refund", "returns/"), "kk": ("қайтару", "returns/"), "el": ("επιστροφή", "returns/")}


COUNT_PREVIEWS = """
(() => {
  const Native = window.Worker
  window.__previews = 0
  window.Worker = function (url, options) {
    const w = new Native(url, options)
    w.addEventListener("message", e => { if (e.data && e.data.type === 103) window.__previews++ })
    window.__worker = w
    return w
  }
  window.Worker.prototype = Native.prototype
})()
"""


@pytest.mark.parametrize("named", [True, False], ids=["named", "nameless"])
def test_a_search_link_is_previewed_once_with_or_without_a_worker_name(page, served_site, named):
    """hc-head.js starts the preview in the worker's name (so the worker need not wait for the busy main
    thread) and posts the same query too: a browser that gives workers no name still gets the early list
    (here the worker is served not knowing its name), and one that does gets it once, not twice (two
    answers: titles, then teasers)."""
    if not named:
        def nameless(route):
            response = route.fetch()
            route.fulfill(response=response, body=response.text().replace('"hc-preview:"', '"hc-unknown:"'))
        page.route("**/kk/search/worker.js", nameless)
    page.add_init_script(COUNT_PREVIEWS)
    page.route(MATERIAL_BUNDLE, lambda route: None)  # held back for good: only the preview draws
    page.goto(served_site.url + "kk/returns/?q=" + quote("кепілдік"), wait_until="commit")
    page.wait_for_selector(".md-search-result__item[data-hc-early] mark", state="attached", timeout=15000)
    links = [path_of(u, served_site) for u in page.eval_on_selector_all(RESULT_LINKS, "els => els.map(e => e.href)")]
    assert "kk/warranty/" in links[:3], links
    # one more query, answered after everything the worker was asked before (it answers in order): a second
    # preview would have come first
    page.evaluate("""() => new Promise(done => {
      window.__worker.addEventListener("message", e => { if (e.data && e.data.type === 3) done() })
      window.__worker.postMessage({type: 2, data: "қайтару"})
    })""")
    assert page.evaluate("() => window.__previews") == 2


# words that match more articles than one screen of the list holds (Material shows ten at first)
MANY = {"en": "contact", "kk": "тауар", "el": "παραγγελ"}


@pytest.mark.parametrize("lang", ["en", "kk", "el"])
def test_a_search_links_first_screen_counts_every_matching_article(page, served_site, lang):
    """The list a search link shows before Material's page script has loaded holds its first screen (the
    worker sends no more), yet its counter says how many articles match: the same number as the list Material
    draws once its script runs, and as the engine counts."""
    from helpcenter.search import relevance

    query = MANY[lang]
    (result,) = relevance.run_js(served_site.path / LANG_PREFIX[lang] / "search", [{"q": query}])
    total = len(result["items"])
    assert total > 10, f"{query!r} matches {total} articles: pick a word that fills more than one screen"
    held = []
    page.route(MATERIAL_BUNDLE, lambda route: held.append(route))
    with page.expect_request(MATERIAL_BUNDLE, timeout=15000):
        page.goto(served_site.url + LANG_PREFIX[lang] + "returns/?q=" + quote(query), wait_until="commit")
        page.wait_for_selector(".md-search-result__item", state="attached", timeout=15000)
    t = json.loads(page.text_content("#__config"))["translations"]
    counter = t["search.result.other"].replace("#", str(total))
    assert page.locator(".md-search-result__item[data-hc-early]").count() == 10
    assert page.text_content(".md-search-result__meta").strip() == counter
    assert page.evaluate("() => window.component$ === undefined"), "Material's page script already ran"
    for route in held:
        route.continue_()
    page.wait_for_function("() => window.component$ !== undefined")
    page.wait_for_function(SETTLED_JS, arg=[query, query], timeout=15000)
    page.wait_for_function("() => !document.querySelector('[data-hc-early]')", timeout=15000)
    assert page.text_content(".md-search-result__meta").strip() == counter


HIGHLIGHT = [
    # (language, typed, article, words that must be marked on the page, as the page writes them)
    ("kk", "кайтару", "returns/", {"қайтаруға", "Қайтару"}),        # inflected Kazakh, Russian keyboard
    ("el", "epistrofi", "returns/", {"επιστροφή", "επιστροφές"}),   # Greeklish marks Greek
    ("el", "ΕΠΙΣΤΡΟΦΗ", "returns/", {"επιστροφή"}),                 # capitals without accents
    ("en", "returning", "returns/", {"return", "returns", "Return"}),
]


@pytest.mark.parametrize("lang,query,article,words", HIGHLIGHT)
def test_the_page_a_result_opens_highlights_the_typed_words_as_written_there(page, served_site, lang, query,
                                                                            article, words):
    errors, _ = open_search(page, served_site, lang)
    links = type_query(page, query, expect_h=query)
    target = next(i for i, u in enumerate(links) if path_of(u, served_site) == LANG_PREFIX[lang] + article)
    page.locator(RESULT_LINKS).nth(target).click()
    page.wait_for_function("() => document.documentElement.dataset.hcHighlighted !== undefined")
    assert parse_qs(urlsplit(page.url).query)["h"] == [query]
    marked = set(page.eval_on_selector_all(".md-content mark", "els => els.map(e => e.textContent)"))
    assert words <= marked, f"{query!r} marked {sorted(marked)[:12]}"
    assert all(m.strip() for m in marked)
    assert not errors, errors


@pytest.mark.parametrize("h", ["<>", "&#39;", "'", "<script>alert(1)</script>", "%", " ", "-", "*",
                               "<b>returns</b>", "returns" * 100])
def test_hostile_highlight_parameter_marks_nothing_empty_and_injects_nothing(page, served_site, h):
    dialogs = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    page.goto(served_site.url + "returns/?h=" + quote(h))
    page.wait_for_load_state("load")
    page.wait_for_function("() => document.readyState === 'complete'")
    # the highlighter has finished (it flags the page), or had no word to look for (blank ?h=)
    page.wait_for_function("() => document.documentElement.dataset.hcHighlighted !== undefined"
                           " || !/\\S/.test(new URL(location.href).searchParams.get('h') || '')")
    marks = page.eval_on_selector_all("mark", "els => els.map(e => e.textContent)")
    assert all(m.strip() for m in marks), marks
    assert "&#39;" not in page.inner_text(".md-content")
    assert page.locator(".md-content script, .md-content b").count() == 0
    assert not dialogs
    if h == "<b>returns</b>":  # the word inside the markup is a word like any other
        assert "returns" in [m.lower() for m in marks] or "Returns" in marks


def test_keyboard_reaches_the_results_and_enter_opens_one(page, served_site):
    open_search(page, served_site, "el")
    type_query(page, "epistrofi", expect_h="epistrofi")
    page.keyboard.press("ArrowDown")
    focused = page.evaluate("() => document.activeElement.closest('.md-search-result__item') !== null")
    assert focused
    href = page.evaluate("() => document.activeElement.href")
    page.keyboard.press("Enter")
    page.wait_for_url(href)
    assert urlsplit(page.url).path.endswith("/el/" + path_of(href, served_site)[3:].split("?")[0])


NOTHING = {"en": "zzqx", "kk": "zzqx", "el": "zzqx"}
# a typo too far for the one-typo match: two letters off, or in the first two letters
FAR_TYPO = {"en": ("wrarrantyy", "warranty"), "kk": ("гепілдік", "кепілдік"), "el": ("αρκοποσία", "αργοπορία")}


@pytest.mark.parametrize("lang", ["en", "kk", "el"])
def test_a_search_that_finds_nothing_offers_top_articles_contact_and_the_closest_word(page, served_site, lang):
    errors, _ = open_search(page, served_site, lang)
    type_query(page, NOTHING[lang], expect_h=None)
    panel = page.locator(".hc-search-empty")
    panel.wait_for(state="visible")
    ui = page.evaluate("() => JSON.parse(document.getElementById('__config').textContent).translations")
    text = panel.inner_text()
    assert NOTHING[lang] in text
    links = panel.locator("a").evaluate_all("els => els.map(e => [e.textContent, e.getAttribute('href')])")
    hrefs = [h for _, h in links]
    # the top articles of this language and the channels, as links
    assert any(urlsplit(h).path.endswith("/" + LANG_PREFIX[lang] + "returns/") for h in hrefs), links
    assert any(h.startswith("mailto:") for h in hrefs) and any(h.startswith("tel:") for h in hrefs), links
    assert ui["search.result.none"] in page.inner_text(".md-search-result__meta")
    # a far typo: the closest known word, which searches when chosen
    typo, word = FAR_TYPO[lang]
    type_query(page, typo, expect_h=None)
    page.wait_for_function("q => { const p = document.querySelector('.hc-search-empty');"
                           " return p && !p.hidden && p.dataset.hcQuery === q }", arg=typo)
    suggest = page.locator(".hc-search-empty__suggest")
    shown = suggest.inner_text()
    assert shown.lower() == word.lower()
    suggest.click()
    page.wait_for_function("w => document.querySelector('input.md-search__input').value === w", arg=shown)
    chosen = page.input_value("input.md-search__input")
    page.wait_for_function(SETTLED_JS, arg=[chosen, chosen], timeout=15000)
    assert page.locator(".md-search-result__item").count() > 0
    assert page.locator(".hc-search-empty").is_hidden()
    assert not errors, errors


@pytest.mark.parametrize("lang", ["en", "kk", "el"])
def test_the_search_box_lists_what_the_measured_engine_ranks(page, served_site, lang):
    """A sample of the judged queries (tests/data/relevance) typed into the real search box lists the same first
    three articles as the engine the relevance tests measure (engine.js in Node on the same files)."""
    from helpcenter.search import relevance
    from support import ROOT

    judged = relevance.load(ROOT / "tests" / "data" / "relevance" / f"{lang}.tsv")[::7]
    queries = [j.query for j in judged]
    results = relevance.run_js(served_site.path / LANG_PREFIX[lang] / "search", [{"q": q} for q in queries])
    errors, _ = open_search(page, served_site, lang)
    for query, result in zip(queries, results):
        expected = [LANG_PREFIX[lang] + loc for loc in relevance.article_locations(result)[:3]]
        links = type_query(page, query, paste=True) if expected else type_query(page, query, expect_h=None)
        listed = [path_of(u, served_site).split("?")[0] for u in links][:3]
        assert listed == expected, f"{lang}: {query!r}: the box lists {listed}, the engine ranks {expected}"
    assert not errors, errors
