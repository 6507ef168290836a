"""The HTML an article may publish: what the content contract needs passes; anything that could run code,
load another site or post a form is refused with the Markdown line and what to write instead, however it
is spelt (any case, HTML entities, whitespace or control characters in the scheme, Markdown links, images,
reference links, attribute lists)."""
from __future__ import annotations

import markdown
import pytest

from helpcenter import contact, html_policy
from helpcenter.html_policy import HtmlPolicyError, check_page, url_problem

EXTENSIONS = ["attr_list", "md_in_html", "admonition", "pymdownx.details", "pymdownx.superfences", "tables",
              "meta", "toc"]


def _tables_config() -> dict:
    from helpcenter.policy.config import MkDocsYamlLoader
    import yaml
    from support import ROOT
    data = yaml.load((ROOT / "mkdocs.yml").read_text("utf-8"), Loader=MkDocsYamlLoader)
    return next(item["tables"] for item in data["markdown_extensions"] if isinstance(item, dict) and "tables" in item)


def html_of(source: str) -> str:
    """The page HTML as MkDocs gives it to the hook (Markdown with the site's extensions, tables as configured)."""
    return markdown.markdown(source, extensions=EXTENSIONS, extension_configs={"tables": _tables_config()})


def problems(source: str, path: str = "docs/en/x.md") -> list[str]:
    try:
        check_page(html_of(source), source, path)
    except HtmlPolicyError as e:
        return e.problems
    return []


FRONT = "---\ntitle: T\n---\n\n# T\n\n"   # the body starts on line 5; line 7 is the first free line

ALLOWED = [
    '<div class="grid cards" markdown>\n\n-   **[FAQ](faq.md)**\n\n</div>\n',
    "<details><summary>Why?</summary>Because.</details>\n",
    "Press <kbd>Ctrl</kbd>+<kbd>F</kbd>.<br>Then m<sup>2</sup> and H<sub>2</sub>O.\n",
    "??? note \"Details\"\n    Text.\n",
    "!!! tip \"Keep your invoice\"\n    Keep it.\n",
    "[Returns](returns.md#how), [site](https://example.com/a?b=1), [mail](mailto:help@example.com), "
    "[call](tel:+15550100)\n",
    "![A belt](belt.png){ width=\"300\" }\n",
    "| a | b |\n|---|---|\n| 1 | 2 |\n",
    "| size | belt |\n|:--|--:|\n| S | 60 cm |\n",            # aligned columns: align=, not style=
    "```html\n<script>alert(1)</script>\n<iframe src=\"https://x\"></iframe>\n```\n",
    "Inline `<script>` and `javascript:` in code are text.\n",
    "## A question? {#stable-id}\n\nText with an &amp; and a < b.\n",
    "<abbr title=\"Stock keeping unit\">SKU</abbr> and <mark>marked</mark>.\n",
]


@pytest.mark.parametrize("body", ALLOWED)
def test_what_articles_need_passes(body):
    assert problems(FRONT + body) == []


# (body written at line 7, words the message must contain)
REFUSED = [
    ("<script>alert(1)</script>\n", ["<script>", "Content-Security-Policy"]),
    ("Text <SCRIPT src=\"https://evil.example/x.js\"></SCRIPT>\n", ["<script>"]),
    ("<img src=x onerror=alert(1)>\n", ["onerror", "event-handler"]),
    ("<p ONCLICK=\"x()\">p</p>\n", ["onclick"]),
    ('<iframe src="https://evil.example/"></iframe>\n', ["<iframe>", "link to the page instead"]),
    ('<object data="x.swf"></object>\n', ["<object>"]),
    ('<embed src="x.swf">\n', ["<embed>"]),
    ('<form action="https://evil.example/"><input name=a></form>\n', ["<form>", "contact.md"]),
    ("<style>body{display:none}</style>\n", ["<style>", "overrides/assets/stylesheets"]),
    ('<span style="color:red">red</span>\n', ["style=", "class"]),
    ('<svg><script>alert(1)</script></svg>\n', ["<svg>"]),
    ("[x](javascript:alert(1))\n", ["javascript:", "returns.md"]),
    ("[x](JaVaScRiPt:alert(1))\n", ["javascript:"]),
    ("[x](&#106;avascript:alert(1))\n", ["javascript:"]),
    ("[x](&#x6A;&#x61;vascript&colon;alert(1))\n", ["javascript:"]),
    ("[x](<java\tscript:alert(1)>)\n", ["javascript:"]),
    ("[x](\x01javascript:alert(1))\n", ["javascript:"]),
    ('<a href=" javascript:alert(1)">x</a>\n', ["javascript:"]),
    ('<a href="java&#x0A;script:alert(1)">x</a>\n', ["javascript:"]),
    ("[x](vbscript:msgbox(1))\n", ["vbscript:"]),
    ("![x](data:image/svg+xml;base64,PHN2Zz4=)\n", ["data:"]),
    ("[x](data:text/html,<script>alert(1)</script>)\n", ["data:"]),
    ("[ref]: javascript:alert(1)\n\nSee [x][ref].\n", ["javascript:"]),
    ('[x](returns.md){: onclick="alert(1)" }\n', ["onclick"]),
    ("[x](file:///etc/passwd)\n", ["file:"]),
    ('<a href="https://ok.example/" target="_blank">x</a>\n', ["target", "not allowed"]),
]


