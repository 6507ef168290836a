"""Translation status: which version of the English article each Kazakh and Greek article translates.

Plain Python (no MkDocs imports): used by hooks/translations.py at build time, by the CLI below and by the tests.

What the fingerprint covers
---------------------------
`source_hash(text)` is the first 12 hex digits of the SHA-256 of the English article's *reader-visible text*:
the front matter `title` and `description` plus the Markdown body, Unicode-NFC normalised, with every run of
whitespace collapsed to one space. So re-wrapping lines or adding blank lines does NOT make translations outdated,
while any change of wording, numbers, links, headings or placeholders does. The other front-matter keys
(`updated`, `policy`, ...) are bookkeeping and are NOT included: bumping the date alone changes nothing for readers.

What each translation records
-----------------------------
In its front matter, each docs/kk/X.md and docs/el/X.md has

    source_hash: 3f2a9c0b1d4e     # written by `python -m helpcenter.translations stamp kk/X.md`

and a copy created by `make new-article` that still holds the English text has

    translation: awaiting

Statuses (one per article and language), see `status_of`:
    up-to-date   the translation's source_hash equals the English article's current hash
    outdated     it records a different hash: the English article changed after the translation was stamped
    unstamped    it records no hash yet (translated before stamping existed, or the translator forgot to stamp)
    awaiting     it is marked `translation: awaiting` (what `make new-article` writes): the build renders the
                 current English article there, with a notice; `stamp` refuses it until it is translated
    missing      there is no file: readers get the English page with the "not translated yet" notice

CLI:
    python -m helpcenter.translations status [kk/X.md ...]      table of every article (or the given ones)
    python -m helpcenter.translations stamp kk/X.md [el/Y.md]   record the current English hash
    python -m helpcenter.translations stamp --unstamped         stamp every translation that has no hash yet
"""
from __future__ import annotations

import argparse
import hashlib
import html
import re
import sys
import unicodedata
from dataclasses import dataclass
from pathlib import Path

import yaml

from . import sources

SOURCE_LANG = "en"
TARGET_LANGS = ("kk", "el")
HASH_KEY = "source_hash"
MARKER_KEY = "translation"
MARKER_AWAITING = "awaiting"
HASH_LEN = 12

UP_TO_DATE = "up-to-date"
OUTDATED = "outdated"
UNSTAMPED = "unstamped"
AWAITING = "awaiting"
MISSING = "missing"
STATUSES = (UP_TO_DATE, OUTDATED, UNSTAMPED, AWAITING, MISSING)

LABELS = {
    UP_TO_DATE: "up to date",
    OUTDATED: "outdated",
    UNSTAMPED: "not stamped",
    AWAITING: "awaiting translation",
    MISSING: "missing",
}

# Which statuses the build reports as warnings (so `mkdocs build --strict`, i.e. `make site` and CI, stop on them):
# a missing or unstamped translation is an oversight; an outdated one may tell customers something the English
# no longer says. "Awaiting translation" is the deliberate state `make new-article` leaves: readers get the English
# text with a notice meanwhile, so it is only reported.
WARN_STATUSES = frozenset({OUTDATED, MISSING, UNSTAMPED})

# libyaml's loader when PyYAML has it (its wheels do): the build reads every article's front matter.
_YAML_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

_FRONT_MATTER = re.compile(r"\A---[ \t]*\r?\n(.*?\r?\n)?---[ \t]*(?:\r?\n|\Z)", re.S)


class TranslationError(Exception):
    """Bad input (file and line in the message): shown to editors as is, never as a traceback."""


def split_front_matter(text: str, name: str = "<text>") -> tuple[dict, str, re.Match | None]:
    """(front matter as a dict, body, the match of the front-matter block or None)."""
    m = _FRONT_MATTER.match(text)
    if not m:
        return {}, text, None
    raw = m.group(1) or ""
    try:
        meta = yaml.load(raw, Loader=_YAML_LOADER) or {}
    except yaml.YAMLError as exc:
        line = 1
        mark = getattr(exc, "problem_mark", None)
        if mark is not None:
            line = mark.line + 2  # +1 for the opening '---', +1 because marks count from 0
        problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        raise TranslationError(f"{name}:{line}: front matter is not valid YAML: {problem}") from None
    if not isinstance(meta, dict):
        raise TranslationError(f"{name}:2: front matter must be 'key: value' lines")
    return meta, text[m.end():], m


