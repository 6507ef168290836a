"""`make new-article SLUG=gift-cards [TITLE="Gift cards"]`: a new article in every language, in the navigation.

Writes docs/en/SLUG.md (front matter: title, description, updated: today, policy: []) and docs/kk/SLUG.md and
docs/el/SLUG.md (front matter `translation: awaiting` and a note for the translator, no text: until translated,
the build renders the *current* English article there with the "not translated yet" notice), then adds
`- SLUG.md` at the end of the `nav:` list in mkdocs.yml, editing that one line in and leaving the rest of the file
as it was. Refuses a bad slug and never overwrites an existing file. Plain Python: no MkDocs imports.

`unfilled(text)` finds what the scaffold left for the editor to replace (its placeholder paragraph, a `TODO`
description): the policy guard reports each as file:line, so an unfilled scaffold never publishes.
"""
from __future__ import annotations

import argparse
import datetime as dt
import re
import sys
from pathlib import Path

SOURCE_LANG = "en"
TARGET_LANGS = ("kk", "el")
SLUG_RE = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
RESERVED = {"index", "404", "search", "assets", "kk", "el", "en", "sitemap"}

DESCRIPTION = "TODO: one sentence of 70 to 160 characters saying what this article answers, for search results."
# The first words of the placeholder paragraph: a page still holding them publishes instructions, not an answer.
PLACEHOLDER = "Write the answer here."
_DESCRIPTION_LINE = re.compile(r"^description[ \t]*:[ \t]*['\"]?[ \t]*TODO\b", re.IGNORECASE)


class ScaffoldError(Exception):
    """Bad input: the message says what to do; shown without a traceback."""


def check_slug(slug: str) -> None:
    if not SLUG_RE.match(slug or ""):
        raise ScaffoldError(
            f"'{slug}' is not a valid SLUG: use lowercase English letters, digits and single hyphens, "
            "e.g. SLUG=gift-cards (it becomes the file name gift-cards.md and the address /gift-cards/)")
    if slug in RESERVED:
        raise ScaffoldError(f"'{slug}' is reserved by the site; choose another SLUG")


def default_title(slug: str) -> str:
    return slug.replace("-", " ").capitalize()


def _yaml_string(value: str) -> str:
    """A YAML scalar for a title: quoted when plain YAML would misread it."""
    if re.search(r"""^[\s\-?:,\[\]{}#&*!|>'"%@`]|[:#]\s|:$|\s$""", value) or value.lower() in {
            "yes", "no", "true", "false", "null", "on", "off", "~"}:
        return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'
    return value


def english_text(title: str, today: dt.date) -> str:
    return (
        "---\n"
        f"title: {_yaml_string(title)}\n"
        f"description: {_yaml_string(DESCRIPTION)}\n"
        f"updated: {today.isoformat()}\n"
        "policy: []\n"
        "---\n"
        "\n"
        f"# {title}\n"
        "\n"
        "Write the answer here. Phrase each heading as the question a customer asks, for example\n"
        "\"How long do I have to return an item?\". Never type the return window, reply time or processing\n"
        "time by hand: use the policy placeholders described in CONTRIBUTING.md.\n"
    )


def awaiting_stub(lang: str, slug: str) -> str:
    """A translation not written yet: readers get the current English article with a notice until it is."""
    return (
        "---\n"
        "translation: awaiting\n"
        "---\n"
        "\n"
        f"<!-- Not translated yet. Readers of this language see the current docs/{SOURCE_LANG}/{slug}.md with a\n"
        "     \"not translated yet\" notice; nothing written below is published while the line\n"
        "     `translation: awaiting` is above. To translate: replace this whole file with the translation of\n"
        f"     docs/{SOURCE_LANG}/{slug}.md (its front matter too, without `translation: awaiting`), then run\n"
        f"     make stamp FILE={lang}/{slug}.md -->\n"
    )


def unfilled(text: str) -> list[tuple[int, str]]:
    """(line, what to do) for each piece of the scaffold still in an article: its placeholder paragraph and a
    `TODO` description."""
    out = []
    lines = text.splitlines()
    in_front = bool(lines) and lines[0].strip() == "---"
    for n, line in enumerate(lines, start=1):
        if in_front and n > 1 and line.strip() == "---":
            in_front = False
            continue
        if in_front and _DESCRIPTION_LINE.match(line):
            out.append((n, "the description is still the new-article TODO: write one sentence of 70 to 160 "
                           "characters saying what this article answers (it shows in search results)"))
        elif not in_front and PLACEHOLDER in line:
            out.append((n, f"still the new-article placeholder (\"{PLACEHOLDER} ...\"): replace that paragraph "
                           "with the answer"))
    return out