@pytest.mark.parametrize("body, words", REFUSED)
def test_dangerous_html_is_refused_with_the_line_and_what_to_do(body, words):
    found = problems(FRONT + body, "docs/kk/returns.md")
    assert found, f"not refused: {body!r}"
    first = found[0]
    assert first.startswith("docs/kk/returns.md:7: "), first
    for word in words:
        assert word.lower() in first.lower(), (word, first)


def test_the_line_is_the_culprits_even_after_a_code_example_showing_it():
    source = FRONT + "```html\n<script>x</script>\n```\n\nText.\n\n<script>alert(1)</script>\n"
    assert problems(source)[0].startswith("docs/en/x.md:13: ")


def test_every_problem_of_a_page_is_listed():
    found = problems(FRONT + "<script>a</script>\n\n[x](javascript:b)\n")
    assert [p.split(": ")[0] for p in found] == ["docs/en/x.md:7", "docs/en/x.md:9"]


@pytest.mark.parametrize("url, ok", [
    ("returns.md", True), ("../faq/#x", True), ("#top", True), ("https://a.example", True), ("HTTP://a", True),
    ("mailto:a@b.c", True), ("tel:+1", True), ("", True), ("javascript:x", False), (" \tjavascript:x", False),
    ("jav&#x09;ascript:x", False), ("&#0000106;avascript:x", False), ("VBScript:x", False), ("data:,x", False),
    ("ftp://x", False), ("a:b", False),
])
def test_url_problem(url, ok):
    assert (url_problem(url) is None) == ok


@pytest.mark.parametrize("value", ["javascript:alert(1)", " JavaScript:alert(1)", "java\tscript:x", "data:text/html,x"])
def test_contact_settings_use_the_same_check(value):
    with pytest.raises(contact.ContactError) as info:
        contact.channels({"chat_url": value})
    assert "extra.contact.chat_url" in str(info.value)
    assert html_policy.url_problem(value).split(";")[0] in str(info.value)


@pytest.mark.parametrize("meta, line, words", [
    ({"title": "Returns <script>x</script>"}, 2, "title contains '<' and '>'"),
    ({"description": 'x"><img src=x onerror=y>'}, 3, "description contains"),
    ({"updated": '2025-07-03"><script>'}, 4, "updated contains"),
])
def test_front_matter_the_theme_prints_may_not_carry_html(meta, line, words):
    source = '---\ntitle: T\ndescription: D\nupdated: U\n---\n\n# T\n'
    with pytest.raises(HtmlPolicyError) as info:
        check_page("<h1>T</h1>", source, "docs/el/x.md", meta)
    assert str(info.value).startswith(f"docs/el/x.md:{line}: front matter ")
    assert words in str(info.value)
    assert not html_policy.plainly_allowed("<h1>T</h1>", meta)  # the hook's shortcut sends it to check_page


def test_ordinary_front_matter_passes():
    check_page("<h1>T</h1>", "---\ntitle: Returns & exchanges\n---\n", "docs/en/x.md",
               {"title": "Returns & exchanges", "description": "What “as described” means.", "updated": "2025-07-03"})


AGREEMENT = [
    # ordinary article HTML: accepted without the parser
    '<h2 id="how">How</h2>\n<p>Read <a href="returns/">this</a> and <a href="https://example.com/x?a=1">that</a>.</p>',
    '<ol>\n<li><strong>One</strong> <code>two</code></li>\n</ol>\n<img alt="photo" src="../img/a.png" />',
    '<details class="note" open="open"><summary>Why?</summary><p>Because.</p></details>',
    '<p>5 &lt; 6 &amp; 7 &gt; 3</p>',
    # refused, however plain it looks
    '<a href="javascript:alert(1)">x</a>', '<a href="JaVaScRiPt:alert(1)">x</a>', '<a href=" javascript:x">x</a>',
    '<a href="java&#10;script:x">x</a>', '<a href="data:text/html,x">x</a>', '<a href="vbscript:x">x</a>',
    '<p onclick="x()">x</p>', '<p style="color:red">x</p>', '<img src="x" onerror="alert(1)" />',
    '<svg><a href="#x">x</a></svg>', '<script src="x.js"></script>', '<iframe src="https://x"></iframe>',
    '<form action="https://x"><input name="a" /></form>', '<a href=javascript:x>x</a>', '<P ONCLICK="x">x</P>',
    '<!-- <script>x</script> -->', '<p data-x="1">x</p>', '<a href="//evil.example/x">x</a>',
    '<img src="https://other.example/track.gif" />', '<object data="x"></object>', '<p>a</p><style>p{}</style>',
]


@pytest.mark.parametrize("html", AGREEMENT)
def test_the_quick_check_accepts_only_what_the_parser_accepts(html):
    """findings() skips the parser for plain Markdown output; it must never accept what the parser refuses."""
    scanner = html_policy._Scanner()
    scanner.feed(html)
    scanner.close()
    assert [f.message for f in html_policy.findings(html)] == [f.message for f in scanner.findings]
    if html_policy._plainly_allowed(html):
        assert scanner.findings == []
    # the hook skips check_page only for what check_page accepts; asked twice (tags seen before are remembered)
    for _ in range(2):
        if html_policy.plainly_allowed(html, {"title": "T"}):
            check_page(html, "", "docs/en/x.md", {"title": "T"})