def normalise(text: str) -> str:
    return " ".join(unicodedata.normalize("NFC", text).split())


def source_text(text: str, name: str = "<text>") -> str:
    """The part of an English article that the fingerprint covers (see the module docstring)."""
    meta, body, _ = split_front_matter(text, name)
    return _covered(meta, body)


def _covered(meta: dict, body: str) -> str:
    return normalise("\n".join([str(meta.get("title") or ""), str(meta.get("description") or ""), body]))


def source_hash(text: str, name: str = "<text>") -> str:
    return _hash(source_text(text, name))


def _hash(covered: str) -> str:
    return hashlib.sha256(covered.encode("utf-8")).hexdigest()[:HASH_LEN]


@dataclass(frozen=True)
class Entry:
    path: str            # relative to the language folder, e.g. "returns.md"
    lang: str
    status: str
    title: str           # the English title
    current: str         # the English article's hash now
    recorded: str | None  # the hash the translation records


def status_of(source_text_: str, translation_text: str | None, *, name: str = "<text>",
              source_name: str = "<source>", current: str | None = None) -> tuple[str, str, str | None]:
    """(status, current English hash, hash recorded in the translation). ``current``: the English article's
    hash, when the caller has it already (collect() asks once per language)."""
    if current is None:
        current = source_hash(source_text_, source_name)
    if translation_text is None:
        return MISSING, current, None
    meta, _, _ = split_front_matter(translation_text, name)
    recorded = meta.get(HASH_KEY)
    recorded = None if recorded is None else str(recorded).strip()
    if str(meta.get(MARKER_KEY, "")).strip().lower() == MARKER_AWAITING:
        return AWAITING, current, recorded
    if not recorded:
        return UNSTAMPED, current, None
    return (UP_TO_DATE if recorded == current else OUTDATED), current, recorded


def is_awaiting(meta: dict) -> bool:
    """True for a page whose front matter says it still holds the English text (for the i18n notice)."""
    return str((meta or {}).get(MARKER_KEY, "")).strip().lower() == MARKER_AWAITING


def english_articles(docs_dir: Path, source_lang: str = SOURCE_LANG) -> list[str]:
    base = Path(docs_dir) / source_lang
    return sorted(p.relative_to(base).as_posix() for p in base.rglob("*.md"))


def collect(docs_dir: Path, *, source_lang: str = SOURCE_LANG,
            target_langs: tuple[str, ...] = TARGET_LANGS) -> list[Entry]:
    """The status of every English article in every target language (English order, then language order)."""
    docs_dir = Path(docs_dir)
    out: list[Entry] = []
    for rel in english_articles(docs_dir, source_lang):
        src_path = docs_dir / source_lang / rel
        src_name = _show(src_path, docs_dir)
        src = sources.read_text(src_path, src_name)
        meta, body, _ = split_front_matter(src, src_name)  # once per article, not once per language
        title = str(meta.get("title") or rel)
        hashed = _hash(_covered(meta, body))
        for lang in target_langs:
            path = docs_dir / lang / rel
            text = sources.read_text(path, _show(path, docs_dir)) if path.is_file() else None
            status, current, recorded = status_of(src, text, name=_show(path, docs_dir), source_name=src_name,
                                                  current=hashed)
            out.append(Entry(rel, lang, status, title, current, recorded))
    return out


