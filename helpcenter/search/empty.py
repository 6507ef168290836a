"""What the search box shows when a search finds nothing: ``search/empty.json`` of each language.

Written at build time next to the index (hooks/search.py), fetched by assets/javascripts/search/empty.js only when
a search finds nothing (an article viewed without searching never downloads it): the texts in the reader's
language (helpcenter.ui ``search.empty.*``), the top articles (mkdocs.yml ``extra.top_articles``, titled in this
language), the contact channels (``extra.contact``) and the known words a far typo is compared with to suggest
the closest one (the words of the articles' titles and keywords, as written).
"""
from __future__ import annotations

import json
from urllib.parse import urlsplit

from helpcenter import contact, i18n, ui

from . import text

CHANNEL_LABEL = {"form": "contact.channel.form", "email": "contact.channel.email", "phone": "contact.channel.phone",
                 "chat": "contact.channel.chat"}
MIN_WORD = 4


def _href(href: str) -> str:
    """A channel's address relative to the language root ('contact/#form'), or as it is (mailto:, https:)."""
    if contact.is_page_link(href):
        parts = urlsplit(href)
        return i18n.page_path(parts.path) + (f"#{parts.fragment}" if parts.fragment else "")
    return href


def build(lang: str, docs: list[dict], top_articles: list[str], contact_settings) -> str:
    strings = ui.strings(lang)
    titles = {d["location"]: d.get("title", "") for d in docs if "#" not in d["location"]}
    top = []
    for src in top_articles or []:
        loc = i18n.page_path(src)
        if loc in titles:  # a page of this language (not a fallback copy)
            top.append({"title": titles[loc], "href": loc})
    try:
        channels = [{"label": strings[CHANNEL_LABEL[c.kind]], "value": c.value, "href": _href(c.href)}
                    for c in contact.channels(contact_settings)]
    except contact.ContactError:
        channels = []  # hooks/contact.py reports the bad setting
    words = set()
    for d in docs:
        for w in text.words(" ".join([d.get("title", ""), d.get("keywords", "") or ""])):
            if len(w) >= MIN_WORD and not w.isdigit():
                words.add(w.lower())
    data = {"t": {k[len("search.empty."):]: v for k, v in strings.items() if k.startswith("search.empty.")},
            "top": top, "contact": channels, "words": sorted(words)}
    return json.dumps(data, ensure_ascii=False, separators=(",", ":"))
