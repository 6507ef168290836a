"""The contact page answers first, in a real Chromium: described problems find the right FAQ answer in every
language (also typed in Greeklish or on a Russian keyboard), FAQ deep links open their question, print opens all,
keyboard and axe, and nothing leaves the origin."""
from __future__ import annotations

from urllib.parse import urlsplit

import pytest
from axe_playwright_python.sync_playwright import Axe

from support import LANG_PREFIX, LANGS, serious_violations as serious

pytestmark = pytest.mark.browser

# (language, what a customer types, the FAQ question that must come first)
PROBLEMS = [
    ("en", "I received the wrong size", "wrong-size"),
    ("en", "my parcel came broken", "defective-item"),
    ("en", "the colour is different from the picture", "not-as-described"),
    ("kk", "өлшемі сәйкес келмеді", "wrong-size"),
    ("kk", "олшеми сайкес келмеди", "wrong-size"),          # Kazakh on a Russian keyboard
    ("kk", "тауар сынып келді", "defective-item"),
    ("el", "λάθος μέγεθος", "wrong-size"),
    ("el", "lathos megethos", "wrong-size"),                 # Greeklish
    ("el", "to proion irthe spasmeno", "defective-item"),
    # a wrong-size belt is a wrong-size problem, not a question about checking sizes before buying
    ("en", "the belt I got is the wrong size", "wrong-size"),
    ("kk", "белдик олшеми сайкес емес", "wrong-size"),
    ("el", "i zoni pou pira einai lathos megethos", "wrong-size"),
]


def describe(page, lang, text):
    page.goto(LANG_PREFIX[lang] + "contact/")
    box = page.locator("#hc-answers-input")
    box.click()
    box.press_sequentially(text, delay=10)
    # the answers shown belong to the whole text, not to a prefix typed on the way
    page.locator(f"#hc-answers[data-hc-query='{text}']").wait_for(timeout=5000)
    return page.locator("#hc-answers-list > li")


@pytest.mark.parametrize("lang, text, expected", PROBLEMS)
def test_described_problem_shows_the_right_answer_first(page, served_site, lang, text, expected):
    answers = describe(page, lang, text)
    assert 1 <= answers.count() <= 3
    first = answers.first
    assert first.get_attribute("data-faq-id") == expected
    # the answer itself is shown, not just a title
    assert len(first.locator(".hc-answer__text").inner_text().split()) >= 5
    question = urlsplit(first.locator(".hc-answer__question a").get_attribute("href"))
    assert (question.path, question.fragment) == ("/" + LANG_PREFIX[lang] + "faq/", expected)
    # the count is announced
    status = page.locator("#hc-answers-status")
    assert status.get_attribute("aria-live") == "polite"
    assert str(answers.count()) in status.inner_text()
    assert page.log.foreign() == []
    assert page.log.failed == []


@pytest.mark.parametrize("lang", LANGS)
def test_read_more_opens_the_full_article_in_the_same_language(page, lang):
    answers = describe(page, lang, dict(en="wrong size", kk="өлшемі сәйкес емес", el="λάθος μέγεθος")[lang])
    more = answers.first.locator(".hc-answer__more a")
    more.click()
    page.wait_for_load_state()
    assert urlsplit(page.url).path == "/" + LANG_PREFIX[lang] + "wrong-size-or-description/"
    assert page.locator("html").get_attribute("lang") == lang
    assert page.log.foreign() == []


def test_answers_are_reachable_by_keyboard_and_text_is_not_html(page):
    answers = describe(page, "en", "wrong size")
    page.keyboard.press("Tab")
    focused = page.evaluate("document.activeElement.closest('#hc-answers-list') !== null")
    assert focused
    # what the reader types is never inserted as markup
    box = page.locator("#hc-answers-input")
    box.fill('<img src=x onerror="window.hcPwned=1"> wrong size')
    # the answers shown now belong to this text (the box records which query they answer)
    page.wait_for_function("() => (document.getElementById('hc-answers').getAttribute('data-hc-query') || '')"
                           ".includes('onerror')")
    assert page.evaluate("window.hcPwned") is None
    assert page.locator("#hc-answers img").count() == 0
    assert answers.count() >= 1


def test_nonsense_says_nothing_matched_and_points_to_the_channels(page):
    page.goto("contact/")
    page.locator("#hc-answers-input").fill("qqqzzx wvvvk")
    status = page.locator("#hc-answers-status")
    # a function: Playwright eval()s an expression string while polling, which the pages' CSP forbids
    page.wait_for_function("() => document.getElementById('hc-answers-status').textContent.length > 0")
    assert page.locator("#hc-answers-list > li").count() == 0
    assert page.locator("#hc-answers-list").is_hidden()
    assert status.inner_text().strip()
    assert page.locator(".hc-channels").is_visible()


