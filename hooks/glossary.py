"""Terminology check hook: a thin MkDocs adapter over helpcenter.glossary.

On the outermost build (mkdocs-static-i18n nests the kk and el builds inside en's), check every language's
sources once against glossary.yml. A rejected term stops `mkdocs build` (with or without --strict), like the
policy guard; under `mkdocs serve` the hits are printed as warnings and the server keeps serving.
"""
from __future__ import annotations

from pathlib import Path

from mkdocs.exceptions import PluginError
from mkdocs.plugins import get_plugin_logger

from helpcenter.glossary import GlossaryError, check_docs, load_glossary

import nesting  # hooks/nesting.py

log = get_plugin_logger(__name__)
_state = {"serving": False}


def on_startup(command: str, dirty: bool) -> None:
    _state["serving"] = command == "serve"


def _fail(message: str) -> None:
    if _state["serving"]:
        log.warning(message)
        return
    raise PluginError(message)


def on_pre_build(config) -> None:
    if not nesting.outermost(config):             # a nested per-language build: already checked
        return
    root = Path(config.config_file_path).resolve().parent
    try:
        glossary = load_glossary(root)
    except GlossaryError as e:
        _fail(str(e))
        return
    # every language the glossary names and docs/ holds (docs/<lang>/)
    report = check_docs(root, Path(config.docs_dir), list(glossary), glossary, dict(config.extra))
    log.info(report.summary())
    if not report.ok:
        _fail("glossary check found problems:\n" + report.text())
