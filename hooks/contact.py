"""MkDocs adapter for the contact page's answer box and the FAQ disclosures.

- on_config: check the channels in ``extra.contact`` and the ``first_reply`` policy fact (PluginError names the key).
- on_page_content (faq.md): report questions without a stable id (a warning: --strict stops), remember which
  article each answer links to, for the answer box.
- on_page_context, AFTER Material's search plugin has read the page (it indexes ``faq/#id`` sections from the
  flat headings): faq.md becomes one ``<details>`` per question; contact.md gets the answer box and the
  channels block right after its title.

The logic is in ``helpcenter.faq`` and ``helpcenter.contact``; the markup in overrides/partials/hc-contact.html.
mkdocs-static-i18n runs the build once per language: everything here is per language (config.theme.language,
set by hooks/i18n.py).
"""
from __future__ import annotations

import dataclasses
import json
import re

from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority, get_plugin_logger
from mkdocs.utils import get_relative_url

from helpcenter import i18n, contact, faq, ui
from helpcenter.policy.facts import FactsError, load_facts

log = get_plugin_logger(__name__)

FAQ = "faq.md"
CONTACT = "contact.md"
TEMPLATE = "partials/hc-contact.html"

_state: dict = {"env": None, "faq": {}}


def _src(file) -> str:
    """'kk/faq.md' or 'en/faq.md' (a fallback) -> 'faq.md'."""
    return file.src_uri.split("/", 1)[1] if "/" in file.src_uri else file.src_uri


def _lang(config) -> str:
    return config.theme["language"]


def on_config(config):
    try:
        channels = contact.channels(config.extra.get("contact"))
        facts = load_facts(config.extra.get("policy"))
    except (contact.ContactError, FactsError) as e:
        raise PluginError(f"mkdocs.yml: {e}") from None
    policy = {fid: fact.display() for fid, fact in facts.items()}
    if "first_reply" not in policy:
        raise PluginError("mkdocs.yml: extra.policy.first_reply is missing; the contact page states the first reply time")
    _state["channels"] = channels
    _state["policy"] = policy
    return config


def on_env(env, config, files):
    _state["env"] = env
    return env


def on_page_content(html, page, config, files):
    if _src(page.file) != FAQ:
        return html
    questions = faq.find_questions(html)
    for problem in faq.problems(questions):
        # The heading's line in the rendered HTML is not the Markdown line: name the question instead.
        log.warning(f"docs/{page.file.src_uri}: {problem.split(': ', 1)[1]}")
    _state["faq"][_lang(config)] = {"url": page.url, "html": html, "ids": [q.id for q in questions if q.id]}
    return html


@event_priority(-90)  # after Material's search plugin (0) has indexed the untransformed page
def on_page_context(context, page, config, nav):
    src = _src(page.file)
    if src == FAQ:
        page.content = faq.disclosures(page.content)
    elif src == CONTACT:
        page.content = _with_box(page.content, page, config)
    return context


def _resolved(channel, page, lang, config):
    """A channel whose address is a Markdown page link points at that page in the reader's language."""
    if not contact.is_page_link(channel.href):
        return channel
    path, _, fragment = channel.href.partition("#")
    prefix = "" if lang == _default_lang(config) else f"{lang}/"
    target = prefix + i18n.page_path(path)
    href = get_relative_url(target, page.url) + (f"#{fragment}" if fragment else "")
    if target == page.url and fragment:
        href = f"#{fragment}"
    return dataclasses.replace(channel, href=href)


def _default_lang(config) -> str:
    return next(lang.locale for lang in config.plugins["i18n"].config.languages if lang.default)


def _with_box(content: str, page, config) -> str:
    lang = _lang(config)
    strings = ui.strings(lang)
    known = _state["faq"].get(lang)
    if known is None:
        raise PluginError(f"docs/{page.file.src_uri}: the answer box needs docs/<lang>/{FAQ}, which is not built")
    faq_href = get_relative_url(known["url"], page.url)
    data = {
        "faq": faq_href,
        "links": faq.article_links(known["html"], known["url"], page.url),
        "t": {k: strings["contact." + k] for k in ("status.none", "status.one", "status.other", "read_more",
                                                    "open_question")},
    }
    env = _state["env"]
    box = env.get_template(TEMPLATE).render(
        lang=lang,
        t=strings,
        faq_href=faq_href,
        channels=[_resolved(c, page, lang, config) for c in _state["channels"]],
        expectations=contact.expectations(strings, _state["policy"]),
        have_ready=contact.have_ready(strings),
        # "</" cannot end the <script> element early
        data=json.dumps(data, ensure_ascii=False).replace("</", "<\\/"),
    )
    match = re.search(r"</h1>", content)
    if match is None:
        return box + content
    return content[:match.end()] + box + content[match.end():]
