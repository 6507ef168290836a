"""The FAQ page as disclosures, and what the contact page's answer box needs from it. Plain Python.

Markdown renders every question as a top-level ``<h2 id="stable-id">Question?</h2>`` followed by its answer.
``disclosures`` wraps each such section in a native ``<details>``: the question (the heading, id kept) is the
``<summary>``, so the page works with keyboard and screen readers without script, and ``faq/#stable-id`` still
points at the question (a small script opens the ``<details>`` around the target).

Transform the HTML only AFTER the search index has read it: a heading nested in ``<summary>`` ends its search
section at ``</summary>``, so the answer text would land in the page's first section instead.
"""
from __future__ import annotations

import posixpath
import re
from dataclasses import dataclass, field
from html.parser import HTMLParser
from urllib.parse import urljoin, urlsplit

VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}


@dataclass
class Question:
    id: str | None          # the heading's id, None when the heading has none
    title: str              # the heading's inner HTML
    start: int              # offset of "<h2"
    head_end: int           # offset just after "</h2>"
    end: int = -1           # offset where the answer ends (next top-level h1/h2, or the end)
    line: int = 0           # 1-based line of the heading in the HTML
    links: list[str] = field(default_factory=list)  # hrefs in the answer, in order


class _Scanner(HTMLParser):
    """Finds top-level h1/h2 headings (not nested in any other element) and the links in each answer."""

    def __init__(self, text: str):
        super().__init__(convert_charrefs=True)
        self.text = text
        self.line_starts = [0] + [m.end() for m in re.finditer("\n", text)]
        self.depth = 0
        self.open: Question | None = None     # heading being read
        self.questions: list[Question] = []
        self.breaks: list[int] = []           # offsets of top-level h1 (they end an answer too)

    def _offset(self) -> int:
        line, col = self.getpos()
        return self.line_starts[line - 1] + col

    def handle_starttag(self, tag, attrs):
        if tag in VOID:
            return
        if self.depth == 0 and tag in ("h1", "h2"):
            start = self._offset()
            if tag == "h1":
                self.breaks.append(start)
            else:
                self.open = Question(dict(attrs).get("id"), "", start, -1, line=self.getpos()[0])
        if tag == "a" and self.questions and self.open is None:
            href = dict(attrs).get("href")
            if href:
                self.questions[-1].links.append(href)
        self.depth += 1

    def handle_startendtag(self, tag, attrs):
        pass  # <br/>, <img/>: no depth change

    def handle_endtag(self, tag):
        if tag in VOID:
            return
        self.depth = max(0, self.depth - 1)
        if self.depth == 0 and tag == "h2" and self.open is not None:
            end = self.text.index(">", self._offset()) + 1
            q = self.open
            q.head_end = end
            inner_start = self.text.index(">", q.start) + 1
            q.title = self.text[inner_start:self._offset()]
            self.questions.append(q)
            self.open = None


def find_questions(html: str) -> list[Question]:
    """Top-level ``<h2>`` sections of a rendered page, each with its answer's extent and links."""
    scanner = _Scanner(html)
    scanner.feed(html)
    scanner.close()
    qs = scanner.questions
    for i, q in enumerate(qs):
        nxt = [b for b in scanner.breaks if b > q.start]
        if i + 1 < len(qs):
            nxt.append(qs[i + 1].start)
        q.end = min(nxt) if nxt else len(html)
    return qs


def problems(questions: list[Question]) -> list[str]:
    """What a FAQ page gets wrong: questions without a stable id, ids used twice."""
    out, seen = [], set()
    for q in questions:
        plain = re.sub(r"<[^>]+>", "", q.title).strip()
        if not q.id:
            out.append(f"line {q.line}: the question '{plain}' has no stable id; write it as "
                       f"'## {plain} {{#stable-id}}'")
        elif q.id in seen:
            out.append(f"line {q.line}: the id '{q.id}' is used by two questions")
        seen.add(q.id)
    return out


def disclosures(html: str, css_class: str = "hc-faq") -> str:
    """Every top-level question with an id becomes ``<details><summary><h2 id>…</h2></summary>answer</details>``.

    The answer ends at the next top-level h1/h2 or the end of the content; questions without an id are left as
    they are (``problems`` reports them).
    """
    out, pos = [], 0
    for q in find_questions(html):
        if not q.id:
            continue
        answer = html[q.head_end:q.end]
        trailing = answer[len(answer.rstrip()):]
        out.append(html[pos:q.start])
        out.append(
            f'<details class="{css_class}" data-hc-faq="{q.id}">'
            f'<summary class="{css_class}__question">{html[q.start:q.head_end]}</summary>'
            f'<div class="{css_class}__answer">{answer.rstrip()}\n</div></details>{trailing}'
        )
        pos = q.end
    out.append(html[pos:])
    return "".join(out)


def _is_internal(href: str) -> bool:
    parts = urlsplit(href)
    return not parts.scheme and not parts.netloc and not href.startswith("//")


def article_links(html: str, faq_url: str, from_url: str) -> dict[str, str]:
    """For each question id, the first link in its answer to another page of the site ("read the full article"),
    rewritten relative to the page at ``from_url``. Both URLs are site-root relative directory URLs
    ('kk/faq/', 'kk/contact/'). Questions whose answer links nowhere else are left out.
    """
    base = "http://site/"
    here = urlsplit(urljoin(base, faq_url)).path
    target_dir = urlsplit(urljoin(base, from_url)).path
    out = {}
    for q in find_questions(html):
        if not q.id:
            continue
        for href in q.links:
            if not _is_internal(href) or href.startswith("#"):
                continue
            parts = urlsplit(urljoin(base + here.lstrip("/"), href))
            if parts.path == here:
                continue  # a link to another FAQ question
            rel = posixpath.relpath(parts.path, target_dir.rstrip("/") or "/")
            if parts.path.endswith("/") and not rel.endswith("/"):
                rel += "/"
            out[q.id] = rel + (f"#{parts.fragment}" if parts.fragment else "")
            break
    return out