def orphans(docs_dir: Path, *, source_lang: str = SOURCE_LANG,
            target_langs: tuple[str, ...] = TARGET_LANGS) -> list[tuple[str, str]]:
    """(lang, path) of every article that exists in a target language but not in the source language: the
    switcher of such a page offers pages that do not exist."""
    docs_dir = Path(docs_dir)
    english = set(english_articles(docs_dir, source_lang))
    out = []
    for lang in target_langs:
        for rel in english_articles(docs_dir, lang):
            if rel not in english:
                out.append((lang, rel))
    return out



def collect_all(docs_dir: Path, source_lang: str = SOURCE_LANG,
                target_langs: tuple[str, ...] = TARGET_LANGS) -> tuple[list[Entry], list[tuple[str, str]]]:
    """collect() and orphans() in one call (hooks/translations.py runs it beside the build)."""
    return (collect(docs_dir, source_lang=source_lang, target_langs=target_langs),
            orphans(docs_dir, source_lang=source_lang, target_langs=target_langs))

def orphan_message(lang: str, rel: str, docs_name: str = "docs", source_lang: str = SOURCE_LANG) -> str:
    return (f"{docs_name}/{lang}/{rel}: this article exists only in {docs_name}/{lang}/, so its language switcher "
            f"links to pages that do not exist. Every article starts in English: write "
            f"{docs_name}/{source_lang}/{rel} (the article this one translates), or give this file the name of "
            f"the English article it translates, or delete it.")


def _show(path: Path, docs_dir: Path) -> str:
    """A path as editors know it: docs/kk/returns.md."""
    try:
        return Path(docs_dir.name, path.relative_to(docs_dir)).as_posix()
    except ValueError:
        return str(path)


def message(entry: Entry, docs_name: str = "docs") -> str:
    """One line for the build log that tells an editor what to do."""
    t = f"{docs_name}/{entry.lang}/{entry.path}"
    s = f"{docs_name}/{SOURCE_LANG}/{entry.path}"
    stamp = f"make stamp FILE={entry.lang}/{entry.path}"
    if entry.status == OUTDATED:
        return (f"{t}: translation outdated: it translates an older version of {s} (recorded {entry.recorded}, "
                f"the English is now {entry.current}). Update the translation to match the English article, then "
                f"run `{stamp}`.")
    if entry.status == UNSTAMPED:
        return (f"{t}: translation not stamped: it does not record which version of {s} it translates. "
                f"If it matches the English article now, run `{stamp}`.")
    if entry.status == AWAITING:
        return (f"{t}: translation awaiting: readers get the current {s} with a notice until it is translated "
                f"(then delete 'translation: awaiting' and run `{stamp}`).")
    if entry.status == MISSING:
        return (f"{t}: translation missing: readers get the English page with a notice. Create it with the "
                f"translation of {s}, then run `{stamp}`; or, to leave it for the translators, create it with "
                f"only these lines: ---, translation: awaiting, ---.")
    return f"{t}: translation up to date"


def summary(entries: list[Entry]) -> dict[str, int]:
    counts = {s: 0 for s in STATUSES}
    for e in entries:
        counts[e.status] += 1
    return counts


# ---------------------------------------------------------------- stamping

def stamp_text(translation_text: str, new_hash: str, name: str = "<text>") -> str:
    """The translation with `source_hash: <new_hash>` in its front matter; every other byte unchanged."""
    _, _, m = split_front_matter(translation_text, name)
    if m is None:
        raise TranslationError(f"{name}:1: no front matter (a '---' block at the top); cannot record "
                               f"{HASH_KEY}")
    nl = "\r\n" if m.group(0).split("\n", 1)[0].endswith("\r") else "\n"
    line = f"{HASH_KEY}: {new_hash}"
    if m.group(1) is None:  # empty front matter: "---" directly followed by "---"
        opening = len(m.group(0).split("\n", 1)[0]) + 1
        return translation_text[:opening] + line + nl + translation_text[opening:]
    raw = m.group(1)
    existing = re.compile(rf"^{HASH_KEY}[ \t]*:[^\r\n]*", re.M)
    if existing.search(raw):
        new_raw = existing.sub(lambda _m: line, raw, count=1)
    else:
        new_raw = raw + line + nl
    return translation_text[:m.start(1)] + new_raw + translation_text[m.end(1):]


