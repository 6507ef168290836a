"""A rendered page's search sections: one per heading with an id, read from the page's HTML.

Each section is ``{"location", "title", "text"}`` (plus the page's ``tags`` and ``boost``): the location is
the page's URL, with ``#id`` for every section after the first; the title is the heading's text without its
permalink; the text is everything after the heading up to the next one, markup dropped. Text before the first
heading (or a page without one) makes a section titled with the page title. Skipped entirely: ``script``,
``style`` and ``object`` elements, anything inside an element marked ``data-search-exclude``, and code line
numbers (``linenodiv``). A heading nested in a container (a ``<details>`` question, an admonition) owns the
text up to the end of that container; what follows belongs to the section before it again.

These are the sections Material's search plugin (9.x) collects, read the way the help center's pages are
written (well-formed HTML from Python-Markdown and our templates) with one regular expression instead of an
``html.parser`` pass: about ten times faster, and it makes the index independent of Material's private
``search_index``. Titles and texts keep their character references (``&amp;``) and ``pack.plain`` turns
them into text, as it did with Material's entries. Plain Python: nothing here knows MkDocs.
"""
from __future__ import annotations

import html as _html
import re
from typing import Any

_TOKEN = re.compile(r"""(?x)
    <!--.*?(?:-->|\Z)                                    # a comment (dropped)
  | <(?P<end>/)?(?P<tag>[A-Za-z][A-Za-z0-9-]*)           # a start or end tag
     (?P<attrs>(?:[^>"']|"[^"]*"|'[^']*')*)>
  | <![^>]*>                                             # a declaration, CDATA (dropped)
""", re.S)
_ATTR = re.compile(r"""(?x)
    (?P<name>[^\s"'>/=]+)
    (?:\s*=\s*(?:"(?P<dq>[^"]*)"|'(?P<sq>[^']*)'|(?P<bare>[^\s"'=<>`]+)))?
""")
# Elements without an end tag, and elements whose content is not markup (skipped to their end tag).
_VOID = frozenset("area base br col embed hr img input link meta param source track wbr".split())
_RAW = frozenset(("script", "style"))
_SKIPPED = frozenset(("script", "style", "object"))
# Elements that separate words (a space in the text); other tags join their text to the words around.
_SEPARATE = frozenset(("p", "code", "pre", "li", "ol", "ul", "sub", "sup"))
_HEADINGS = frozenset(("h1", "h2", "h3", "h4", "h5", "h6"))


def _attrs(raw: str) -> dict[str, str]:
    out: dict[str, str] = {}
    for m in _ATTR.finditer(raw):
        value = m.group("dq")
        if value is None:
            value = m.group("sq")
        if value is None:
            value = m.group("bare") or ""
        out.setdefault(m.group("name").lower(), _html.unescape(value) if "&" in value else value)
    return out


class _Section:
    __slots__ = ("id", "depth", "title", "text", "heading", "excluded")

    def __init__(self, depth: float, heading: "_Open | None" = None, id_: str | None = None,
                 excluded: bool = False):
        self.id = id_
        self.depth = depth
        self.heading = heading
        self.excluded = excluded
        self.title: list[str] = []
        self.text: list[str] = []


class _Open:
    __slots__ = ("tag", "skip", "permalink")

    def __init__(self, tag: str, skip: bool, permalink: bool):
        self.tag, self.skip, self.permalink = tag, skip, permalink


def _special(tag: str, raw: str) -> bool:
    """Whether a start tag's attributes can matter (most tags' cannot, and are not parsed)."""
    if not raw:
        return False
    if tag in _HEADINGS:
        return "id" in raw
    return "data-search-exclude" in raw or "linenodiv" in raw or (tag == "a" and "headerlink" in raw)


def sections(html: str) -> list[tuple[str | None, str, str]]:
    """The page's sections in order: (id or None, title markup, text markup); a title may be empty (the
    caller gives it the page title)."""
    stack: list[_Open] = []
    found: list[_Section] = []
    current: _Section | None = None
    skipping = 0     # open elements whose content is left out
    permalink = 0    # open <a class="headerlink"> (a heading's ¶ link)
    pos = 0
    n = len(html)

    def emit(data: str) -> None:
        nonlocal current
        if current is None:
            current = _Section(0)
            found.append(current)
        if "<" in data:  # a stray "<" in text stays text (pack.plain drops what looks like a tag)
            data = data.replace("<", "&lt;")
        if current.heading is not None and current.heading in stack:
            if not permalink:
                current.title.append(data)
        else:
            current.text.append(data)

    tokens = _TOKEN.finditer(html)
    while True:
        m = next(tokens, None)
        start = m.start() if m else n
        if start > pos and not skipping:
            emit(html[pos:start])
        if m is None:
            break
        pos = m.end()
        tag = m.group("tag")
        if tag is None:
            continue
        tag = tag.lower()
        if m.group("end"):
            # the innermost open element of that name closes, with everything opened inside it
            for i in range(len(stack) - 1, -1, -1):
                if stack[i].tag == tag:
                    break
            else:
                continue
            while len(stack) > i:
                if current is not None and current.depth > len(stack):
                    # leaving the container of a nested heading: the text goes back to the section around it
                    for section in reversed(found):
                        if section.depth <= len(stack):
                            current.depth = float("inf")
                            current = section
                            break
                el = stack.pop()
                skipping -= el.skip
                permalink -= el.permalink
                if not skipping and el.tag in _SEPARATE:
                    emit(" ")
            continue
        if tag in _VOID:
            continue
        raw = m.group("attrs")
        attrs = _attrs(raw) if _special(tag, raw) else {}
        skip = (tag in _SKIPPED or "data-search-exclude" in attrs or attrs.get("class") == "linenodiv")
        heading = tag in _HEADINGS and "id" in attrs and not skipping
        # a heading marked data-search-exclude leaves out its whole section (the section is dropped instead)
        el = _Open(tag, skip and not heading, tag == "a" and attrs.get("class") == "headerlink")
        stack.append(el)
        if heading:
            if tag != "h1" and not found:
                found.append(_Section(len(stack)))
            current = _Section(len(stack), el, attrs["id"] if found else None, excluded=skip)
            found.append(current)
        skipping += el.skip
        permalink += el.permalink
        if not skipping and tag in _SEPARATE:
            emit(" ")
        if tag in _RAW:  # its content is not markup: on from its end tag
            close = re.compile(rf"</{tag}\s*>", re.I).search(html, pos)
            pos = close.start() if close else n
            tokens = _TOKEN.finditer(html, pos)
    return [(s.id, "".join(s.title), "".join(s.text)) for s in found if not s.excluded]


def entries(html: str, url: str, page_title: str, meta: dict[str, Any]) -> list[dict]:
    """The search entries of a page at ``url``: ``{"location", "title", "text"}`` per section (markup and
    character references kept for ``pack.plain``), with the page's ``tags`` (front matter, a list) and
    ``boost`` (front matter ``search: {boost: …}``). A page whose front matter says ``search: {exclude:
    true}`` has none."""
    search = meta.get("search") or {}
    if not isinstance(search, dict):
        search = {}
    if search.get("exclude"):
        return []
    tags = meta.get("tags")
    out = []
    for id_, title, text in sections(html):
        entry: dict[str, Any] = {
            "location": url + ("#" + id_ if id_ else ""),
            "title": title.strip() or str(meta.get("title", page_title)),
            "text": text.strip(),
        }
        if isinstance(tags, list):
            entry["tags"] = [str(t) for t in tags if t and isinstance(t, (str, int, float, bool))]
        if "boost" in search:
            entry["boost"] = search["boost"]
        out.append(entry)
    return out
