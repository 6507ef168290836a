"""Material's page script (its bundle) runs when the reader first needs it, not while a page loads
(assets/javascripts/hc-material.js, helpcenter/pagescripts.py): a reader who only reads downloads and runs
none of it, and everything the reader does first still works the first time: the search button, the search
shortcut key, scrolling back to the top."""
from __future__ import annotations

import re

import pytest

from support import LANG_PREFIX, MATERIAL_BUNDLE

pytestmark = pytest.mark.browser

SEARCH_FILES = re.compile(r".*/search/(worker\.js|.*\.json)$")
MOUNTED_JS = "() => typeof window.document$ === 'object' && document.documentElement.classList.contains('js')"


def _errors(page):
    errors = []
    page.on("pageerror", lambda e: errors.append(f"pageerror: {e}"))
    page.on("console", lambda m: errors.append(f"console.{m.type}: {m.text}") if m.type == "error" else None)
    return errors


@pytest.mark.parametrize("lang", ["en", "kk", "el"])
def test_an_article_read_without_touching_it_downloads_no_page_script_and_the_first_scroll_starts_it(
        page, served_site, lang):
    """Opened and read: no Material bundle, no search worker or index, yet the search button is shown. The
    reader's first scroll starts Material, which then shows its back-to-top button on scrolling up."""
    errors = _errors(page)
    page.goto(served_site.url + LANG_PREFIX[lang] + "returns/")
    page.wait_for_load_state("networkidle")  # anything started at load has been requested by now
    loaded = [u for u in page.log.requests if MATERIAL_BUNDLE.match(u) or SEARCH_FILES.match(u)]
    assert loaded == [], loaded
    assert page.locator("label.md-header__button[for=__search]").is_visible()
    with page.expect_request(MATERIAL_BUNDLE):
        page.mouse.wheel(0, 1500)
    page.wait_for_function(MOUNTED_JS)
    page.mouse.wheel(0, -300)
    page.wait_for_function("() => { const b = document.querySelector('.md-top');"
                           " return b && !b.hidden && getComputedStyle(b).visibility !== 'hidden' }")
    assert errors == []


@pytest.mark.parametrize("lang", ["en", "kk", "el"])
def test_the_search_button_tapped_before_the_page_script_has_arrived_opens_a_focused_search_field(
        page, served_site, lang):
    """The tap starts the page script; while it is still on its way (held back here), the search box is open
    and its field has the focus, so what the reader types goes into it; then Material takes the box over."""
    errors = _errors(page)
    held = []
    page.route(MATERIAL_BUNDLE, lambda route: held.append(route))
    page.goto(served_site.url + LANG_PREFIX[lang] + "returns/")
    with page.expect_request(MATERIAL_BUNDLE):
        page.click("label.md-header__button[for=__search]")
    assert page.evaluate("() => document.getElementById('__search').checked")
    assert page.evaluate("() => document.activeElement === document.querySelector('input.md-search__input')")
    assert page.locator("input.md-search__input").is_visible()
    for route in held:
        route.continue_()
    page.wait_for_function(MOUNTED_JS)
    assert errors == []


@pytest.mark.parametrize("lang", ["en", "kk", "el"])
def test_the_first_press_of_the_search_key_opens_the_search(context_factory, served_site, lang):
    """On a desktop, the reader's very first act is "/" (Material's search shortcut): it starts the page
    script, and the search opens with its field focused, without a second press."""
    page = context_factory(viewport={"width": 1280, "height": 800}).new_page()
    errors = _errors(page)
    page.goto(served_site.url + LANG_PREFIX[lang] + "returns/")
    page.wait_for_load_state("networkidle")
    with page.expect_request(MATERIAL_BUNDLE):
        page.keyboard.press("/")
    page.wait_for_function("() => document.activeElement === document.querySelector('input.md-search__input')"
                           " && document.getElementById('__search').checked")
    assert page.evaluate("() => document.querySelector('input.md-search__input').value") == ""
    assert errors == []
