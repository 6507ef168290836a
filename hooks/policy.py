"""Policy guard hook: a thin MkDocs adapter over helpcenter.policy.

- on_config: validate the facts in `extra.policy` (a PluginError names the bad key).
- on_page_markdown: render `{{ store }}`, `{{ policy.<id> }}`, `{{ contact.<channel> }}` (PluginError with
  docs/<lang>/<file>.md:line and the closest known name).
- on_pre_build of the outermost build (mkdocs-static-i18n nests the kk and el builds inside en's): run the
  guard over every language's source files ONCE per build; problems stop `mkdocs build` (with or without
  --strict). It reads only the sources, so under `mkdocs build` it runs in a forked process while the pages
  are built, and its report is awaited at the end of the outermost build (on_post_build): the build costs
  nothing more on a machine with a second core, and a failed build publishes nothing either way
  (helpcenter.build). Under `mkdocs serve` the guard runs first, in the server's own process (a server must
  not fork), and its problems are printed and shown at the top of every page instead; the server keeps
  serving.
"""
from __future__ import annotations

import functools
import logging
from pathlib import Path

from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority, get_plugin_logger

from helpcenter import background, mkdocs_yaml, preview
from helpcenter.policy.facts import FactsError, load_facts
from helpcenter.policy.config import i18n_languages
from helpcenter.policy.guard import check_docs
from helpcenter.policy.render import RenderError, body_start_line, build_context, render

import nesting  # hooks/nesting.py

log = get_plugin_logger(__name__)
# Under `mkdocs serve`, errors go to a logger outside "mkdocs" so strict mode does not stop the server.
serve_log = logging.getLogger("helpcenter.policy")

_state: dict = {"serving": False, "problems": []}
# The guard of the build under way (helpcenter.background): (job, languages)
_guard: dict = {"job": None}


def on_startup(command: str, dirty: bool) -> None:
    _state["serving"] = command == "serve"


def _fail(message: str) -> None:
    if _state["serving"]:
        if message not in _state["problems"]:
            _state["problems"].append(message)
            if not serve_log.handlers:
                handler = logging.StreamHandler()
                handler.setFormatter(logging.Formatter("ERROR   -  %(message)s"))
                serve_log.addHandler(handler)
                serve_log.propagate = False
            serve_log.error(message)
        return
    raise PluginError(message)


def _root(config) -> Path:
    return _folder_of(config.config_file_path)


@functools.lru_cache(maxsize=8)  # resolved once, not for every page
def _folder_of(config_file: str) -> Path:
    return Path(config_file).resolve().parent


def on_config(config):
    try:
        facts = load_facts(config.extra.get("policy"))
    except FactsError as e:
        raise PluginError(f"mkdocs.yml: bad policy facts: {e}") from None
    _state["context"] = build_context(config.extra, facts)
    _state["facts"] = facts
    return config


def on_pre_build(config) -> None:
    if not nesting.outermost(config):
        return
    _state["problems"] = []
    _stop_guard()
    root = _root(config)
    langs, default = i18n_languages(_plugins_config(root))
    args = (root, Path(config.docs_dir), langs, _state["facts"], _state["context"], default)
    job = background.Job(check_docs, *args, workers=1, inline=_state["serving"])
    if _state["serving"]:
        _report(job.result(), langs)
        return
    _guard["job"] = (job, langs)


@event_priority(-250)  # after static-i18n's nested builds of the other languages (its on_post_build, -100)
def on_post_build(config) -> None:
    if not nesting.outermost(config) or _guard["job"] is None:
        return
    job, langs = _guard["job"]
    _guard["job"] = None
    try:
        report = job.result()
    except Exception as exc:  # the guard's own failure, named, stops the build
        raise PluginError(f"hooks/policy.py: the policy guard failed: {exc!r}") from exc
    _report(report, langs)


def _report(report, langs) -> None:
    log.info(f"{report.summary()} ({', '.join(langs)})")
    if report.waivers:
        log.info("policy guard exceptions:\n" + "\n".join(w.describe() for w in report.waivers))
    if not report.ok:
        problems = "\n".join(p.text() for p in report.problems)
        _fail(f"policy guard found problems:\n{problems}\n{report.summary()}" if not _state["serving"] else problems)


def _stop_guard() -> None:
    job, _guard["job"] = _guard["job"], None
    if job is not None:
        job[0].cancel()


def on_build_error(error) -> None:
    _stop_guard()
    background.shutdown()


def on_shutdown() -> None:
    background.shutdown()


def _plugins_config(root: Path):
    """The i18n languages as written in mkdocs.yml (the plugin rewrites its config per language)."""
    for name in ("mkdocs.yml", "mkdocs.yaml"):
        path = root / name
        if path.exists():
            return mkdocs_yaml.read(path).get("plugins")
    return None


def on_page_markdown(markdown: str, page, config, files) -> str:
    if "{{" not in markdown and "{%" not in markdown:
        return markdown
    try:
        # rendered as a text starting on line 1; the file is read only to point at the line of a problem
        return render(markdown, _state["context"], "<text>", 1)
    except RenderError as e:
        src = Path(page.file.abs_src_path)
        root = _root(config)
        rel = src.relative_to(root).as_posix() if src.is_relative_to(root) else str(src)
        _fail(f"{rel}:{_first_line(markdown, src.read_text(encoding='utf-8')) + e.line - 1}: {e.message}")
        return markdown


def _first_line(markdown: str, source: str) -> int:
    """The file line `markdown` (the page's body, as MkDocs hands it over) starts on."""
    first = body_start_line(source)
    # MkDocs may drop blank lines after the front matter: find where `markdown` starts in the file.
    head = markdown.lstrip("\n").split("\n", 1)[0]
    lines = source.split("\n")
    for n in range(first - 1, len(lines)):
        if lines[n] == head:
            return n + 1 - (len(markdown) - len(markdown.lstrip("\n")))
    return first


def on_post_page(output: str, page, config) -> str:
    """Under `mkdocs serve`, show the guard's problems at the top of every page."""
    if not (_state["serving"] and _state["problems"]):
        return output
    return preview.with_banner(output, preview.banner("Policy guard — the build would fail:", _state["problems"],
                                                      "policy-guard-alert"))
