"""The contact page's channels block: channels from settings, expectations from the policy facts. Plain Python.

Settings (mkdocs.yml ``extra.contact``): ``form_url``, ``email``, ``phone``, ``chat_url``; an empty value leaves
that channel out. The site links to them and nothing else: no chat widget or form service is loaded.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import urlsplit

from .html_policy import url_problem

# Shown in this order; phone and live chat are the faster ones.
KINDS = ("form", "email", "phone", "chat")
SETTING = {"form": "form_url", "email": "email", "phone": "phone", "chat": "chat_url"}
FASTER = {"phone", "chat"}
EMAIL_RE = re.compile(r"^[^@\s<>\"']+@[^@\s<>\"']+\.[^@\s<>\"']+$")
PHONE_RE = re.compile(r"^\+?[0-9][0-9 ().\-]{3,}$")


class ContactError(ValueError):
    """A bad contact setting; ``key`` is the dotted path, e.g. extra.contact.email."""

    def __init__(self, key: str, message: str):
        self.key = key
        super().__init__(f"{key}: {message}")


@dataclass(frozen=True)
class Channel:
    kind: str      # form, email, phone, chat
    value: str     # what the reader sees (the address, the number) or "" for links
    href: str
    faster: bool


def is_page_link(href: str) -> bool:
    """A Markdown link to a page of the help center (``contact.md#chat``), resolved per language."""
    parts = urlsplit(href)
    return not parts.scheme and not parts.netloc and parts.path.endswith(".md")


def _url(value: str, key: str) -> str:
    problem = url_problem(value)      # the articles' check: javascript:, data:, ... however spelt
    if problem:
        raise ContactError(key, f"{problem}; got {value!r}")
    parts = urlsplit(value)
    if parts.scheme and parts.scheme not in ("http", "https"):
        raise ContactError(key, f"must be an http(s) address or a path on this site, got {value!r}")
    if any(c in value for c in "<>\"' \n"):
        raise ContactError(key, f"is not a valid address: {value!r}")
    return value


def channels(contact) -> list[Channel]:
    """The configured channels, checked. Raises ContactError naming the bad key."""
    if contact is None:
        contact = {}
    if not isinstance(contact, dict):
        raise ContactError("extra.contact", f"must be a mapping (email, phone, chat_url, form_url), got {contact!r}")
    out = []
    for kind in KINDS:
        key = f"extra.contact.{SETTING[kind]}"
        raw = contact.get(SETTING[kind])
        if raw is None or raw == "":
            continue
        if not isinstance(raw, (str, int)) or isinstance(raw, bool):
            raise ContactError(key, f"must be text, got {raw!r}")
        value = str(raw).strip()
        if kind == "email":
            if not EMAIL_RE.match(value):
                raise ContactError(key, f"is not an e-mail address: {value!r}")
            out.append(Channel(kind, value, f"mailto:{value}", False))
        elif kind == "phone":
            if not PHONE_RE.match(value):
                raise ContactError(key, f"is not a phone number: {value!r}")
            out.append(Channel(kind, value, "tel:" + re.sub(r"[^0-9+]", "", value), True))
        else:
            out.append(Channel(kind, "", _url(value, key), kind in FASTER))
    if not out:
        raise ContactError("extra.contact", "no channel is set; give at least one of form_url, email, phone, chat_url")
    return out


def expectations(strings: dict[str, str], policy: dict[str, str]) -> list[str]:
    """What to expect, in the reader's language: first reply (from the policy fact), peak times, faster channels.

    ``policy`` maps fact ids to their displayed values ('24', '1–3'), as the placeholders render them.
    """
    if "first_reply" not in policy:
        raise ContactError("extra.policy.first_reply", "missing; the contact page states the first reply time")
    value = policy["first_reply"]
    key = "contact.expect.first_reply.one" if value == "1" else "contact.expect.first_reply.other"
    return [strings[key].format(first_reply=value), strings["contact.expect.peak"], strings["contact.expect.faster"]]


def have_ready(strings: dict[str, str]) -> list[str]:
    return [strings["contact.ready.order"], strings["contact.ready.photos"], strings["contact.ready.invoice"]]
