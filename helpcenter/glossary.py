"""Terminology check: every language writes the same thing with the same word.

`glossary.yml` (next to mkdocs.yml) lists, per language, a preferred term and the variants editors must not
use, e.g. the Kazakh "шот-фактура" (a VAT invoice) where shoppers get a "чек":

    kk:
      - term: чек
        reject: [шот-фактура*]
        note: a shopper gets a чек; шот-фактура is the VAT invoice
        allow: ["чек не шот-фактура"]     # optional: phrases where a rejected word is right
      - reject: [ақшаңызды қайтар*]         # a promise: `term` may be left out
        unless: promises.refunds          # a setting in mkdocs.yml extra; checked while it is off

A variant is one or more words. A word ending in `*` also matches its inflected forms (any letters after it:
`шот-фактура*` finds шот-фактураны, шот-фактурасын); a word without `*` matches only itself. Matching ignores
case but not accents (Greek ζώνη vs ζωντανός stay apart), only at word starts, and across line breaks.
Code (fenced blocks, `inline code`), HTML comments and the front matter (except title and description) are not
read. Each hit is reported as `docs/<lang>/<file>.md:line:col: uses "X"; write "Y"`.

Imports nothing from MkDocs: hooks/glossary.py (the build) and helpcenter/check.py (`make check`) call it.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

import yaml

GLOSSARY_FILE = "glossary.yml"
# A word character for the purpose of word boundaries: letters, digits, and the hyphen inside compounds.
_WORD = r"[^\W_]"
_FENCE_RE = re.compile(r"^[ \t]*(?P<fence>`{3,}|~{3,})")
_INLINE_CODE_RE = re.compile(r"(`+)(?:(?!\1).)+?\1", re.S)
_COMMENT_RE = re.compile(r"<!--.*?-->", re.S)
_FRONT_TEXT_KEYS = ("title", "description")


class GlossaryError(ValueError):
    """The glossary file cannot be used; the message names the file (and line when known)."""


@dataclass
class Entry:
    lang: str
    term: str
    reject: list[str]
    note: str = ""
    allow: list[str] = field(default_factory=list)
    unless: str = ""                    # a setting in mkdocs.yml `extra` (promises.refunds): checked while it is off
    line: int = 0                       # where the entry starts in glossary.yml (1-based)
    patterns: list[tuple[str, re.Pattern]] = field(default_factory=list, repr=False)
    allowed: list[re.Pattern] = field(default_factory=list, repr=False)


@dataclass
class Hit:
    path: str            # docs/<lang>/<file>.md
    line: int
    col: int
    lang: str
    found: str           # the text as written in the page
    term: str
    note: str = ""
    unless: str = ""

    def message(self) -> str:
        note = f" ({self.note})" if self.note else ""
        if self.unless:
            said = f'; write "{self.term}"' if self.term else ""
            return (f'uses "{self.found}": a promise this store does not make (extra.{self.unless} is off in '
                    f'mkdocs.yml){said}{note}')
        return f'uses "{self.found}"; write "{self.term}"{note}'

    def text(self) -> str:
        return f"{self.path}:{self.line}:{self.col}: {self.message()}"

    def github(self) -> str:
        msg = f"[{self.lang}] {self.message()}"
        msg = msg.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")
        return f"::error file={self.path},line={self.line},col={self.col}::{msg}"


@dataclass
class GlossaryReport:
    hits: list[Hit] = field(default_factory=list)
    pages: int = 0
    entries: int = 0

    @property
    def ok(self) -> bool:
        return not self.hits

    def summary(self) -> str:
        return f"glossary: {len(self.hits)} problem(s), {self.entries} term(s), {self.pages} page(s)"

    def text(self) -> str:
        return "\n".join([h.text() for h in self.hits] + [self.summary()])

    def github(self) -> str:
        return "\n".join([h.github() for h in self.hits] + [self.summary()])


def variant_pattern(variant: str) -> re.Pattern:
    """`жеткізу затбелгі*` -> words in order, any whitespace between them, `*` = any letters after."""
    words = variant.split()
    if not words:
        raise GlossaryError("an empty variant")
    parts = []
    for word in words:
        star = word.endswith("*")
        stem = word.rstrip("*")
        if not stem or "*" in stem:
            raise GlossaryError(f"bad variant {variant!r}: `*` may only end a word")
        parts.append(re.escape(stem) + (rf"(?:{_WORD}|-)*" if star else ""))
    body = r"\s+".join(parts)
    return re.compile(rf"(?<!{_WORD})(?<!-){body}(?!{_WORD})(?!-{_WORD})", re.I)


def _line_of(node_lines: dict[int, int], index: int) -> int:
    return node_lines.get(index, 0)


def parse_glossary(text: str, source: str = GLOSSARY_FILE) -> dict[str, list[Entry]]:
    """The entries per language; GlossaryError names `source` and the line of a bad entry."""
    try:
        root = yaml.compose(text, Loader=yaml.SafeLoader)
        data = yaml.safe_load(text)
    except yaml.YAMLError as e:
        mark = getattr(e, "problem_mark", None)
        where = f"{source}:{mark.line + 1}" if mark else source
        raise GlossaryError(f"{where}: not valid YAML: {getattr(e, 'problem', None) or e}") from None
    if data is None:
        return {}
    if not isinstance(data, dict):
        raise GlossaryError(f"{source}:1: expected languages as keys (en:, kk:, el:), each with a list of terms")
    # line numbers of each language's items, read from the node tree
    item_lines: dict[str, list[int]] = {}
    if isinstance(root, yaml.MappingNode):
        for key_node, value_node in root.value:
            if isinstance(value_node, yaml.SequenceNode):
                item_lines[str(key_node.value)] = [n.start_mark.line + 1 for n in value_node.value]
    out: dict[str, list[Entry]] = {}
    for lang, items in data.items():
        lines = item_lines.get(str(lang), [])
        if not isinstance(items, list):
            raise GlossaryError(f"{source}: {lang}: expected a list of terms (- term: ..., reject: [...])")
        entries = []
        for i, item in enumerate(items):
            line = lines[i] if i < len(lines) else 0
            where = f"{source}:{line}" if line else source
            if not isinstance(item, dict):
                raise GlossaryError(f"{where}: [{lang}] each entry needs `term:` and `reject:`")
            unknown = set(item) - {"term", "reject", "note", "allow", "unless"}
            if unknown:
                raise GlossaryError(f"{where}: [{lang}] unknown key(s) {', '.join(sorted(map(str, unknown)))} "
                                    "(use term, reject, note, allow, unless)")
            term, reject = item.get("term"), item.get("reject")
            if item.get("unless") and term is None:
                term = ""                       # a promise: nothing to write instead
            elif not isinstance(term, str) or not term.strip():
                raise GlossaryError(f"{where}: [{lang}] `term:` must be the preferred word or phrase")
            if isinstance(reject, str):
                reject = [reject]
            if not isinstance(reject, list) or not reject or not all(isinstance(r, str) and r.strip() for r in reject):
                raise GlossaryError(f"{where}: [{lang}] `reject:` must list the variants not to use")
            allow = item.get("allow") or []
            if isinstance(allow, str):
                allow = [allow]
            if not isinstance(allow, list) or not all(isinstance(a, str) and a.strip() for a in allow):
                raise GlossaryError(f"{where}: [{lang}] `allow:` must list phrases")
            unless = item.get("unless") or ""
            if not isinstance(unless, str) or (unless and not re.fullmatch(r"[A-Za-z_]\w*(\.[A-Za-z_]\w*)*", unless)):
                raise GlossaryError(f"{where}: [{lang}] `unless:` must name a setting in mkdocs.yml extra, "
                                    "e.g. promises.refunds")
            entry = Entry(str(lang), term.strip(), [r.strip() for r in reject], str(item.get("note") or "").strip(),
                          [a.strip() for a in allow], unless, line)
            try:
                entry.patterns = [(r, variant_pattern(r)) for r in entry.reject]
                entry.allowed = [variant_pattern(a) for a in entry.allow]
            except GlossaryError as e:
                raise GlossaryError(f"{where}: [{lang}] {e}") from None
            entries.append(entry)
        out[str(lang)] = entries
    return out


def load_glossary(root: Path) -> dict[str, list[Entry]]:
    """The glossary next to mkdocs.yml; an empty glossary when the file does not exist."""
    path = Path(root) / GLOSSARY_FILE
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return {}
    except OSError as e:
        raise GlossaryError(f"{GLOSSARY_FILE}: cannot read: {e}") from None
    return parse_glossary(text, GLOSSARY_FILE)


def _blank(m: re.Match) -> str:
    return re.sub(r"[^\n]", " ", m.group(0))


def readable_text(source: str) -> str:
    """The page with what customers do not read as prose blanked out (same length, same line breaks):
    front matter except title and description, fenced code, inline code and HTML comments."""
    lines = source.split("\n")
    out: list[str] = []
    i = 0
    if lines and lines[0].strip() == "---":
        end = next((n for n in range(1, len(lines)) if lines[n].strip() in ("---", "...")), None)
        if end is not None:
            out.append(" " * len(lines[0]))
            for n in range(1, end):
                key = lines[n].split(":", 1)[0].strip()
                keep = key in _FRONT_TEXT_KEYS and not lines[n][:1].isspace()
                out.append(lines[n] if keep else " " * len(lines[n]))
            out.append(" " * len(lines[end]))
            i = end + 1
    fence = None
    for line in lines[i:]:
        m = _FENCE_RE.match(line)
        if fence is None and m:
            fence = m.group("fence")
            out.append(" " * len(line))
            continue
        if fence is not None:
            if re.match(rf"^[ \t]*{re.escape(fence[0])}{{{len(fence)},}}[ \t]*$", line):
                fence = None
            out.append(" " * len(line))
            continue
        out.append(line)
    text = "\n".join(out)
    text = _COMMENT_RE.sub(_blank, text)
    return _INLINE_CODE_RE.sub(_blank, text)


def check_text(source: str, entries: list[Entry], path: str, lang: str) -> list[Hit]:
    """Every rejected variant in one page's source, with its 1-based line and column."""
    text = readable_text(source)
    starts = [0] + [m.end() for m in re.finditer("\n", text)]
    spans: list[tuple[int, int, Entry, str]] = []
    for entry in entries:
        allowed = [(m.start(), m.end()) for p in entry.allowed for m in p.finditer(text)]
        for _variant, pattern in entry.patterns:
            for m in pattern.finditer(text):
                if not any(a <= m.start() and m.end() <= b for a, b in allowed):
                    spans.append((m.start(), m.end(), entry, m.group(0)))
    # longest first at each place, then drop a hit inside one already reported ("ауыстыруды сұрай" inside
    # "қайтаруды немесе ауыстыруды сұрай")
    spans.sort(key=lambda s: (s[0], -s[1]))
    hits: list[Hit] = []
    reach = -1
    for start, end, entry, found in spans:
        if end <= reach:
            continue
        reach = max(reach, end)
        line = _bisect(starts, start)
        hits.append(Hit(path, line + 1, start - starts[line] + 1, lang, re.sub(r"\s+", " ", found),
                        entry.term, entry.note, entry.unless))
    return hits


