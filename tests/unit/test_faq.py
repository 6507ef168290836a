"""FAQ questions as disclosures, the article each answer links to, and the contact channels block's data."""
from __future__ import annotations

import re
from html.parser import HTMLParser

import pytest

from helpcenter import contact, faq, ui

PAGE = """<h1 id="faq">Frequently asked questions</h1>
<p>Short answers.</p>
<h2 id="return-window">How long do I have to return an item?</h2>
<p>Within 30 days. See <a href="../returns/#steps">returns</a> or <a href="#reply-time">another question</a>.</p>
<div class="admonition tip"><p class="admonition-title">Tip</p><h2>Not a question</h2><p>Keep the box.</p></div>
<h2 id="reply-time">When do you <em>reply</em>?</h2>
<p>Within 24 hours.</p>
<ul>
<li><a href="https://example.org/x">elsewhere</a></li>
<li><a href="../contact/">contact</a></li>
</ul>
<h2 id="warranty">What does the warranty cover?</h2>
<p>Faults. <a href="./#return-window">Back</a></p>
"""


class Tree(HTMLParser):
    """Parent chain of every element with an id, and whether tags balance."""

    def __init__(self):
        super().__init__()
        self.stack, self.parents, self.text_in = [], {}, {}

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if "id" in a:
            self.parents[a["id"]] = [t for t, _ in self.stack] + [tag]
        self.stack.append((tag, a))

    def handle_endtag(self, tag):
        assert self.stack and self.stack[-1][0] == tag, f"</{tag}> closes {self.stack[-1:]}"
        self.stack.pop()

    def handle_data(self, data):
        if data.strip():
            for tag, a in self.stack:
                if tag == "details":
                    self.text_in.setdefault(a["data-hc-faq"], []).append(data.strip())


def parse(html):
    t = Tree()
    t.feed(html)
    t.close()
    assert t.stack == []
    return t


def test_every_question_becomes_a_disclosure_with_its_heading_as_summary():
    out = faq.disclosures(PAGE)
    tree = parse(out)
    for qid in ("return-window", "reply-time", "warranty"):
        assert tree.parents[qid][-3:] == ["details", "summary", "h2"]
    assert out.count("<details") == 3
    assert out.count(' id="return-window"') == 1  # the id stays on the heading only


def test_each_answer_stays_inside_its_own_question():
    tree = parse(faq.disclosures(PAGE))
    assert "Keep the box." in tree.text_in["return-window"]
    assert "Not a question" in tree.text_in["return-window"]  # a nested h2 is part of the answer
    assert "Within 24 hours." in tree.text_in["reply-time"]
    assert "Within 24 hours." not in tree.text_in["return-window"]
    assert "Faults." in tree.text_in["warranty"]


def test_text_before_the_first_question_and_headings_in_markup_are_kept():
    out = faq.disclosures(PAGE)
    assert out.startswith('<h1 id="faq">Frequently asked questions</h1>\n<p>Short answers.</p>\n<details')
    assert "When do you <em>reply</em>?" in out
    assert re.sub(r"<[^>]+>|\s", "", out) == re.sub(r"<[^>]+>|\s", "", PAGE)  # no text lost or added


def test_a_question_without_id_is_reported_and_left_alone():
    html = '<h2 id="a">One?</h2><p>x</p>\n<h2>Two without an id?</h2>\n<p>y</p>\n<h2 id="a">Three?</h2><p>z</p>'
    problems = faq.problems(faq.find_questions(html))
    assert len(problems) == 2
    assert "'Two without an id?' has no stable id" in problems[0]
    assert "{#stable-id}" in problems[0]
    assert "'a' is used by two questions" in problems[1]
    out = faq.disclosures(html)
    assert "<h2>Two without an id?</h2>\n<p>y</p>" in out
    assert out.count("<details") == 2


def test_a_top_level_h1_ends_an_answer():
    html = '<h2 id="a">Q?</h2><p>answer</p>\n<h1 id="more">More</h1><p>after</p>'
    out = faq.disclosures(html)
    assert out.index("</details>") < out.index('<h1 id="more">')


def test_page_without_questions_is_unchanged():
    html = "<h1>Title</h1><p>text</p>"
    assert faq.disclosures(html) == html


def test_article_links_are_relative_to_the_page_that_shows_them():
    links = faq.article_links(PAGE, "kk/faq/", "kk/contact/")
    assert links == {"return-window": "../returns/#steps", "reply-time": "./"}
    # from the language root the same articles are one level up less
    assert faq.article_links(PAGE, "kk/faq/", "kk/")["return-window"] == "returns/#steps"


# --- the channels block --------------------------------------------------------------------------------


def test_channels_in_order_with_links_and_faster_marks():
    got = contact.channels({"email": "help@example.com", "phone": "+1 555 0100", "chat_url": "/contact/#chat",
                            "form_url": "https://forms.example.com/x"})
    assert [c.kind for c in got] == ["form", "email", "phone", "chat"]
    assert [c.href for c in got] == ["https://forms.example.com/x", "mailto:help@example.com", "tel:+15550100",
                                     "/contact/#chat"]
    assert [c.kind for c in got if c.faster] == ["phone", "chat"]


def test_empty_channel_is_left_out():
    assert [c.kind for c in contact.channels({"email": "a@b.example", "chat_url": "", "phone": None})] == ["email"]


@pytest.mark.parametrize("settings, key", [
    ({"email": "not-an-address"}, "extra.contact.email"),
    ({"email": "a@b.example", "phone": "call us"}, "extra.contact.phone"),
    ({"chat_url": "javascript:alert(1)"}, "extra.contact.chat_url"),
    ({"form_url": "https://x.example/a b"}, "extra.contact.form_url"),
    ({}, "extra.contact"),
    (["help@example.com"], "extra.contact"),
])
def test_bad_channel_settings_name_the_key(settings, key):
    with pytest.raises(contact.ContactError) as err:
        contact.channels(settings)
    assert err.value.key == key
    assert str(err.value).startswith(key + ":")


@pytest.mark.parametrize("lang", ["en", "kk", "el"])
def test_expectations_state_the_policy_fact_in_each_language(lang):
    lines = contact.expectations(ui.strings(lang), {"first_reply": "48"})
    assert "48" in lines[0] and "24" not in lines[0]
    assert len(lines) == 3 and len(set(lines)) == 3
    assert contact.have_ready(ui.strings(lang)) == [ui.STRINGS[lang][f"contact.ready.{k}"]
                                                    for k in ("order", "photos", "invoice")]


def test_expectations_without_the_fact_fail_clearly():
    with pytest.raises(contact.ContactError, match="extra.policy.first_reply"):
        contact.expectations(ui.strings("en"), {"return_window": "30"})
