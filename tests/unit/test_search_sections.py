"""The sections a page gives the search index (helpcenter.search.sections), on HTML written here by hand as
Python-Markdown and our templates write it: what a reader finds a page by, and which part of it a result
points to."""
from __future__ import annotations

from helpcenter.search import pack, sections


def _read(html, url="returns/", title="Returns", meta=None):
    """(location, title, text) as the index keeps them: plain text."""
    return [(e["location"], pack.plain(e["title"]), pack.plain(e["text"]))
            for e in sections.entries(html, url, title, meta or {})]


ARTICLE = """<h1 id="returns">Returns<a class="headerlink" href="#returns" title="Permanent link">&para;</a></h1>
<p>You have <strong>30 days</strong> to return an item.</p>
<h2 id="how-to-start">How to start<a class="headerlink" href="#how-to-start" title="Permanent link">&para;</a></h2>
<ol>
<li>Write to us.</li>
<li>Send the item&nbsp;back &amp; keep the receipt.</li>
</ol>
<h2 id="refunds">Refunds</h2>
<p>Paid back in 5&ndash;10 days.</p>
"""


def test_each_heading_starts_a_section_that_links_to_it():
    assert _read(ARTICLE) == [
        ("returns/", "Returns", "You have 30 days to return an item."),
        ("returns/#how-to-start", "How to start", "Write to us. Send the item back & keep the receipt."),
        ("returns/#refunds", "Refunds", "Paid back in 5–10 days."),
    ]


def test_text_before_the_first_heading_belongs_to_the_page():
    html = '<p>Read this first.</p>\n<h2 id="details">Details</h2>\n<p>More.</p>'
    assert _read(html, "faq/", "Questions") == [
        ("faq/", "Questions", "Read this first."),
        ("faq/#details", "Details", "More."),
    ]
    # a page that starts with an h2: the page's own section comes first, titled with the page title
    assert _read('<h2 id="a">Alpha</h2><p>x</p>', "p/", "Page") == [("p/", "Page", ""), ("p/#a", "Alpha", "x")]
    # the front matter title wins over the page's
    assert _read("<p>Only text.</p>", "p/", "Page", {"title": "From front matter"}) == [
        ("p/", "From front matter", "Only text.")]


def test_a_question_inside_a_disclosure_owns_its_answer_and_no_more():
    html = """<h1 id="faq">FAQ</h1>
<p>Common questions.</p>
<details>
<summary>Size</summary>
<h3 id="wrong-size">Wrong size?</h3>
<p>Exchange it.</p>
</details>
<p>Still stuck? Write to us.</p>
"""
    got = _read(html, "faq/", "FAQ")
    assert got[0] == ("faq/", "FAQ", "Common questions. Size Still stuck? Write to us.")
    assert got[1] == ("faq/#wrong-size", "Wrong size?", "Exchange it.")
    assert len(got) == 2


def test_what_the_page_marks_as_not_for_search_is_left_out():
    html = """<h1 id="t">Contact</h1>
<p>Call us.</p>
<div data-search-exclude>
<div class="inner"><p>Office hours table</p></div>
<p>Region list</p>
</div>
<script>if (a < b && c > d) { x = "<h2 id='no'>" }</script>
<style>p { color: red }</style>
<!-- <p>an editor's comment</p> -->
<p>Or write.</p>
<h2 id="hidden" data-search-exclude>Internal</h2>
<p>Staff notes.</p>
<h2 id="chat">Chat</h2>
<p>Live chat.</p>
"""
    assert _read(html, "contact/", "Contact") == [
        ("contact/", "Contact", "Call us. Or write."),
        ("contact/#chat", "Chat", "Live chat."),
    ]


def test_words_split_by_markup_stay_words_and_stray_brackets_stay_text():
    html = ('<h1 id="t">Track <code>#123</code></h1><p>in<em>side</em> and <b>bold</b></p>'
            '<ul><li>one</li><li>two</li></ul><p>1 &lt; 2 and a < b > c</p>')
    ((loc, title, text),) = _read(html, "t/", "T")
    assert title == "Track #123"
    assert text == "inside and bold one two 1 < 2 and a < b > c"


def test_tags_boost_and_exclusion_come_from_front_matter():
    html = '<h1 id="t">T</h1><p>x</p><h2 id="b">B</h2><p>y</p>'
    got = sections.entries(html, "t/", "T", {"tags": ["size", 42, None, ""], "search": {"boost": 2}})
    assert [e["tags"] for e in got] == [["size", "42"], ["size", "42"]]
    assert [e["boost"] for e in got] == [2, 2]
    assert sections.entries(html, "t/", "T", {"search": {"exclude": True}}) == []
    assert "tags" not in sections.entries(html, "t/", "T", {"tags": "not a list"})[0]


def test_broken_markup_loses_no_text():
    html = '<h1 id="t">T</h1><p>unclosed <b>bold<p>next</div></span> end <!-- open comment'
    ((loc, title, text),) = _read(html, "t/", "T")
    assert text == "unclosed bold next end"
