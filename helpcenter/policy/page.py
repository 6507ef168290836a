"""Reading a page: its declared facts, its placeholders rendered, code and comments left aside, and every
quantity it states with its source line and column."""
from __future__ import annotations

import difflib
import re
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from .. import sources
from .facts import Fact
from .frontmatter import front_matter
from .quantities import Quantity
from .render import FENCE_RE, INLINE_CODE_RE, RenderError, body_start_line, render
from .report import Problem
from .sentences import COMMENT_RE, LineMemo, _blank, _read_line

IGNORE_RE = re.compile(r"(?x) <!-- \s* policy \s* : \s* ignore \b [^>]*? -->")

FRONT_TEXT_KEYS = ("title", "description")


@dataclass
class Found:
    q: Quantity
    line: int
    col: int              # 1-based, in the source line
    waived: bool
    topic: str | None     # the fact id this sentence speaks about, if any
    literal: bool = True  # typed by hand (digits or number words), not rendered from a {{ placeholder }}


@dataclass
class Page:
    lang: str
    path: str             # docs/<lang>/<file>.md, relative to the repository root
    lines: list[str]      # source lines
    declared: list[str]
    declared_line: int
    found: list[Found]
    waived_lines: list[int] = field(default_factory=list)
    broken: bool = False  # its placeholders do not render: reported once, not compared
    awaiting: bool = False  # `translation: awaiting`: a scaffolded copy of the English text, not compared yet

    def line_text(self, n: int) -> str:
        return self.lines[n - 1].strip() if 0 < n <= len(self.lines) else ""


def _strip_code_lines(lines: list[str]) -> list[str]:
    out, fence = [], None
    for line in lines:
        m = FENCE_RE.match(line)
        if fence is None and m:
            fence = m.group("fence")
            out.append("")
            continue
        if fence is not None:
            if re.match(rf"^[ \t]*{re.escape(fence[0])}{{{len(fence)},}}[ \t]*$", line):
                fence = None
            out.append("")
            continue
        out.append(INLINE_CODE_RE.sub(_blank, line) if "`" in line else line)
    return out


def _column_map(source: str, rendered: str) -> list[int] | None:
    """For a line with placeholders: rendered offset -> source offset (None if the line changed shape)."""
    if source == rendered:
        return None
    pieces = re.split(r"(\{\{.*?\}\})", source)
    mapping: list[int] = []
    src_pos, out_pos = 0, 0
    for i, piece in enumerate(pieces):
        if i % 2 == 0:
            if rendered[out_pos:out_pos + len(piece)] != piece:
                return None
            mapping.extend(range(src_pos, src_pos + len(piece)))
            out_pos += len(piece)
        else:
            nxt = pieces[i + 1] if i + 1 < len(pieces) else ""
            end = rendered.find(nxt, out_pos) if nxt else len(rendered)
            if end < 0:
                return None
            mapping.extend([src_pos] * (end - out_pos))
            out_pos = end
        src_pos += len(piece)
    mapping.append(src_pos)
    return mapping


