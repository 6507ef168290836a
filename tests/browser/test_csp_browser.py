"""The built site served WITH the headers of its own site/_headers (a strict Content-Security-Policy: no inline
script, no 'unsafe-inline'), used as a reader uses it in every language: search, the language switcher, the
first-visit language suggestion and its remembered redirect, the contact page's answer box. Zero CSP violations,
zero script errors; and a control: an inline script injected into the page IS blocked and reported, so the
listener would catch one."""
from __future__ import annotations

import pytest
from playwright.sync_api import TimeoutError as PlaywrightTimeout

from support import LANG_PREFIX, LANGS, Server, free_port, site_headers

pytestmark = pytest.mark.browser

SEARCH = {"en": "return", "kk": "қайтару", "el": "επιστροφή"}
PROBLEM = {"en": "my parcel came broken", "kk": "тауар сынып келді", "el": "λάθος μέγεθος"}
WATCH = """
document.addEventListener("securitypolicyviolation", function (e) {
  window.__hcCsp(e.violatedDirective + " blocked " + (e.blockedURI || "inline") + " at " + e.sourceFile + ":" + e.lineNumber);
}, true);
"""


@pytest.fixture(scope="module")
def csp_site(built_site):
    headers = site_headers(built_site.path)
    port = free_port()
    with Server(built_site.path, port, headers):
        yield f"http://127.0.0.1:{port}/", headers


@pytest.fixture
def reader(browser, csp_site):
    """A phone-sized page on the CSP-served site; .problems collects CSP violations and script errors."""
    url, _ = csp_site
    contexts = []

    def make(languages=None):
        ctx = browser.new_context(base_url=url, viewport={"width": 390, "height": 844}, locale="en-US")
        problems: list[str] = []
        ctx.expose_function("__hcCsp", lambda text: problems.append("CSP: " + text))
        ctx.add_init_script(WATCH)
        if languages is not None:
            ctx.add_init_script("Object.defineProperty(navigator, 'languages', {get: () => %r});" % (languages,))
        page = ctx.new_page()
        page.on("pageerror", lambda e: problems.append(f"pageerror: {e}"))
        page.on("console", lambda m: problems.append(f"console.{m.type}: {m.text}")
                if m.type == "error" or "Content Security Policy" in m.text else None)
        page.problems = problems
        contexts.append(ctx)
        return page

    yield make
    for ctx in contexts:
        ctx.close()


def test_the_policy_is_strict(csp_site):
    _, headers = csp_site
    csp = headers["Content-Security-Policy"]
    directives = {d.split()[0]: d.split()[1:] for d in csp.split("; ")}
    assert directives["default-src"] == ["'self'"]
    assert directives["script-src"] == ["'self'"]
    assert "'unsafe-inline'" not in csp and "'unsafe-eval'" not in csp
    for name, value in [("object-src", ["'none'"]), ("base-uri", ["'self'"]), ("form-action", ["'self'"]),
                        ("frame-ancestors", ["'none'"]), ("worker-src", ["'self'"])]:
        assert directives[name] == value
    assert headers["X-Content-Type-Options"] == "nosniff"
    assert headers["Referrer-Policy"] and headers["Permissions-Policy"]


def test_the_listener_sees_a_blocked_inline_script(reader):
    page = reader()
    response = page.goto("")
    assert "script-src 'self'" in response.headers["content-security-policy"]
    # the page's own violation event answers: no waiting on time
    directive = page.evaluate(
        "() => new Promise(done => { document.addEventListener('securitypolicyviolation',"
        " e => done(e.effectiveDirective), {once: true}); const s = document.createElement('script');"
        " s.textContent = 'window.__ran = 1'; document.body.appendChild(s); })")
    assert directive.startswith("script-src")
    assert page.evaluate("window.__ran") is None
    page.wait_for_function("() => true")  # one round trip: the exposed listener's report has reached us
    assert any("script-src" in p for p in page.problems), page.problems


