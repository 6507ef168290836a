"""The policy guard: every page states the same quantities in every language, and the registered policy facts.

`check_docs(docs_dir, langs, facts, context)` reads docs/<lang>/*.md directly (front matter and body), renders
the placeholders, leaves code, comments, dates, phones and ids aside, reads every quantity, and returns a
Report with every problem at once (and every deliberate exception, marked `<!-- policy: ignore -->`).

This module runs the check: which pages are compared with which. Each job has its own module:
report.py (what is reported), frontmatter.py, page.py (reading a page), sentences.py (reading a line, the
per-check caches), compare.py (two languages of a page), factcheck.py (the registered facts), pool.py (worker
processes for large sites). The names below stay importable from here.
"""
from __future__ import annotations

from pathlib import Path

from ..scaffold import unfilled
from .compare import compare
from .facts import Fact
from .factcheck import check_facts
from .frontmatter import _FM_LINE_RE, _YAML_LOADER, front_matter, front_matter as _front_matter, simple_front_matter # noqa: F401 (re-exported)
from .page import (FRONT_TEXT_KEYS, IGNORE_RE, Found, Page, _column_map, _h1_line, _nearest, _strip_code_lines, # noqa: F401
                   _where, read_page)
from .pool import PARALLEL_MIN_FILES, jobs_for as _jobs, run_pool
from .report import Problem, Report, Waiver
from .sentences import (COMMENT_RE, LIST_MARKER_RE, SENTENCE_END_RE, TAG_RE, _ID_TAILS, _SPLIT_RE, LineMemo, _blank, # noqa: F401
                        _read_line, _read_text, _sentence_starts, _sentences_apart, _topics, _topics_of)

__all__ = ["check_docs", "Problem", "Report", "Waiver", "Found", "Page", "LineMemo", "read_page", "compare",
           "check_facts", "simple_front_matter", "front_matter", "PARALLEL_MIN_FILES"]


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
        report = run_pool(_check_names, keys, args, jobs, LineMemo)
    report.problems.sort(key=lambda p: (p.path, p.line, p.col))
    return report


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
        for lang, page in pages.items():
            if not (page.awaiting and lang != default_lang):      # an awaiting copy is never published
                report.problems.extend(Problem(page.path, n, 1, lang, what)
                                       for n, what in unfilled("\n".join(page.lines)))
        report.awaiting += sum(1 for lang, page in pages.items() if page.awaiting and lang != default_lang)
        pages = {lang: page for lang, page in pages.items()
                 if not page.broken and not (page.awaiting and lang != default_lang)}
        if pages:
            reported = check_facts(pages, facts, report.problems)
            ref = next(iter(pages.values()))
            for page in list(pages.values())[1:]:
                compare(ref, page, report.problems, report.waivers, reported)
        report.pages += 1
    return report
