"""MkDocs adapter for the HTML policy of articles (helpcenter.html_policy): every page's HTML, as Markdown
produced it (raw HTML, links, images, attribute lists), is checked before the theme wraps it; anything that
could run code, load another site or post a form stops the build with ``docs/<lang>/<file>.md:line: ...``
and what to write instead.
"""
from __future__ import annotations

import functools
from pathlib import Path

from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority

from helpcenter import html_policy, sources

import nesting  # hooks/nesting.py


def on_page_content(html, page, config, files):
    if html_policy.plainly_allowed(html, page.meta):
        return html  # most pages: nothing to point at, no path to work out
    src = Path(page.file.abs_src_path)
    root = _folder_of(config.config_file_path)
    shown = src.relative_to(root).as_posix() if src.is_relative_to(root) else str(src)
    try:
        # the source is read only to point at the line of a problem
        html_policy.check_page(html, lambda: sources.read_text(src, shown), shown, page.meta)
    except (html_policy.HtmlPolicyError, sources.SourceError) as e:
        raise PluginError(str(e)) from None
    return html


@functools.lru_cache(maxsize=8)  # resolved once, not for every page
def _folder_of(config_file: str) -> Path:
    return Path(config_file).resolve().parent


@event_priority(100)  # before any hook or plugin reads the sources
def on_config(config):
    """Every source is readable text with real dates, or the build stops naming the file and line (the other
    hooks and MkDocs itself would stop with a traceback). Once per build: mkdocs-static-i18n's nested
    per-language builds (i18n.building) read the same files."""
    if not nesting.outermost(config):
        return config
    docs_dir = Path(config.docs_dir)
    root = Path(config.config_file_path).resolve().parent
    if not docs_dir.is_absolute():
        docs_dir = root / docs_dir
    shown = docs_dir.relative_to(root).as_posix() if docs_dir.is_relative_to(root) else str(docs_dir)
    try:
        sources.check_tree(docs_dir, shown)
    except sources.SourceError as e:
        raise PluginError(str(e)) from None
    return config
