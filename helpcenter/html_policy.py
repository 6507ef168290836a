"""Which HTML an article may publish: an allow-list of elements and attributes, and safe link addresses.

Articles are Markdown; the content contract needs a little raw HTML (``<div class="grid cards" markdown>``,
``<details>``/``<summary>``, ``<kbd>``, ``<br>``, ``<sup>``, ``<sub>``...). Anything that could run code, load
another site or post a form is refused: ``<script>``, ``<iframe>``, ``<object>``, ``<embed>``, ``<form>``,
``<style>``, event-handler attributes (``onclick=``...), ``style=`` attributes (blocked by the site's
Content-Security-Policy anyway), and ``javascript:``, ``vbscript:``, ``data:`` and any other non-web
address, in raw HTML and in Markdown links and images alike, however written (any case, HTML entities,
spaces, tabs or control characters inside the scheme).

The check reads the page's HTML as Markdown produced it (so Markdown links, images and ``{: attr }`` lists
are covered with the raw HTML), and finds the line of the Markdown source each problem comes from.
Front matter values the theme prints unescaped (title, description, author, updated) may not contain ``<``, ``>``
or ``"``. Pure functions; hooks/content_policy.py calls ``check_page`` for every page.
"""
from __future__ import annotations

import html as _html
import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from html.parser import HTMLParser

# Elements an article may contain (including what Markdown and its extensions generate).
ALLOWED_TAGS = frozenset("""
    a abbr b blockquote br caption code dd del details div dl dt em figcaption figure h1 h2 h3 h4 h5 h6 hr i img
    ins kbd li mark ol p pre q s samp small span strong sub summary sup table tbody td tfoot th thead time tr u
    ul var
""".split())
# Attributes an article may use on them (data-search-exclude keeps a block out of the search index).
ALLOWED_ATTRS = frozenset("""
    class id title lang dir href src alt width height open colspan rowspan scope align datetime cite hreflang
    rel start reversed loading name markdown data-search-exclude
""".split())
URL_ATTRS = frozenset({"href", "src", "cite"})
# Link addresses: a page of this help center (relative), or these schemes.
ALLOWED_SCHEMES = ("http", "https", "mailto", "tel")

_LINK_ADVICE = ("link to a page of the help center ([returns](returns.md)) or to an https://, mailto: or tel: "
                "address")
_ADVICE = {
    "script": "scripts cannot run in articles (the site's Content-Security-Policy blocks them); page behaviour "
              "belongs in overrides/assets/javascripts/, reviewed by a developer",
    "iframe": "embedded pages from other sites are not allowed; link to the page instead: [title](https://...)",
    "frame": "embedded pages from other sites are not allowed; link to the page instead: [title](https://...)",
    "object": "embedded objects are not allowed; link to the file instead: [title](https://...)",
    "embed": "embedded objects are not allowed; link to the file instead: [title](https://...)",
    "applet": "embedded objects are not allowed; link to the file instead: [title](https://...)",
    "form": "forms are not allowed in articles; send readers to the contact page: [contact us](contact.md)",
    "input": "form fields are not allowed in articles; send readers to the contact page: [contact us](contact.md)",
    "button": "buttons are not allowed in articles; use a link: [contact us](contact.md)",
    "select": "form fields are not allowed in articles; send readers to the contact page: [contact us](contact.md)",
    "textarea": "form fields are not allowed in articles; send readers to the contact page: [contact us](contact.md)",
    "style": "styles belong in overrides/assets/stylesheets/ (give the element a class: {: .name })",
    "link": "pages load no other files; the theme (overrides/) does that",
    "meta": "page metadata goes in the front matter (title, description)",
    "base": "pages cannot change where their links point",
    "svg": "inline SVG can carry scripts; add the picture as a file: ![description](picture.svg)",
    "math": "MathML is not allowed in articles",
    "template": "templates are not allowed in articles",
    "noscript": "there is nothing to hide from browsers without JavaScript in an article",
    "audio": "media players are not allowed in articles; link to the file instead",
    "video": "media players are not allowed in articles; link to the file instead",
}


class HtmlPolicyError(ValueError):
    """Problems in one page; str() is one `path:line: message` line per problem."""

    def __init__(self, problems: list[str]):
        self.problems = problems
        super().__init__("\n".join(problems))