def read_page(path: Path, rel: str, lang: str, facts: dict[str, Fact], context: dict,
              problems: list[Problem], memo: LineMemo | None = None) -> Page:
    memo = LineMemo() if memo is None else memo
    source = sources.read_text(path, rel)
    lines = source.splitlines()
    body_line = body_start_line(source)
    meta: dict = {}
    declared_line = 1
    if body_line > 1:
        try:
            meta = front_matter("\n".join(lines[1:body_line - 2])) or {}
        except yaml.YAMLError as e:
            mark = getattr(e, "problem_mark", None)
            problem = getattr(e, "problem", None) or str(e).splitlines()[0]
            problems.append(Problem(rel, mark.line + 2 if mark is not None else 1, 1, lang,
                                    f"the front matter is not valid YAML ({problem}): write one `key: value` per "
                                    f"line, lists as [a, b], and put a value holding ': ' or '#' in quotes"))
        if not isinstance(meta, dict):
            meta = {}
        for n, line in enumerate(lines[:body_line - 1], start=1):
            if line.startswith("policy:"):
                declared_line = n
    declared = meta.get("policy") or []
    if isinstance(declared, str):
        declared = [declared]
    if not isinstance(declared, list):
        problems.append(Problem(rel, declared_line, 1, lang,
                                f"`policy:` in the front matter must be a list of fact ids, e.g. "
                                f"policy: [{', '.join(facts)}], or policy: []",
                                found=repr(declared), expected=f"e.g. [{', '.join(facts)}]"))
        declared = []
    for fid in declared:
        if fid not in facts:
            close = difflib.get_close_matches(str(fid), list(facts), n=1)
            hint = f"did you mean {close[0]!r}?" if close else f"the facts are: {', '.join(facts)}"
            problems.append(Problem(rel, declared_line, 1, lang,
                                    f"the front matter names an unknown policy fact {fid!r}: {hint}",
                                    found=str(fid), expected=close[0] if close else ", ".join(facts)))
    declared = [f for f in declared if f in facts]

    body = "\n".join(lines[body_line - 1:])
    try:
        rendered = render(body, context, rel, body_line)
    except RenderError as e:
        problems.append(Problem(rel, e.line, 1, lang, e.message))
        return Page(lang, rel, lines, declared, declared_line, [], [], broken=True)
    # Lines to read: title and description from the front matter, then the body.
    texts: list[tuple[int, str, str]] = []    # (line number, source line, text to read)
    for n, line in enumerate(lines[:body_line - 1], start=1):
        key = line.split(":", 1)[0]
        if key in FRONT_TEXT_KEYS:
            texts.append((n, line, " " * (len(key) + 1) + line[len(key) + 1:]))
    body_src = lines[body_line - 1:]
    body_out = rendered.split("\n")
    if len(body_out) != len(body_src):          # a {% %} block changed the shape: read the rendered text
        body_src = body_out
    body_read = _strip_code_lines(body_out)
    joined = "\n".join(body_read)
    waived_lines = ([body_line + k for k, line in enumerate(body_read) if IGNORE_RE.search(line)]
                    if "<!--" in joined else [])     # a marker is a comment
    if "<!--" in joined:      # comments (also over several lines) are not read; markers were noted above
        body_read = COMMENT_RE.sub(_blank, joined).split("\n")
    for k, (src, out) in enumerate(zip(body_src, body_read)):
        texts.append((body_line + k, src, out))

    topics = memo.topics(facts, lang)
    found: list[Found] = []
    for n, src, text in texts:
        stated = memo.get((lang, text))
        if stated is None:
            stated = memo[(lang, text)] = _read_line(text, lang, topics, memo)
        if not stated:
            continue
        waived = n in waived_lines
        # columns move only where a placeholder was rendered (without one the map is the identity or None)
        out = body_out[n - body_line] if n >= body_line and n - body_line < len(body_out) else src
        cmap = None if "{{" not in src else _column_map(src, out)
        for q, topic in stated:
            at = cmap[q.start] if cmap and q.start < len(cmap) else q.start
            # a number rendered from a placeholder maps to the placeholder's `{{` in the source line
            literal = "{{" not in src or src == out or (cmap is not None and not src.startswith("{{", at))
            found.append(Found(q, n, at + 1, waived, topic, literal))
    awaiting = str(meta.get("translation", "")).strip().lower() == "awaiting"
    return Page(lang, rel, lines, declared, declared_line, found, waived_lines, awaiting=awaiting)


LANGUAGE_NAMES = {"en": "English", "kk": "Kazakh", "el": "Greek"}


def language_name(code: str) -> str:
    return LANGUAGE_NAMES.get(code, code)


def _where(page: Page, line: int) -> str:
    return f"{page.path}:{line}: {page.line_text(line)}"


def _h1_line(page: Page) -> int:
    for n, line in enumerate(page.lines, start=1):
        if line.startswith("# "):
            return n
    return 1


def _nearest(page: Page, line: int) -> str:
    if not page.found:
        return page.path
    f = min(page.found, key=lambda f: abs(f.line - line))
    return _where(page, f.line)