def in_nav(config_text: str, slug: str) -> bool:
    try:
        add_to_nav(config_text, slug)
    except ScaffoldError as exc:
        return "already in the navigation" in str(exc)
    return False


def add_to_nav(config_text: str, slug: str) -> str:
    """mkdocs.yml with `- SLUG.md` appended to the top-level nav list, every other line untouched."""
    entry = f"{slug}.md"
    lines = config_text.splitlines(keepends=True)
    start = next((i for i, line in enumerate(lines) if re.match(r"^nav\s*:\s*(#.*)?$", line.rstrip("\r\n"))),
                 None)
    if start is None:
        raise ScaffoldError("mkdocs.yml: no top-level 'nav:' list to add the article to")
    item_indent = None
    last_item = None
    i = start + 1
    while i < len(lines):
        raw = lines[i].rstrip("\r\n")
        if raw.strip() == "" or raw.lstrip().startswith("#"):
            i += 1
            continue
        if not raw.startswith((" ", "-")):
            break  # the next top-level key
        m = re.match(r"^(\s*)-\s", raw + " ")
        if m and item_indent is None:
            item_indent = m.group(1)
        if m and m.group(1) == item_indent:
            value = raw[m.end():].strip()
            if value in (entry, f"'{entry}'", f'"{entry}"') or value.endswith((f": {entry}", f": '{entry}'",
                                                                                f': "{entry}"')):
                raise ScaffoldError(f"mkdocs.yml:{i + 1}: {entry} is already in the navigation")
        last_item = i
        i += 1
    if last_item is None or item_indent is None:
        raise ScaffoldError(f"mkdocs.yml:{start + 1}: 'nav:' must be a list of '- page.md' lines")
    nl = "\r\n" if lines[last_item].endswith("\r\n") else "\n"
    if not lines[last_item].endswith("\n"):
        lines[last_item] += nl
    lines.insert(last_item + 1, f"{item_indent}- {entry}{nl}")
    return "".join(lines)


def create_article(root: Path, slug: str, *, title: str | None = None,
                   today: dt.date | None = None) -> list[Path]:
    """Create the article in every language and add it to the navigation. Returns the files written."""
    check_slug(slug)
    root = Path(root)
    config = root / "mkdocs.yml"
    docs = root / "docs"
    targets = [docs / lang / f"{slug}.md" for lang in (SOURCE_LANG, *TARGET_LANGS)]
    existing = [p for p in targets if p.exists()]
    if existing:
        raise ScaffoldError("already exists, nothing was changed: "
                            + ", ".join(p.relative_to(root).as_posix() for p in existing))
    if not config.is_file():
        raise ScaffoldError(f"{config}: not found")
    title = (title or default_title(slug)).strip()
    if not title or "\n" in title:
        raise ScaffoldError("TITLE must be one line of text")
    with config.open(encoding="utf-8", newline="") as fh:
        old_config = fh.read()
    # validate before writing anything; an article already listed in nav: (planned ahead) keeps its place
    new_config = old_config if in_nav(old_config, slug) else add_to_nav(old_config, slug)
    english = english_text(title, today or dt.date.today())
    for path in targets:
        path.parent.mkdir(parents=True, exist_ok=True)
        lang = path.parent.name
        text = english if lang == SOURCE_LANG else awaiting_stub(lang, slug)
        path.write_text(text, encoding="utf-8")
    if new_config == old_config:
        return targets
    with config.open("w", encoding="utf-8", newline="") as fh:
        fh.write(new_config)
    return targets + [config]


def _find_root(start: Path) -> Path:
    for d in (start, *start.parents):
        if (d / "mkdocs.yml").is_file():
            return d
    raise ScaffoldError(f"{start}: no mkdocs.yml here or above")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m helpcenter.scaffold",
                                     description="Create a new article in every language.")
    parser.add_argument("slug", help="file name without .md, e.g. gift-cards")
    parser.add_argument("--title", help="the English title (default: from the slug)")
    parser.add_argument("--root", type=Path, help="the folder holding mkdocs.yml (default: found from here)")
    args = parser.parse_args(argv)
    try:
        root = args.root or _find_root(Path.cwd())
        written = create_article(root, args.slug, title=args.title)
    except ScaffoldError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    for path in written:
        print(f"wrote {path.relative_to(root).as_posix()}")
    if root / "mkdocs.yml" not in written:
        print(f"{args.slug}.md was already in the navigation (nav: in mkdocs.yml); left where it is")
    print(f"Next: edit docs/en/{args.slug}.md (title, description, text, policy), preview with `make serve`. "
          f"Until translated, the Kazakh and Greek pages show the current English text with a notice; "
          f"translators replace docs/kk/{args.slug}.md and docs/el/{args.slug}.md, then run "
          f"`make stamp FILE=kk/{args.slug}.md`.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
