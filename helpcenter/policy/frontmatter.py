"""Front matter as yaml reads it, without yaml for the simple `key: value` lines most pages hold."""
from __future__ import annotations

import re

import yaml

_YAML_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


# --- Front matter ---------------------------------------------------------------------------------------
# Most front matter is `key: plain scalar`, `key: 'quoted'` and `key: [id, id]` lines. Those are read without a
# YAML parser; anything else (and any value that might not be a plain string, or could fail to load) goes to
# yaml, so every message and every oddity stays yaml's. Only `policy` and `translation` are read from the
# result; their values are exactly what yaml gives (other keys' values are kept as written).
_FM_LINE_RE = re.compile(r"""(?x) (?P<key> [A-Za-z_][A-Za-z0-9_]{0,63} ) : [ ]+
    (?: (?P<plain> [^\s\d\-?:,\[\]{}\#&*!|>'"%@`+.~=<] (?: [^:\#\t\[\]{}] | :(?![ ]|$) | (?<![ ])\# )*? )
      | '(?P<quoted> (?: [^'] | '' )* )'
      | \[ [ ]* (?P<list> [A-Za-z_][A-Za-z0-9_]* (?: [ ]* , [ ]* [A-Za-z_][A-Za-z0-9_]* )* )? [ ]* \]
      | (?P<date> \d{4}-\d\d-\d\d )
      | (?P<code> \d[0-9A-Za-z]* ) )          # a hash or a count: a str or an int (no `_`: "0b_" fails to load)
    [ ]* $""")
_FM_ID_RE = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
_FM_RESERVED = frozenset({"yes", "no", "true", "false", "on", "off", "null", "y", "n"})
# What YAML readers accept, without tabs and the byte order mark (libyaml refuses it inside a document).
_FM_ODD_CHAR_RE = re.compile("[^\n\x20-\x7e\xa0-\ud7ff\ue000-\ufefe\uff00-\ufffd\U00010000-\U0010ffff]")


def simple_front_matter(text: str) -> dict | None:
    """`policy` and `translation` (and the other keys, as written) of front matter made only of simple lines;
    None when yaml has to read it."""
    if _FM_ODD_CHAR_RE.search(text):
        return None
    meta: dict = {}
    if not text:
        return meta
    import datetime
    for line in text.split("\n"):
        m = _FM_LINE_RE.match(line)
        if m is None:
            return None
        key = m.group("key")
        if m.group("list") is not None or line.rstrip().endswith("]"):
            items = [w for w in re.split(r"[ ]*,[ ]*", (m.group("list") or "").strip()) if w]
            if any(w.lower() in _FM_RESERVED for w in items):
                return None
            meta[key] = items
        elif m.group("quoted") is not None:
            meta[key] = m.group("quoted").replace("''", "'")
        elif m.group("date") is not None:
            d = m.group("date")
            if key == "policy":
                return None           # yaml reads a date
            try:
                datetime.date(int(d[:4]), int(d[5:7]), int(d[8:]))
            except ValueError:
                return None           # yaml's own error, then
            meta[key] = d
        elif m.group("code") is not None:
            if key == "policy":
                return None
            meta[key] = m.group("code")
        else:
            value = m.group("plain")
            if value.lower() in _FM_RESERVED:
                return None
            if key == "policy" and not _FM_ID_RE.fullmatch(value):
                return None
            meta[key] = value
    return meta


def front_matter(text: str) -> dict:
    """The front matter as yaml loads it (for `policy` and `translation`); raises yaml.YAMLError."""
    meta = simple_front_matter(text)
    if meta is None:
        meta = yaml.load(text, Loader=_YAML_LOADER)
    return meta
