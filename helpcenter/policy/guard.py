"""The policy guard: every page states the same quantities in every language, and the registered policy facts.

`check_docs(docs_dir, langs, facts, context)` reads docs/<lang>/*.md directly (front matter and body), renders
the placeholders, leaves code, comments, dates, phones and ids aside, reads every quantity, and returns a
Report with every problem at once (and every deliberate exception, marked `<!-- policy: ignore -->`).
"""
from __future__ import annotations

import difflib
import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from .. import sources
from . import lexicon as lx
from .facts import Fact
from .quantities import HAS_DIGIT_RE, Quantity, extract, fold
from .render import FENCE_RE, INLINE_CODE_RE, RenderError, body_start_line, render

_YAML_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
IGNORE_RE = re.compile(r"(?x) <!-- \s* policy \s* : \s* ignore \b [^>]*? -->")
COMMENT_RE = re.compile(r"(?s)<!--.*?-->")
TAG_RE = re.compile(r"</?[A-Za-z][^>\n]*>")
LIST_MARKER_RE = re.compile(r"(?x) ^ (?P<m> [ \t>]* \d+ [.)] ) [ \t]")
SENTENCE_END_RE = re.compile(r"[.!?;](?=\s|$)|[·;](?=\s)")
FRONT_TEXT_KEYS = ("title", "description")