def test_without_javascript_the_box_is_hidden_and_channels_and_faq_link_remain(context_factory):
    page = context_factory(java_script_enabled=False).new_page()
    for lang in LANGS:
        page.goto(LANG_PREFIX[lang] + "contact/")
        assert page.locator("#hc-answers").is_hidden()
        assert page.locator(".hc-channels__list li").count() >= 1
        assert page.locator(".hc-channels").is_visible()
        assert page.locator(".hc-contact__faq a").is_visible()


@pytest.mark.parametrize("lang", LANGS)
def test_deep_link_opens_its_question(page, lang):
    page.goto(LANG_PREFIX[lang] + "faq/#wrong-size")
    opened = page.locator("details.hc-faq[open]")
    opened.first.wait_for()
    assert opened.count() == 1
    assert opened.get_attribute("data-hc-faq") == "wrong-size"
    assert opened.locator(".hc-faq__answer").is_visible()
    assert page.locator("#wrong-size").is_visible()
    # a link to another question on the same page opens that one too
    page.evaluate("location.hash = '#warranty'")
    page.locator("details[data-hc-faq=warranty][open]").wait_for()
    assert page.locator("details[data-hc-faq=warranty] .hc-faq__answer").is_visible()


def test_questions_open_and_close_with_the_keyboard(page):
    page.goto("faq/")
    first = page.locator("details.hc-faq").first
    summary = first.locator("summary")
    summary.focus()
    assert first.get_attribute("open") is None
    page.keyboard.press("Enter")
    assert first.get_attribute("open") is not None
    assert first.locator(".hc-faq__answer").is_visible()
    page.keyboard.press("Space")
    assert first.get_attribute("open") is None
    # the question is still a heading for screen-reader heading navigation
    assert page.get_by_role("heading", level=2).count() >= 10


def test_printing_opens_every_question(page):
    page.goto("faq/")
    count = page.locator("details.hc-faq").count()
    page.evaluate("window.dispatchEvent(new Event('beforeprint'))")
    assert page.locator("details.hc-faq[open]").count() == count
    page.evaluate("window.dispatchEvent(new Event('afterprint'))")
    assert page.locator("details.hc-faq[open]").count() == 0
    # and the print style shows closed answers even when no script runs
    page.emulate_media(media="print")
    assert page.locator("details.hc-faq .hc-faq__answer").last.is_visible()


@pytest.mark.parametrize("lang", LANGS)
def test_axe_finds_no_serious_violation(page, lang):
    axe = Axe()
    problems = {}
    # Our components: the answer box with answers shown, the channels block, the FAQ disclosures.
    # (Whole pages are checked in test_languages_browser.py.)
    describe(page, lang, dict(en="wrong size", kk="өлшемі сәйкес емес", el="λάθος μέγεθος")[lang])
    assert page.locator("#hc-answers-list > li").count() >= 1
    problems["contact"] = serious(axe.run(page, context={"include": [[".hc-contact"]]}))
    page.goto(LANG_PREFIX[lang] + "faq/#wrong-size")
    page.locator("details.hc-faq[open]").first.wait_for()
    problems["faq"] = serious(axe.run(page, context={"include": [["details.hc-faq"]]}))
    assert {k: v for k, v in problems.items() if v} == {}
    assert page.log.foreign() == []
    assert page.log.failed == []


@pytest.mark.parametrize("lang", LANGS)
def test_the_answer_box_does_not_shift_the_page_as_it_loads(context_factory, lang):
    """Cumulative layout shift on the contact page stays under Lighthouse's 'good' 0.1."""
    ctx = context_factory(viewport={"width": 390, "height": 844})
    ctx.add_init_script("""
        window.__cls = 0;
        new PerformanceObserver(list => {
            for (const e of list.getEntries()) if (!e.hadRecentInput) window.__cls += e.value;
        }).observe({type: "layout-shift", buffered: true});
    """)
    page = ctx.new_page()
    page.goto(LANG_PREFIX[lang] + "contact/")
    page.wait_for_load_state("networkidle")
    page.locator("#hc-answers").wait_for(state="visible")
    # fonts in place and two frames painted: every shift the loading caused has been observed
    page.evaluate("""async () => { await document.fonts.ready;
        await new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r))); }""")
    assert page.locator("#hc-answers").is_visible()
    assert page.evaluate("window.__cls") < 0.1