@dataclass(frozen=True)
class Finding:
    message: str
    needles: tuple[str, ...]   # what to look for in the Markdown source to find the line (lowercase)
    scheme: str | None = None  # for a bad address: its normalised scheme


def _scheme(url: str) -> str | None:
    """The scheme a browser would see in `url` (entities decoded, whitespace and controls dropped), or None."""
    text = _html.unescape(url)
    text = "".join(ch for ch in text if ch > " " and ch != "\x7f")
    m = re.match(r"([A-Za-z][A-Za-z0-9+.\-]*):", text)
    return m.group(1).lower() if m else None


def url_problem(url: str) -> str | None:
    """Why `url` must not be published, or None when it is a web, mail or phone address or a relative link."""
    scheme = _scheme(url)
    if scheme is None or scheme in ALLOWED_SCHEMES:
        return None
    if scheme in ("javascript", "vbscript"):
        return f"a {scheme}: address runs code when clicked; {_LINK_ADVICE}"
    if scheme == "data":
        return ("a data: address can hide a page or a script; save the picture or file next to the article and "
                "link to it: ![description](picture.png)")
    return f"a {scheme}: address is not a web, mail or phone address; {_LINK_ADVICE}"


class _Scanner(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.findings: list[Finding] = []

    def handle_starttag(self, tag, attrs):
        self._element(tag, attrs)

    def handle_startendtag(self, tag, attrs):
        self._element(tag, attrs)

    def _element(self, tag, attrs):
        tag = tag.lower()
        if tag not in ALLOWED_TAGS:
            advice = _ADVICE.get(tag, "use Markdown, or one of the allowed elements: " + ", ".join(sorted(ALLOWED_TAGS)))
            self.findings.append(Finding(f"<{tag}> is not allowed in an article: {advice}", (f"<{tag}",)))
            return
        for name, value in attrs:
            name = name.lower()
            if name.startswith("on"):
                self.findings.append(Finding(
                    f"<{tag} {name}=...>: event-handler attributes cannot run in an article (the site's "
                    "Content-Security-Policy blocks them); remove the attribute", (name,)))
            elif name == "style":
                self.findings.append(Finding(
                    f"<{tag} style=...>: inline styles are blocked by the site's Content-Security-Policy; give the "
                    "element a class ({: .name }) styled in overrides/assets/stylesheets/", ("style",)))
            elif name not in ALLOWED_ATTRS:
                self.findings.append(Finding(
                    f"<{tag} {name}=...>: attribute not allowed in an article; allowed: "
                    + ", ".join(sorted(ALLOWED_ATTRS - {"markdown"})), (name,)))
            elif name in URL_ATTRS and value:
                problem = url_problem(value)
                if problem:
                    self.findings.append(Finding(f"<{tag} {name}=\"{_short(value)}\">: {problem}", (),
                                                 _scheme(value)))


def _short(text: str, n: int = 40) -> str:
    text = " ".join(text.split())
    return text if len(text) <= n else text[:n - 1] + "…"


# The HTML Markdown writes for an ordinary article: lowercase tags, attribute values in double quotes without
# entities. A page made only of such tags, each allowed with allowed attributes and addresses, is accepted
# without the full parser (most pages, at a fraction of the cost); anything else at all (a comment, an
# unquoted value, an entity in a value, a tag or attribute not allowed) goes to the parser, which names it.
_SIMPLE_TAG = re.compile(r"""(?x)
    < /? (?P<tag> [a-z][a-z0-9]* )
    (?P<attrs> (?: \s+ [a-z][a-z0-9-]* (?: ="[^"<>&]*" )? )* )
    \s* /? >
""")
_SIMPLE_ATTR = re.compile(r'(?P<name>[a-z][a-z0-9-]*)(?:="(?P<value>[^"]*)")?')


# Everything from one "<" to the next ">": a tag, when _SIMPLE_TAG reads it whole (its attribute values hold no
# ">"). A page repeats the same few tags (<p>, </li>, <a href="../returns/">): each distinct one is checked once
# and remembered, so a page costs one scan and a few cache lookups.
_TAG_TEXT = re.compile(r"<[^>]*>?")


@lru_cache(maxsize=20_000)
def _plainly_allowed_tag(tag: str) -> bool:
    m = _SIMPLE_TAG.fullmatch(tag)
    if not m or m["tag"] not in ALLOWED_TAGS:
        return False
    for a in _SIMPLE_ATTR.finditer(m["attrs"]):
        name, value = a["name"], a["value"]
        if name not in ALLOWED_ATTRS or name.startswith("on") or name == "style":
            return False
        if name in URL_ATTRS and value and url_problem(value):
            return False
    return True


def _plainly_allowed(page_html: str) -> bool:
    return all(_plainly_allowed_tag(tag) for tag in _TAG_TEXT.findall(page_html))


def findings(page_html: str) -> list[Finding]:
    """Every element, attribute or address in `page_html` the policy refuses, in document order."""
    if _plainly_allowed(page_html):
        return []
    scanner = _Scanner()
    scanner.feed(page_html)
    scanner.close()
    return scanner.findings


def _plain(line: str) -> str:
    """A source line as a browser would read its addresses: entities decoded, no whitespace, lowercase."""
    return "".join(ch for ch in _html.unescape(line) if ch > " " and ch != "\x7f").lower()


def locate(finding: Finding, lines: list[str], first_line: int = 1) -> int:
    """The 1-based source line a finding comes from (the first that shows it), else `first_line`."""
    for n, line in enumerate(lines, start=1):
        if n < first_line:
            continue
        low = line.lower()
        if finding.scheme:
            if finding.scheme + ":" in _plain(line):
                return n
        elif any(re.search(rf"(?<![a-z0-9_-]){re.escape(nd)}(?![a-z0-9_-])", low) for nd in finding.needles):
            return n
    return first_line


# Front matter values the theme prints into the page as they are (<title>, <meta name="description" content="...">,
# the navigation, the last-updated date): HTML there would be published unescaped.
PRINTED_META = ("title", "description", "author", "updated")
_META_CHARS = {"<": "<", ">": ">", '"': '"'}


def meta_problems(meta: dict, source: str | Callable[[], str], path: str) -> list[str]:
    """`path:line: message` for front matter values that would inject HTML into the page. `source`: the page's
    file as text, or a function returning it (called only when there is a problem to locate)."""
    out = []
    lines: list[str] | None = None
    for key in PRINTED_META:
        value = (meta or {}).get(key)
        if not isinstance(value, str):
            continue
        bad = [c for c in _META_CHARS if c in value]
        if not bad:
            continue
        if lines is None:
            lines = (source() if callable(source) else source).split("\n")
        line = next((n for n, text in enumerate(lines[:60], start=1) if re.match(rf"{key}\s*:", text)), 1)
        out.append(f"{path}:{line}: front matter {key} contains {' and '.join(repr(c) for c in bad)}, which the theme "
                   f"would publish as HTML; write it without < > and \" (for quotes use “ ” or « »)")
    return out


def plainly_allowed(page_html: str, meta: dict | None = None) -> bool:
    """Whether check_page() has nothing to say about a page, found without the parser: true for most pages;
    false means "ask check_page()", which then names the problems (if any)."""
    return _plainly_allowed(page_html) and not _meta_suspect(meta)


def _meta_suspect(meta: dict | None) -> bool:
    return any(isinstance((meta or {}).get(k), str) and any(c in meta[k] for c in _META_CHARS) for k in PRINTED_META)


def check_page(page_html: str, source: str | Callable[[], str], path: str, meta: dict | None = None) -> None:
    """Raise HtmlPolicyError listing `path:line: message` for everything the policy refuses in a page
    (its HTML, and the front matter values the theme prints). `source`: the page's file as text, or a function
    returning it, called only when there is a problem to point at."""
    found = findings(page_html)
    if callable(source) and (found or _meta_suspect(meta)):
        source = source()
    front = meta_problems(meta, source, path) if meta else []
    if not found and not front:
        return
    from .policy.render import body_start_line, protect_code
    masked, _ = protect_code(source)      # code examples may show <script>: they are not the culprit
    lines = masked.split("\n")
    first = body_start_line(source)
    problems = list(front)
    for f in found:
        line = f"{path}:{locate(f, lines, first)}: {f.message}"
        if line not in problems:
            problems.append(line)
    raise HtmlPolicyError(problems)