@dataclass
class Problem:
    path: str
    line: int
    col: int
    lang: str
    message: str
    found: str = ""
    expected: str = ""
    other: str = ""          # "docs/en/returns.md:7: <the line>"

    def text(self) -> str:
        out = [f"{self.path}:{self.line}:{self.col}: [{self.lang}] {self.message}"]
        if self.found:
            out.append(f"    found:    {self.found}")
        if self.expected:
            out.append(f"    expected: {self.expected}")
        if self.other:
            out.append(f"    compare:  {self.other}")
        return "\n".join(out)

    def github(self) -> str:
        parts = [f"[{self.lang}] {self.message}"]
        if self.found:
            parts.append(f"found: {self.found}")
        if self.expected:
            parts.append(f"expected: {self.expected}")
        if self.other:
            parts.append(f"compare: {self.other}")
        msg = "%0A".join(p.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A") for p in parts)
        return f"::error file={self.path},line={self.line},col={self.col}::{msg}"


@dataclass
class Waiver:
    """A line an editor marked `<!-- policy: ignore -->`: its quantities are not compared."""
    path: str
    line: int
    lang: str
    quantities: list[str]
    text: str

    def describe(self) -> str:
        found = ", ".join(self.quantities) or "no quantities"
        return f"{self.path}:{self.line}: [{self.lang}] exception ({found}): {self.text.strip()}"


@dataclass
class Report:
    problems: list[Problem] = field(default_factory=list)
    waivers: list[Waiver] = field(default_factory=list)
    pages: int = 0
    awaiting: int = 0      # translations marked `translation: awaiting`, not compared until translated

    @property
    def ok(self) -> bool:
        return not self.problems

    def text(self) -> str:
        out = [p.text() for p in self.problems]
        if self.waivers:
            out.append(f"Exceptions marked <!-- policy: ignore --> ({len(self.waivers)}):")
            out.extend("    " + w.describe() for w in self.waivers)
        out.append(self.summary())
        return "\n".join(out)

    def github(self) -> str:
        out = [p.github() for p in self.problems]
        out.extend(f"::notice file={w.path},line={w.line}::policy exception: {', '.join(w.quantities)}"
                   for w in self.waivers)
        out.append(self.summary())
        return "\n".join(out)

    def summary(self) -> str:
        waiting = f", {self.awaiting} translation(s) awaiting translation not compared" if self.awaiting else ""
        return (f"policy guard: {len(self.problems)} problem(s), {len(self.waivers)} exception(s), "
                f"{self.pages} page(s){waiting}")


# --- Reading a page -------------------------------------------------------------------------------------

@dataclass
class Found:
    q: Quantity
    line: int
    col: int              # 1-based, in the source line
    waived: bool
    topic: str | None     # the fact id this sentence speaks about, if any


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


def _blank(m: re.Match) -> str:
    return re.sub(r"[^\n]", " ", m.group(0))


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


def _topics(facts: dict[str, Fact], lang: str) -> list[tuple[str | None, re.Pattern]]:
    topics = []
    for fid, fact in facts.items():
        words = fact.about.get(lang)
        if words:
            alt = "|".join(re.escape(fold(w)) for w in sorted(words, key=len, reverse=True))
            topics.append((fid, re.compile(rf"(?<!\w)(?:{alt})")))
    other = lx.OTHER_TOPICS.get(lang)
    if other:
        alt = "|".join(re.escape(fold(w)) for w in sorted(other, key=len, reverse=True))
        topics.append((None, re.compile(rf"(?<!\w)(?:{alt})")))
    return topics


def _topic_of(line: str, q: Quantity, topics) -> str | None:
    """The fact the sentence around `q` speaks about: the closest topic word in the same sentence."""
    folded = fold(line)
    starts = [0] + [m.end() for m in SENTENCE_END_RE.finditer(folded) if m.end() <= q.start]
    s_from = starts[-1]
    ends = [m.start() for m in SENTENCE_END_RE.finditer(folded) if m.start() >= q.end]
    s_to = ends[0] if ends else len(folded)
    best, best_dist = None, None
    for fid, pattern in topics:
        for m in pattern.finditer(folded, s_from, s_to):
            dist = q.start - m.end() if m.end() <= q.start else m.start() - q.end
            if dist < 0:
                continue
            if best_dist is None or dist < best_dist:
                best, best_dist = fid, dist
    return best


class LineMemo(dict):
    """What a line of text states, [(quantity, topic)], per (language, text): pages share many lines (blank
    lines, headings, boilerplate), each is read once per check. Also holds each language's topic patterns,
    and what each sentence states (lines that differ share most of their sentences).
    Valid for one set of facts only: make a new one per check."""

    def topics(self, facts: dict[str, Fact], lang: str):
        key = ("topics", lang)
        if key not in self:
            self[key] = _topics(facts, lang)
            self[("split", lang)] = _sentences_apart(facts, lang)
        return self[key]


# --- Reading a line sentence by sentence ------------------------------------------------------------------
# A line is read as the concatenation of its sentences, each read alone (and once per check), where that gives
# exactly what reading the whole line gives. A split point is `<letter><. ! ? or ;><spaces><letter>`: no
# number, range, unit, date, phone, id or topic word reaches across it (each pattern either stops at the
# punctuation or needs a digit next to it), and the patterns' look-arounds see a space or the text's edge
# there alike (a masked URL may take the punctuation along: not split after a word with `:` or `.`). Not split: lines with code, attribute lists or links (`, {, ]: their patterns may span
# sentences), and languages whose topic words hold sentence punctuation or outer spaces. A line with a digit
# anywhere is masked as a whole would be, so its sentences are masked even without digits of their own.
# (The punctuation first, then the letter before it: the regex engine skips ahead to the punctuation.)
_SPLIT_RE = re.compile(r"[.!?;](?<=[^\W\d_][.!?;]) +(?=[^\W\d_])")
_SENTENCE_PUNCT = ".!?;·"
# Words that end in punctuation: ids ("order no.": a number after one is an id, and masking may blank what lies
# between, "order no. www.example.com 3") and units ("24 ω.": the quantity ends there, and "μία ω." right after
# it is a rate, not a quantity). A split point right after one is not used.
_ID_TAILS = {lang: tuple(sorted({fold(w).split()[-1] for w in (*lx.ID_WORDS[lang], *lx.RANGE_FROM[lang],
                                                                *(f for forms in lx.UNITS[lang].values() for f in forms))
                                 if fold(w)[-1] in _SENTENCE_PUNCT}))
             for lang in lx.LANGS}
_TAIL_PUNCT = {lang: "".join(sorted({t[-1] for t in tails})) for lang, tails in _ID_TAILS.items()}
# Words read before a number (ids, "from"): none may hold a split point itself.
_LOOKBEHIND_WORDS = {lang: [fold(w) for w in (*lx.ID_WORDS[lang], *lx.RANGE_FROM[lang])] for lang in lx.LANGS}


def _sentences_apart(facts: dict[str, Fact], lang: str) -> bool:
    """Whether lines of `lang` may be read sentence by sentence (no topic word reaches across a split point)."""
    words = [w for fact in facts.values() for w in fact.about.get(lang, ())] + list(lx.OTHER_TOPICS.get(lang, ()))
    return (all(fold(w) == fold(w).strip() and not any(c in _SENTENCE_PUNCT for c in fold(w)) for w in words)
            and not any(_SPLIT_RE.search(w) for w in _LOOKBEHIND_WORDS.get(lang, ())))


def _sentence_starts(text: str, lang: str) -> list[int] | None:
    """Where the sentences of `text` that can be read apart start ([0, ...]), or None to read it whole."""
    if "`" in text or "{" in text or "]" in text:
        return None
    tails, punct = _ID_TAILS.get(lang, ()), _TAIL_PUNCT.get(lang, "")
    starts = [0]
    for m in _SPLIT_RE.finditer(text):
        p = m.start()
        word = text[text.rfind(" ", 0, p) + 1:p]
        if ":" in word or "." in word:
            continue             # "www.example.com." or "tel:x.": the URL (masked) takes the punctuation along
        if text[p] in punct and fold(text[max(0, p - 11):p + 1]).endswith(tails):
            continue
        starts.append(m.end())
    return starts if len(starts) > 1 else None


def _read_line(text: str, lang: str, topics, memo: LineMemo | None = None) -> tuple[tuple[Quantity, str | None], ...]:
    """The quantities a line (code and comments already blanked) states, each with its topic.
    With a memo (holding this language's topics), sentences that can be read apart are read once per check."""
    if "<" in text:
        text = TAG_RE.sub(_blank, COMMENT_RE.sub(_blank, text))
    marker = LIST_MARKER_RE.match(text)
    if marker:
        text = " " * len(marker.group("m")) + text[len(marker.group("m")):]
    starts = _sentence_starts(text, lang) if memo is not None and memo.get(("split", lang)) else None
    if starts is None:
        return _read_text(text, lang, topics)
    always = HAS_DIGIT_RE.search(text) is not None
    out: list[tuple[Quantity, str | None]] = []
    ends = starts[1:] + [len(text)]
    for a, b in zip(starts, ends):
        piece = text[a:b]
        key = ("sentence", lang, piece, always)
        stated = memo.get(key)
        if stated is None:
            stated = memo[key] = _read_text(piece, lang, topics, always)
        if a:
            out.extend((Quantity(q.lo, q.hi, q.unit, q.start + a, q.end + a, q.text, q.from_words), t)
                       for q, t in stated)
        else:
            out.extend(stated)
    return tuple(out)


def _read_text(text: str, lang: str, topics, mask_always: bool = False) -> tuple[tuple[Quantity, str | None], ...]:
    folded = fold(text)
    found = extract(text, lang, folded=folded, mask_always=mask_always)
    if not found:
        return ()
    return tuple(zip(found, _topics_of(folded, found, topics)))


def _topics_of(folded: str, found: list[Quantity], topics) -> list[str | None]:
    """`_topic_of` for every quantity of one (folded) line, reading its sentences and topic words once."""
    bounds = [(m.start(), m.end()) for m in SENTENCE_END_RE.finditer(folded)]
    words: dict[tuple[int, int], list[tuple[str | None, int, int]]] = {}
    out = []
    for q in found:
        s_from, s_to = 0, len(folded)
        for b_start, b_end in bounds:
            if b_end <= q.start:
                s_from = b_end
        for b_start, b_end in bounds:
            if b_start >= q.end:
                s_to = b_start
                break
        span = (s_from, s_to)
        if span not in words:
            words[span] = [(fid, m.start(), m.end()) for fid, pattern in topics
                           for m in pattern.finditer(folded, s_from, s_to)]
        best, best_dist = None, None
        for fid, m_start, m_end in words[span]:
            dist = q.start - m_end if m_end <= q.start else m_start - q.end
            if dist < 0:
                continue
            if best_dist is None or dist < best_dist:
                best, best_dist = fid, dist
        out.append(best)
    return out


# --- Front matter ---------------------------------------------------------------------------------------
# Most front matter is `key: plain scalar`, `key: 'quoted'` and `key: [id, id]` lines. Those are read without a
# YAML parser; anything else (and any value that might not be a plain string, or could fail to load) goes to
# yaml, so every message and every oddity stays yaml's. Only `policy` and `translation` are read from the
# result; their values are exactly what yaml gives (other keys' values are kept as written).
_FM_LINE_RE = re.compile(r"""(?x) (?P<key> [A-Za-z_][A-Za-z0-9_]{0,63} ) : [ ]+
    (?: (?P<plain> [^\s\d\-?:,\[\]{}\#&*!|>'"%@`+.~=<] (?: [^:\#\t\[\]{}] | :(?![ ]|$) | (?<![ ])\# )*? )
      | '(?P<quoted> (?: [^'] | '' )* )'
      | \[ [ ]* (?P<list> [A-Za-z_][A-Za-z0-9_]* (?: [ ]* , [ ]* [A-Za-z_][A-Za-z0-9_]* )* )? [ ]* \]
      | (?P<date> \d{4}-\d\d-\d\d )
      | (?P<code> \d[0-9A-Za-z]* ) )          # a hash or a count: a str or an int (no `_`: "0b_" fails to load)
    [ ]* $""")
_FM_ID_RE = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
_FM_RESERVED = frozenset({"yes", "no", "true", "false", "on", "off", "null", "y", "n"})
# What YAML readers accept, without tabs and the byte order mark (libyaml refuses it inside a document).
_FM_ODD_CHAR_RE = re.compile("[^\n\x20-\x7e\xa0-\ud7ff\ue000-\ufefe\uff00-\ufffd\U00010000-\U0010ffff]")


def simple_front_matter(text: str) -> dict | None:
    """`policy` and `translation` (and the other keys, as written) of front matter made only of simple lines;
    None when yaml has to read it."""
    if _FM_ODD_CHAR_RE.search(text):
        return None
    meta: dict = {}
    if not text:
        return meta
    import datetime
    for line in text.split("\n"):
        m = _FM_LINE_RE.match(line)
        if m is None:
            return None
        key = m.group("key")
        if m.group("list") is not None or line.rstrip().endswith("]"):
            items = [w for w in re.split(r"[ ]*,[ ]*", (m.group("list") or "").strip()) if w]
            if any(w.lower() in _FM_RESERVED for w in items):
                return None
            meta[key] = items
        elif m.group("quoted") is not None:
            meta[key] = m.group("quoted").replace("''", "'")
        elif m.group("date") is not None:
            d = m.group("date")
            if key == "policy":
                return None           # yaml reads a date
            try:
                datetime.date(int(d[:4]), int(d[5:7]), int(d[8:]))
            except ValueError:
                return None           # yaml's own error, then
            meta[key] = d
        elif m.group("code") is not None:
            if key == "policy":
                return None
            meta[key] = m.group("code")
        else:
            value = m.group("plain")
            if value.lower() in _FM_RESERVED:
                return None
            if key == "policy" and not _FM_ID_RE.fullmatch(value):
                return None
            meta[key] = value
    return meta


def _front_matter(text: str) -> dict:
    """The front matter as yaml loads it (for `policy` and `translation`); raises yaml.YAMLError."""
    meta = simple_front_matter(text)
    if meta is None:
        meta = yaml.load(text, Loader=_YAML_LOADER)
    return meta


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
            meta = _front_matter("\n".join(lines[1:body_line - 2])) or {}
        except yaml.YAMLError as e:
            problems.append(Problem(rel, 1, 1, lang, f"front matter is not valid YAML: {e}"))
        if not isinstance(meta, dict):
            meta = {}
        for n, line in enumerate(lines[:body_line - 1], start=1):
            if line.startswith("policy:"):
                declared_line = n
    declared = meta.get("policy") or []
    if isinstance(declared, str):
        declared = [declared]
    if not isinstance(declared, list):
        problems.append(Problem(rel, declared_line, 1, lang, "front matter `policy` must be a list of fact ids",
                                found=repr(declared), expected=f"e.g. [{', '.join(facts)}]"))
        declared = []
    for fid in declared:
        if fid not in facts:
            close = difflib.get_close_matches(str(fid), list(facts), n=1)
            problems.append(Problem(rel, declared_line, 1, lang, f"front matter names an unknown policy fact {fid!r}",
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
        cmap = None if "{{" not in src else _column_map(
            src, body_out[n - body_line] if n >= body_line and n - body_line < len(body_out) else src)
        for q, topic in stated:
            col = (cmap[q.start] if cmap and q.start < len(cmap) else q.start) + 1
            found.append(Found(q, n, col, waived, topic))
    awaiting = str(meta.get("translation", "")).strip().lower() == "awaiting"
    return Page(lang, rel, lines, declared, declared_line, found, waived_lines, awaiting=awaiting)


# --- Checking -------------------------------------------------------------------------------------------

def _where(page: Page, line: int) -> str:
    return f"{page.path}:{line}: {page.line_text(line)}"


def compare(ref: Page, other: Page, problems: list[Problem], waivers: list[Waiver]) -> None:
    """(a) `other` states the same quantities as `ref` (as multisets; order and wording are free)."""
    ref_items = list(ref.found)
    oth_items = list(other.found)
    ref_count = Counter(f.q.key for f in ref_items)
    oth_count = Counter(f.q.key for f in oth_items)
    common = ref_count & oth_count
    pairs: list[tuple[Found, Found]] = []
    left_ref: list[Found] = []
    left_oth: list[Found] = []
    budget = Counter(common)
    pending: dict[tuple, list[Found]] = {}
    for f in ref_items:
        if budget[f.q.key] > 0:
            budget[f.q.key] -= 1
            pending.setdefault(f.q.key, []).append(f)
        else:
            left_ref.append(f)
    for f in oth_items:
        queue = pending.get(f.q.key)
        if queue:
            pairs.append((queue.pop(0), f))
        else:
            left_oth.append(f)
    # Pair what is left: same unit first (a drifted value), then in order (a drifted unit).
    drifted: list[tuple[Found | None, Found | None]] = []
    for f in list(left_oth):
        match = next((r for r in left_ref if r.q.unit == f.q.unit), None)
        if match is not None:
            drifted.append((match, f))
            left_ref.remove(match)
            left_oth.remove(f)
    while left_oth and left_ref:
        drifted.append((left_ref.pop(0), left_oth.pop(0)))
    drifted.extend((None, f) for f in left_oth)
    drifted.extend((r, None) for r in left_ref)

    def anchor(r: Found) -> tuple[int, int]:
        """Where a missing quantity belongs in `other`: after the counterpart of the nearest earlier one."""
        best = None
        for rp, op in pairs:
            if (rp.line, rp.col) <= (r.line, r.col) and (best is None or (rp.line, rp.col) > (best[0].line, best[0].col)):
                best = (rp, op)
        if best:
            return best[1].line, best[1].col
        return _h1_line(other), 1

    for r, o in drifted:
        if (r and r.waived) or (o and o.waived):
            continue                 # listed once, as an exception of the page it is marked on
        if r and o:
            problems.append(Problem(
                other.path, o.line, o.col, other.lang,
                f"states {o.q.describe()} where {ref.lang} states {r.q.describe()}",
                found=f"{o.q.text!r} = {o.q.describe()}", expected=r.q.describe(), other=_where(ref, r.line)))
        elif o:
            problems.append(Problem(
                other.path, o.line, o.col, other.lang,
                f"states {o.q.describe()}, which the {ref.lang} page does not state",
                found=f"{o.q.text!r} = {o.q.describe()}",
                expected=f"the same quantities as {ref.path}", other=_nearest(ref, o.line)))
        elif r:
            line, col = anchor(r)
            problems.append(Problem(
                other.path, line, col, other.lang,
                f"does not state {r.q.describe()}, which the {ref.lang} page states",
                found="(missing)", expected=r.q.describe(), other=_where(ref, r.line)))


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


def check_facts(pages: dict[str, Page], facts: dict[str, Fact], problems: list[Problem]) -> None:
    """(b) A page that states a fact (declared or recognised) states the registered value in every language."""
    stated: dict[str, tuple[Page, Found]] = {}
    wanted: set[str] = set()
    drifted: set[tuple[str, str]] = set()     # (fact id, page path) already reported as a wrong value
    for page in pages.values():
        wanted.update(page.declared)
        for f in page.found:
            if f.waived or f.topic is None:
                continue
            fact = facts[f.topic]
            if f.q.key == fact.key:
                wanted.add(fact.id)
                stated.setdefault(fact.id, (page, f))
            elif f.q.unit == fact.unit:
                drifted.add((fact.id, page.path))
                problems.append(Problem(
                    page.path, f.line, f.col, page.lang,
                    f"states {f.q.describe()} about the policy fact '{fact.id}', registered as {fact.describe()}",
                    found=f"{f.q.text!r} = {f.q.describe()}",
                    expected=f"{fact.describe()} (write {{{{ policy.{fact.id} }}}})",
                    other=f"mkdocs.yml extra.policy.{fact.id}"))
    for fid in sorted(wanted):
        fact = facts[fid]
        for page in pages.values():
            if any(f.q.key == fact.key and not f.waived for f in page.found):
                if fid not in stated:
                    stated[fid] = (page, next(f for f in page.found if f.q.key == fact.key))
    for fid in sorted(wanted):
        fact = facts[fid]
        for page in pages.values():
            if any(f.q.key == fact.key for f in page.found) or (fid, page.path) in drifted:
                continue
            where = stated.get(fid)
            problems.append(Problem(
                page.path, page.declared_line if fid in page.declared else _h1_line(page), 1, page.lang,
                f"does not state the policy fact '{fid}' ({fact.describe()})",
                found="(missing)", expected=f"{fact.describe()} (write {{{{ policy.{fid} }}}})",
                other=_where(*[where[0], where[1].line]) if where else f"mkdocs.yml extra.policy.{fid}"))


# Below this many files a check runs in one process: a worker pool costs more than it saves.
PARALLEL_MIN_FILES = 1500
_FORKED: dict = {}        # what worker processes inherit from check_docs (fork): no pickling of facts or names


def check_docs(root: Path, docs_dir: Path, langs: list[str], facts: dict[str, Fact], context: dict,
               default_lang: str | None = None, workers: int | None = 1) -> Report:
    """Check every page of every language under `docs_dir` (docs/<lang>/**/*.md).

    `workers`: processes to use (None: one per available CPU when there are at least PARALLEL_MIN_FILES
    files and the platform can fork). Pages of one name are checked together, so the report is the same."""
    default_lang = default_lang or langs[0]
    order = [default_lang] + [lang for lang in langs if lang != default_lang]
    names: dict[str, dict[str, Path]] = {}
    for lang in order:
        base = docs_dir / lang
        if not base.is_dir():
            continue
        for path in sorted(base.rglob("*.md")):
            names.setdefault(path.relative_to(base).as_posix(), {})[lang] = path
    keys = sorted(names)
    jobs = _jobs(workers, sum(len(v) for v in names.values()))
    args = (root, names, order, facts, context, default_lang)
    if jobs <= 1 or len(keys) < 2:
        report = _check_names(keys, *args)
    else:
        import multiprocessing
        size = -(-len(keys) // (jobs * 4))
        chunks = [keys[i:i + size] for i in range(0, len(keys), size)]
        import gc
        _FORKED["args"] = args
        gc.freeze()        # the workers' garbage collector leaves the inherited objects alone (no copy-on-write)
        try:
            with multiprocessing.get_context("fork").Pool(jobs) as pool:
                parts = pool.map(_check_forked, chunks, chunksize=1)
        finally:
            gc.unfreeze()
            _FORKED.clear()
        report = Report()
        for part in parts:          # in name order, as one process would have found them
            report.problems.extend(part.problems)
            report.waivers.extend(part.waivers)
            report.pages += part.pages
            report.awaiting += part.awaiting
    report.problems.sort(key=lambda p: (p.path, p.line, p.col))
    return report


def _jobs(workers: int | None, files: int) -> int:
    if workers is not None:
        return max(1, workers)
    import multiprocessing
    if files < PARALLEL_MIN_FILES or "fork" not in multiprocessing.get_all_start_methods():
        return 1
    try:
        import os
        return len(os.sched_getaffinity(0))
    except (AttributeError, OSError):   # pragma: no cover - not Linux
        return multiprocessing.cpu_count() or 1


def _check_forked(keys: list[str]) -> Report:
    memo = _FORKED.setdefault("memo", LineMemo())      # one per worker process, for all its chunks
    return _check_names(keys, *_FORKED["args"], memo=memo)


def _check_names(keys: list[str], root: Path, names: dict[str, dict[str, Path]], order: list[str],
                 facts: dict[str, Fact], context: dict, default_lang: str, memo: LineMemo | None = None) -> Report:
    """The pages of these names (file names, in order), each compared across languages; problems unsorted."""
    report = Report()
    memo = LineMemo() if memo is None else memo
    for name in keys:
        pages: dict[str, Page] = {}
        for lang in order:
            path = names[name].get(lang)
            if path is None:
                continue
            try:
                rel = path.relative_to(root).as_posix()
            except ValueError:
                rel = str(path)
            pages[lang] = read_page(path, rel, lang, facts, context, report.problems, memo)
        for page in pages.values():
            for n in page.waived_lines:
                report.waivers.append(Waiver(page.path, n, page.lang,
                                             [f.q.describe() for f in page.found if f.line == n],
                                             page.line_text(n)))
        report.awaiting += sum(1 for lang, page in pages.items() if page.awaiting and lang != default_lang)
        pages = {lang: page for lang, page in pages.items()
                 if not page.broken and not (page.awaiting and lang != default_lang)}
        if pages:
            ref = next(iter(pages.values()))
            for page in list(pages.values())[1:]:
                compare(ref, page, report.problems, report.waivers)
            check_facts(pages, facts, report.problems)
        report.pages += 1
    return report
