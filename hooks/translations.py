"""Thin MkDocs adapter for helpcenter.translations: log each translation's status, write the editors' page.

mkdocs-static-i18n runs the whole build once per language (English first, Kazakh and Greek nested inside it), so
everything here happens in the default-language build only: the statuses are computed once per build, logged once,
and the page is written once, to <site>/_status/index.html (not a MkDocs page, so it is in no navigation, search
index or sitemap).
"""
from __future__ import annotations

from pathlib import Path

from mkdocs.exceptions import PluginError
from mkdocs.plugins import get_plugin_logger

from helpcenter import background, preview
from helpcenter import translations as tr

import nesting  # hooks/nesting.py

log = get_plugin_logger(__name__)

STATUS_DIR = "_status"

_state: dict = {}
_serving = {"on": False}


def on_startup(command: str, dirty: bool) -> None:
    _serving["on"] = command == "serve"


def _languages(config) -> tuple[str, tuple[str, ...], dict[str, str]]:
    """(source language, target languages, language names)."""
    i18n = config.plugins.get("i18n")
    if i18n is None:
        return tr.SOURCE_LANG, tr.TARGET_LANGS, {}
    langs = [(lang.locale, lang.name) for lang in i18n.config.languages if lang.locale != "null"]
    default = i18n.default_language
    targets = tuple(code for code, _ in langs if code != default)
    return default, targets, dict(langs)


def on_pre_build(config) -> None:
    """Start reading the statuses (every source file hashed): beside the build under `mkdocs build`
    (helpcenter.background), at once under `mkdocs serve`, whose pages show the problems."""
    if not nesting.outermost(config):
        return
    source, targets, names = _languages(config)
    _state.clear()
    docs_dir = Path(config.docs_dir)
    job = background.Job(tr.collect_all, docs_dir, source_lang=source, target_langs=targets, inline=_serving["on"])
    _state.update(job=job, docs=docs_dir, source=source, targets=targets, names=names)
    if _serving["on"]:
        _report()


def _report() -> None:
    """Log each translation's status once (the problems as warnings: --strict stops on them)."""
    job = _state.pop("job", None)
    if job is None:
        return
    try:
        entries, orphans = job.result()
    except tr.TranslationError as exc:
        raise PluginError(str(exc)) from None
    docs_dir, source = _state["docs"], _state["source"]
    problems = [tr.orphan_message(lang, rel, docs_dir.name, source) for lang, rel in orphans]
    for entry in entries:
        if entry.status == tr.UP_TO_DATE:
            continue
        text = tr.message(entry, docs_dir.name)
        if entry.status in tr.WARN_STATUSES:
            problems.append(text)
        else:
            log.info(text)
    for text in problems:
        log.warning(text)
    _state.update(entries=entries, problems=problems)
    counts = tr.summary(entries)
    log.info("Translation status: " + ", ".join(f"{counts[s]} {tr.LABELS[s]}" for s in tr.STATUSES)
             + f" (editors' page: /{STATUS_DIR}/)")


def on_post_page(output: str, page, config) -> str:
    """Under `mkdocs serve` (`make serve`), the translation problems that stop `make site`, at the top of every
    page (in every language's build)."""
    if not (_serving["on"] and _state.get("problems")):
        return output
    return preview.with_banner(output, preview.banner("Translations — make site would fail:", _state["problems"],
                                                      "translation-alert"))


def on_post_build(config) -> None:
    if not nesting.outermost(config):  # the default language's build, before static-i18n builds the others
        return
    _report()
    if "entries" not in _state:
        return
    out = Path(config.site_dir) / STATUS_DIR / "index.html"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(tr.status_page_html(_state["entries"], site_name=config.site_name,
                                       target_langs=_state["targets"], lang_names=_state["names"]),
                   encoding="utf-8")