def stamp_file(docs_dir: Path, target: str, *, source_lang: str = SOURCE_LANG) -> str:
    """Stamp docs/<lang>/<file> with the current hash of docs/en/<file> and return it. A copy still marked
    `translation: awaiting` is refused (TranslationError saying why): stamping it would call it up to date."""
    docs_dir = Path(docs_dir)
    lang, rel = _parse_target(target)
    src_path = docs_dir / source_lang / rel
    path = docs_dir / lang / rel
    if not src_path.is_file():
        raise TranslationError(f"{_show(src_path, docs_dir)}: no English article of that name")
    if not path.is_file():
        raise TranslationError(f"{_show(path, docs_dir)}: no such translation (create it first)")
    text = sources.read_text(path, _show(path, docs_dir), newline="")
    if is_awaiting(split_front_matter(text, _show(path, docs_dir))[0]):
        raise TranslationError(
            f"{_show(path, docs_dir)}: not stamped: it is still marked 'translation: awaiting', so readers get the "
            f"English article instead. Stamping records that a translation matches the English text: write the "
            f"translation of {_show(src_path, docs_dir)} into it, delete the 'translation: awaiting' line, then run "
            f"`make stamp FILE={lang}/{rel}` again.")
    new_hash = source_hash(sources.read_text(src_path, _show(src_path, docs_dir)), _show(src_path, docs_dir))
    new_text = stamp_text(text, new_hash, _show(path, docs_dir))
    if new_text != text:
        with path.open("w", encoding="utf-8", newline="") as fh:
            fh.write(new_text)
    return new_hash


def _parse_target(target: str) -> tuple[str, str]:
    t = target.replace("\\", "/")
    if t.startswith("docs/"):
        t = t[len("docs/"):]
    lang, _, rel = t.partition("/")
    if lang not in TARGET_LANGS or not rel.endswith(".md"):
        raise TranslationError(f"{target}: give a translation as <lang>/<file>.md with lang one of "
                               f"{', '.join(TARGET_LANGS)}, e.g. kk/returns.md")
    return lang, rel


# ---------------------------------------------------------------- status page

def status_page_html(entries: list[Entry], *, site_name: str = "Help center",
                     target_langs: tuple[str, ...] = TARGET_LANGS,
                     lang_names: dict[str, str] | None = None) -> str:
    """A self-contained editors' page (no external requests, noindex): one row per article, one column per
    language."""
    lang_names = lang_names or {}
    by_key = {(e.path, e.lang): e for e in entries}
    paths = list(dict.fromkeys(e.path for e in entries))
    counts = summary(entries)
    esc = html.escape

    def page_url(lang: str, rel: str) -> str:
        stem = rel[:-3]
        if stem == "index":
            stem = ""
        elif stem.endswith("/index"):
            stem = stem[: -len("index")]
        else:
            stem += "/"
        prefix = "" if lang == SOURCE_LANG else f"{lang}/"
        return f"../{prefix}{stem}"

    rows = []
    for rel in paths:
        first = next(e for e in entries if e.path == rel)
        cells = [f'<th scope="row"><a href="{esc(page_url(SOURCE_LANG, rel))}">{esc(first.title)}</a>'
                 f'<br><code>{esc(rel)}</code> <code class="h">{esc(first.current)}</code></th>']
        for lang in target_langs:
            e = by_key.get((rel, lang))
            if e is None:
                cells.append("<td></td>")
                continue
            label = esc(LABELS[e.status])
            extra = ""
            if e.status == OUTDATED:
                extra = f'<br><code class="h">{esc(e.recorded or "")}</code>'
            link = label if e.status == MISSING else f'<a href="{esc(page_url(lang, rel))}">{label}</a>'
            cells.append(f'<td class="s-{e.status}" data-status="{e.status}">{link}{extra}</td>')
        rows.append(f'<tr data-article="{esc(rel)}">' + "".join(cells) + "</tr>")

    head = "".join(f'<th scope="col">{esc(lang_names.get(lang, lang))} <code>{esc(lang)}</code></th>'
                   for lang in target_langs)
    counts_html = " · ".join(f'<span class="s-{s}">{counts[s]} {esc(LABELS[s])}</span>' for s in STATUSES)
    return f"""<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex, nofollow">
<title>Translation status · {esc(site_name)}</title>
<style>
body{{font:16px/1.5 system-ui,sans-serif;margin:1.5rem;color:#1b1b1b;background:#fff}}
table{{border-collapse:collapse;width:100%;max-width:60rem}}
th,td{{border:1px solid #ccc;padding:.4rem .6rem;text-align:left;vertical-align:top}}
thead th{{background:#f2f2f2}}
code{{font-size:.85em}} .h{{color:#555}}
.s-up-to-date{{background:#e6f4ea}} .s-outdated{{background:#fde2e1}} .s-unstamped{{background:#fff4ce}}
.s-awaiting{{background:#e8eefc}} .s-missing{{background:#eee}}
</style>
</head>
<body>
<h1>Translation status</h1>
<p>For editors: which Kazakh and Greek articles match the current English text. This page is not linked from
the help center and is not indexed. How to fix each status: see CONTRIBUTING.md (“Translation status”).</p>
<p class="summary">{counts_html}</p>
<table>
<thead><tr><th scope="col">English article</th>{head}</tr></thead>
<tbody>
{chr(10).join(rows)}
</tbody>
</table>
</body>
</html>
"""