@pytest.mark.parametrize("lang", LANGS)
def test_search_switcher_and_answer_box_run_under_the_policy(reader, lang):
    page = reader()
    # search, from the home page
    page.goto(LANG_PREFIX[lang])
    assert page.evaluate("document.documentElement.classList.contains('hc-js')")
    page.click("label.md-header__button[for=__search]")
    box = page.locator("input.md-search__input")
    box.wait_for(state="visible")
    box.press_sequentially(SEARCH[lang], delay=20)
    # Material searches on keyup (typed Cyrillic sends none) once its worker is ready: a key again until results
    results = page.locator(".md-search-result__item").first
    for _ in range(10):
        box.press("End")
        try:
            results.wait_for(timeout=3000)
            break
        except PlaywrightTimeout:
            continue
    assert results.is_visible()
    # the language switcher, from an article
    other = next(code for code in LANGS if code != lang)
    page.goto(LANG_PREFIX[lang] + "returns/")
    page.locator(".md-header .md-select button").click()
    page.locator(f"a.md-select__link[hreflang={other}]").click()
    page.wait_for_url(f"**/{LANG_PREFIX[other]}returns/")
    # the contact page's answer box: visible, and answering
    page.goto(LANG_PREFIX[lang] + "contact/")
    answers = page.locator("#hc-answers")
    answers.wait_for(state="visible")
    assert answers.bounding_box()["height"] > 50
    page.locator("#hc-answers-input").press_sequentially(PROBLEM[lang], delay=10)
    page.locator(f"#hc-answers[data-hc-query='{PROBLEM[lang]}']").wait_for(timeout=30000)
    assert page.locator("#hc-answers-list > li").count() >= 1
    # a malformed address fragment does not stop the box
    page.goto(LANG_PREFIX[lang] + "contact/#%E0%A4%A")
    answers.wait_for(state="visible")
    page.locator("#hc-answers-input").press_sequentially(PROBLEM[lang], delay=10)
    page.locator(f"#hc-answers[data-hc-query='{PROBLEM[lang]}']").wait_for(timeout=30000)
    assert page.problems == []


@pytest.mark.parametrize("languages, lang", [(["kk-KZ", "ru"], "kk"), (["el-GR"], "el")])
def test_language_suggestion_and_remembered_redirect_run_under_the_policy(reader, csp_site, languages, lang):
    url, _ = csp_site
    page = reader(languages)
    page.goto("")
    banner = page.locator("#hc-suggest")
    banner.wait_for(state="visible")
    banner.locator(f"a[hreflang={lang}]").click()
    page.wait_for_url(f"**/{lang}/")
    page.goto("")                                   # remembered: <head> sends the reader on at once
    page.wait_for_url(f"{url}{lang}/")
    assert page.problems == []
    response = page.goto("404-not-here/")           # the 404 page runs under the policy too
    assert response.status == 404 and "script-src 'self'" in response.headers["content-security-policy"]
    page.locator("#hc-404-q").wait_for()
    # the browser logs the page's own 404 status; nothing else may appear
    assert [p for p in page.problems if "status of 404" not in p] == []


def test_the_editors_status_page_keeps_its_styles_under_the_policy(reader):
    page = reader()
    page.goto("_status/")
    # its inline <style> is allowed by hash: the table is laid out by it, not by the browser's defaults
    assert page.evaluate("getComputedStyle(document.body).fontFamily") != ""
    assert page.evaluate("document.styleSheets[0].cssRules.length") > 0
    # (the page links no favicon, so the browser's /favicon.ico request is a 404: not a policy matter)
    assert [p for p in page.problems if "status of 404" not in p] == []


def test_without_headers_the_pages_own_policy_still_blocks_inline_script(page, served_site):
    """A host that sends no headers (GitHub Pages): the <meta http-equiv> policy of every page applies."""
    problems: list[str] = []
    page.on("console", lambda m: problems.append(m.text) if "Content Security Policy" in m.text else None)
    response = page.goto(LANG_PREFIX["el"] + "returns/")
    assert "content-security-policy" not in response.headers
    page.evaluate("() => { const s = document.createElement('script'); s.textContent = 'window.__ran = 1';"
                  " document.body.appendChild(s); }")
    assert page.evaluate("window.__ran") is None
    page.wait_for_function("() => document.documentElement.classList.contains('hc-js')")
