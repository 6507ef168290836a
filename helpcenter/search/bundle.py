"""A language's search worker as one file: the engine's scripts, the language's manifest, the worker.

hooks/search.py writes it to ``<language>/search/worker.js``. Whole-line comments are left out (the sources keep
them for their readers; a phone downloads and parses the file on the page that searches): a line that is only
a ``//`` comment, or a ``/* ... */`` block whose first line starts with ``/*``. Code lines are kept byte for
byte, so a ``/*`` inside a string or after code is never touched. Plain Python, nothing of MkDocs.
"""
from __future__ import annotations

HEADER = "/* help center search worker of one language: {parts}, its manifest, worker.js */\n"
# The scripts in front of worker.js, in load order; russian.js only where Russian words are indexed (kk).
ENGINE = ("russian.js", "analysis.js", "engine.js")
RUSSIAN_ON = frozenset({"kk"})


def engine_parts(lang: str) -> tuple[str, ...]:
    return tuple(name for name in ENGINE if name != "russian.js" or lang in RUSSIAN_ON)


def without_comment_lines(js: str) -> str:
    """`js` without its blank lines, whole-line `//` comments and `/* */` blocks that start a line."""
    out: list[str] = []
    in_block = False
    for line in js.split("\n"):
        text = line.strip()
        if in_block:
            if "*/" in text:
                in_block = False
                rest = text[text.index("*/") + 2:].strip()
                if rest:  # code after the block's end on the same line
                    out.append(rest)
            continue
        if not text or text.startswith("//"):
            continue
        if text.startswith("/*"):
            end = text.find("*/", 2)
            if end < 0:
                in_block = True
                continue
            rest = text[end + 2:].strip()
            if rest:
                out.append(rest)
            continue
        out.append(line)
    return "\n".join(out) + "\n"


def worker_script(lang: str, scripts: dict[str, str], manifest: str) -> str:
    """The worker file: `scripts` maps file names (ENGINE and worker.js) to their text; `manifest` is the
    language's search_index.json as written."""
    names = engine_parts(lang)
    parts = [without_comment_lines(scripts[name]) for name in names]
    parts.append(f"self.hcManifest = {manifest.strip()}\n")
    parts.append(without_comment_lines(scripts["worker.js"]))
    return HEADER.format(parts=", ".join(names)) + ";\n".join(parts)