# ---------------------------------------------------------------- CLI

def _find_docs_dir(start: Path) -> Path:
    for d in (start, *start.parents):
        if (d / "mkdocs.yml").is_file() and (d / "docs").is_dir():
            return d / "docs"
    raise TranslationError(f"{start}: no mkdocs.yml with a docs/ folder here or above")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m helpcenter.translations",
                                     description="Translation status of the Kazakh and Greek articles.")
    parser.add_argument("--docs-dir", type=Path, help="the docs/ folder (default: found from here)")
    sub = parser.add_subparsers(dest="command", required=True)
    p_status = sub.add_parser("status", help="show every article's status (or the given ones)")
    p_status.add_argument("files", nargs="*", help="translations as <lang>/<file>.md")
    p_stamp = sub.add_parser("stamp", help="record the current English version in translations")
    p_stamp.add_argument("files", nargs="*", help="translations as <lang>/<file>.md")
    p_stamp.add_argument("--unstamped", action="store_true",
                         help="stamp every translation that records no version yet")
    args = parser.parse_args(argv)
    try:
        docs_dir = args.docs_dir or _find_docs_dir(Path.cwd())
        if args.command == "status":
            entries = collect(docs_dir)
            if args.files:
                wanted = {_parse_target(f) for f in args.files}
                entries = [e for e in entries if (e.lang, e.path) in wanted]
            for e in entries:
                print(f"{e.lang}/{e.path:<40} {LABELS[e.status]}")
            counts = summary(entries)
            print(", ".join(f"{counts[s]} {LABELS[s]}" for s in STATUSES))
            return 0
        targets = list(args.files)
        if args.unstamped:
            targets += [f"{e.lang}/{e.path}" for e in collect(docs_dir) if e.status == UNSTAMPED]
        if not targets:
            if args.unstamped:
                print("Nothing to stamp: every translation records its English version.")
                return 0
            parser.error("stamp: give translations as <lang>/<file>.md, or --unstamped")
        failed = False
        for t in targets:
            try:
                h = stamp_file(docs_dir, t)
            except (TranslationError, sources.SourceError) as exc:
                print(f"{exc}", file=sys.stderr)
                failed = True
                continue
            print(f"stamped {t}: {HASH_KEY} {h} (now recorded as up to date with the English article)")
        return 1 if failed else 0
    except (TranslationError, sources.SourceError) as exc:
        print(f"{exc}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
