"""One reader for the Markdown sources, shared by the build hooks and the command-line tools.

- Bytes that are not UTF-8 raise ``SourceError`` naming the file, the line and the column, and what to do,
  instead of a ``UnicodeDecodeError`` traceback.
- A UTF-8 byte order mark (some Windows editors add one) is dropped, as MkDocs itself does when it reads
  a page: ``---`` on the first line still opens the front matter.
- A front matter date that does not exist (``updated: 2025-13-45``) raises ``SourceError`` with its line.
- Newlines are read as ``open()`` reads them (``\\r\\n`` and ``\\r`` become ``\\n``), unless ``newline=""``
  keeps them as they are (for tools that rewrite the file).
"""
from __future__ import annotations

import codecs
import datetime
import re
from pathlib import Path

BOM = codecs.BOM_UTF8


class SourceError(ValueError):
    """A source file that cannot be read as text; str() is `path:line: message`."""

    def __init__(self, path: str, line: int, message: str):
        self.path, self.line, self.message = path, line, message
        super().__init__(f"{path}:{line}: {message}")

    def __reduce__(self):     # crosses process boundaries (the policy guard's worker pool)
        return (type(self), (self.path, self.line, self.message))


def decode(data: bytes, shown: str = "<text>", newline: str | None = None) -> str:
    """`data` as text (see the module docstring); raises SourceError for bytes that are not UTF-8."""
    if data.startswith(BOM):
        data = data[len(BOM):]
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        line = data.count(b"\n", 0, e.start) + 1
        column = e.start - (data.rfind(b"\n", 0, e.start) + 1) + 1
        raise SourceError(shown, line, (
            f"the file is not valid UTF-8 text (byte 0x{data[e.start]:02x} at column {column}); "
            "save it as UTF-8 (in most editors: Save with encoding > UTF-8) and check the characters on this line"
        )) from None
    if newline is None and "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    return text


def read_text(path: Path, shown: str | None = None, newline: str | None = None) -> str:
    """The text of a source file; `shown` is how messages name it (default: the path as given). A front matter
    date that does not exist raises SourceError too (YAML would raise a bare ValueError in every reader)."""
    path = Path(path)
    shown = shown if shown is not None else str(path)
    text = decode(path.read_bytes(), shown, newline)
    check_front_matter(text if "\r" not in text else text.replace("\r\n", "\n").replace("\r", "\n"), shown)
    return text


def read_head(path: Path, size: int = 4096, shown: str | None = None) -> str:
    """The first `size` bytes of a file as text (a character cut at the end is dropped, not an error)."""
    path = Path(path)
    with path.open("rb") as fh:
        data = fh.read(size)
    if data.startswith(BOM):
        data = data[len(BOM):]
    try:
        text = codecs.getincrementaldecoder("utf-8")().decode(data, final=False)
    except UnicodeDecodeError:
        decode(data, shown if shown is not None else str(path))   # raises SourceError with the line
        raise
    return text.replace("\r\n", "\n").replace("\r", "\n") if "\r" in text else text


# A front matter value YAML reads as a date: 2025-07-03 (also 2025-7-3); YAML raises ValueError when impossible.
_FM_RE = re.compile(r"\A---[ \t]*\n(.*?\n)?(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.DOTALL)
_DATE_LINE_RE = re.compile(r"^([A-Za-z_][\w-]*)[ \t]*:[ \t]*[\"']?(\d{4})-(\d{1,2})-(\d{1,2})\b")


def check_front_matter(text: str, shown: str = "<text>") -> None:
    """Raise SourceError for a front matter date that does not exist (``updated: 2025-13-45``)."""
    m = _FM_RE.match(text)
    if not m or not m.group(1):
        return
    for n, line in enumerate(m.group(1).split("\n"), start=2):
        d = _DATE_LINE_RE.match(line)
        if not d:
            continue
        key, year, month, day = d.group(1), int(d.group(2)), int(d.group(3)), int(d.group(4))
        try:
            datetime.date(year, month, day)
        except ValueError as e:
            raise SourceError(shown, n, (
                f"{key}: {d.group(2)}-{d.group(3)}-{d.group(4)} is not a date ({e}); "
                "write a real date as YYYY-MM-DD, e.g. 2025-07-03"
            )) from None


def check_tree(docs_dir: Path, shown_root: str | None = None) -> None:
    """Every Markdown file under `docs_dir` is UTF-8 text with possible front matter dates; raise SourceError
    for the first that is not."""
    docs_dir = Path(docs_dir)
    name = shown_root if shown_root is not None else docs_dir.name
    for path in sorted(docs_dir.rglob("*.md")):
        shown = f"{name}/{path.relative_to(docs_dir).as_posix()}"
        check_front_matter(decode(path.read_bytes(), shown), shown)