def _bisect(starts: list[int], pos: int) -> int:
    lo, hi = 0, len(starts) - 1
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if starts[mid] <= pos:
            lo = mid
        else:
            hi = mid - 1
    return lo


def setting(extra: dict | None, dotted: str):
    """The value of `promises.refunds` in mkdocs.yml `extra` (None when absent)."""
    value = extra or {}
    for part in dotted.split("."):
        if not isinstance(value, dict):
            return None
        value = value.get(part)
    return value


def active(entries: list[Entry], extra: dict | None) -> list[Entry]:
    """The entries checked under these settings: an `unless:` entry only while its setting is off."""
    return [e for e in entries if not (e.unless and setting(extra, e.unless))]


def check_docs(root: Path, docs_dir: Path, langs: list[str], glossary: dict[str, list[Entry]],
               extra: dict | None = None) -> GlossaryReport:
    """Check docs/<lang>/**/*.md of every language that has glossary entries; `extra` is mkdocs.yml's
    `extra` (the store's settings), for entries with `unless:`."""
    root = Path(root).resolve()
    glossary = {lang: active(entries, extra) for lang, entries in glossary.items()}
    report = GlossaryReport(entries=sum(len(glossary.get(lang, [])) for lang in langs))
    for lang in langs:
        entries = glossary.get(lang) or []
        base = Path(docs_dir) / lang
        if not base.is_dir():
            continue
        for page in sorted(base.rglob("*.md")):
            report.pages += 1
            if not entries:
                continue
            try:
                rel = page.resolve().relative_to(root).as_posix()
            except ValueError:
                rel = page.as_posix()
            report.hits.extend(check_text(page.read_text(encoding="utf-8"), entries, rel, lang))
    return report
