"""Placeholders in Markdown: `{{ store }}`, `{{ policy.return_window }}`, `{{ contact.email }}`.

Rendered with Jinja2 in a sandbox with StrictUndefined. A placeholder only NAMES a setting (`name` or
`name.attr`): arithmetic, calls, filters, subscripts, constants and blocks stop the build with the file and line
(`{{ store * 2000000000 }}` would otherwise allocate gigabytes), before anything is evaluated. Code (fenced blocks and inline code) is left exactly
as written. Jinja comments use `{!# ... #!}` so the Markdown heading ids `{#return-window}` stay text.
An unknown name raises RenderError with the file, the line and the closest known name.

Fast path: a text whose only Jinja syntax is bare `{{ name }}` / `{{ name.attr }}` expressions naming known
string values is substituted with one regex, with exactly the output Jinja would give. Anything else (filters,
calls, blocks, comments, unknown names, odd braces) goes to Jinja, which is imported only then; so every error
message comes from the Jinja path.
"""
from __future__ import annotations

import difflib
import re
from functools import lru_cache
from typing import TYPE_CHECKING

from .facts import Fact

if TYPE_CHECKING:  # pragma: no cover
    from jinja2 import nodes


class RenderError(ValueError):
    def __init__(self, path: str, line: int, message: str):
        self.path, self.line, self.message = path, line, message
        super().__init__(f"{path}:{line}: {message}")


_ENV = None


def _env():
    """The sandboxed Jinja environment, created (and jinja2 imported) on first use."""
    global _ENV
    if _ENV is None:
        import jinja2
        from jinja2.sandbox import SandboxedEnvironment
        _ENV = SandboxedEnvironment(
            undefined=jinja2.StrictUndefined,
            autoescape=False,
            keep_trailing_newline=True,
            comment_start_string="{!#",
            comment_end_string="#!}",
        )
    return _ENV


# `{{ name }}` or `{{ name.attr }}`, spaces or tabs inside the braces.
SIMPLE_RE = re.compile(r"\{\{[ \t]*([A-Za-z_][A-Za-z0-9_]*)(?:\.([A-Za-z_][A-Za-z0-9_]*))?[ \t]*\}\}")
# What makes Jinja leave plain text: the three start delimiters (comments are `{!#`).
_DELIMITERS = ("{{", "{%", "{!#")
# Names Jinja does not look up in the context (constants, operators, template specials): Jinja decides.
_NOT_PLAIN_NAMES = frozenset({"true", "false", "none", "True", "False", "None", "and", "or", "not", "in", "is",
                              "if", "else", "self", "caller", "varargs", "kwargs", "loop", "super"})

FENCE_RE = re.compile(r"(?x) ^ (?P<indent>[ \t]*) (?P<fence> `{3,} | ~{3,} )")
INLINE_CODE_RE = re.compile(r"(?x) (?<!`) (?P<ticks>`+) (?!`) .+? (?<!`) (?P=ticks) (?!`)")
MARK = "\x00{}\x00"
MARK_RE = re.compile("\x00(\\d+)\x00")


def build_context(extra: dict, facts: dict[str, Fact]) -> dict:
    """The names a page may use, from mkdocs.yml `extra`."""
    store = (extra.get("store") or {}).get("name", "") if isinstance(extra.get("store"), dict) else ""
    contact = extra.get("contact") or {}
    return {
        "store": store,
        "policy": {fid: fact.display() for fid, fact in facts.items()},
        "contact": {k: ("" if v is None else str(v)) for k, v in contact.items()} if isinstance(contact, dict) else {},
    }


def known_names(context: dict) -> list[str]:
    names = []
    for name, value in context.items():
        if isinstance(value, dict):
            names.extend(f"{name}.{k}" for k in value)
        else:
            names.append(name)
    return names


def protect_code(text: str) -> tuple[str, list[str]]:
    """Replace code by markers holding the same number of newlines (so Jinja's line numbers stay true)."""
    saved: list[str] = []
    if "`" not in text and "~~~" not in text:
        return text, saved       # no fence, no inline code

    def keep(chunk: str) -> str:
        saved.append(chunk)
        return MARK.format(len(saved) - 1) + "\n" * chunk.count("\n")

    out: list[str] = []
    lines = text.splitlines(keepends=True)
    i = 0
    while i < len(lines):
        m = FENCE_RE.match(lines[i])
        if m:
            fence = m.group("fence")
            j = i + 1
            while j < len(lines) and not re.match(rf"^[ \t]*{re.escape(fence[0])}{{{len(fence)},}}[ \t]*$", lines[j]):
                j += 1
            block = "".join(lines[i:j + 1])
            ending = "\n" if block.endswith("\n") else ""
            out.append(keep(block[:len(block) - len(ending)]) + ending)
            i = j + 1
            continue
        out.append(INLINE_CODE_RE.sub(lambda mm: keep(mm.group(0)), lines[i]) if "`" in lines[i] else lines[i])
        i += 1
    return "".join(out), saved


def restore_code(text: str, saved: list[str]) -> str:
    def back(m: re.Match) -> str:
        chunk = saved[int(m.group(1))]
        return chunk
    if "\x00" not in text:
        return text              # no marker
    # the marker is followed by as many newlines as the chunk holds; drop those, the chunk brings its own
    return re.sub("\x00(\\d+)\x00(\n*)", lambda m: back(m) + m.group(2)[saved[int(m.group(1))].count("\n"):], text)


def _closest(name: str, names: list[str]) -> str:
    best = difflib.get_close_matches(name, names, n=1, cutoff=0.5)
    if best:
        return f"did you mean '{best[0]}'?"
    return f"known names: {', '.join(names)}"


def _name_refs(tree: nodes.Template) -> list[tuple]:
    """The names a parsed template reads, in document order: ("attr", base, attr, lineno) / ("name", name, lineno)."""
    from jinja2 import nodes
    refs: list[tuple] = []
    for node in tree.find_all((nodes.Getattr, nodes.Getitem, nodes.Name)):
        if isinstance(node, (nodes.Getattr, nodes.Getitem)) and isinstance(node.node, nodes.Name):
            attr = node.attr if isinstance(node, nodes.Getattr) else getattr(node.arg, "value", None)
            refs.append(("attr", node.node.name, attr, node.lineno))
        if isinstance(node, nodes.Name) and node.ctx == "load":
            refs.append(("name", node.name, node.lineno))
    return refs


def _check_names(refs: list[tuple], context: dict, path: str, first_line: int) -> None:
    names = known_names(context)
    for ref in refs:
        if ref[0] == "attr":
            _, base, attr, lineno = ref
            if base in context and not isinstance(context[base], dict):   # {{ store.__class__ }}
                full = f"{base}.{attr}"
                raise RenderError(path, first_line + lineno - 1,
                                  f"unknown placeholder '{full}': '{base}' has no parts, write {{{{ {base} }}}}")
            if isinstance(context.get(base), dict) and attr not in context[base]:
                full = f"{base}.{attr}"
                raise RenderError(path, first_line + lineno - 1,
                                  f"unknown placeholder '{full}', {_closest(full, names)}")
        else:
            _, name, lineno = ref
            if name not in context:
                raise RenderError(path, first_line + lineno - 1,
                                  f"unknown placeholder '{name}', {_closest(name, names)}")


def fast_render(masked: str, context: dict) -> str | None:
    """`masked` with its bare `{{ name }}` / `{{ name.attr }}` substituted, exactly as Jinja renders them;
    None when the text holds anything else Jinja would read (then Jinja renders it, and reports any error)."""
    if "\r" in masked:
        return None          # Jinja normalises newlines in the text around the placeholders
    out: list[str] = []
    pos = 0
    for m in SIMPLE_RE.finditer(masked):
        piece = masked[pos:m.start()]
        if piece.endswith("{") or any(d in piece for d in _DELIMITERS):
            return None      # "{{{ x }}", a block, a comment or another expression before this one
        name, attr = m.group(1), m.group(2)
        if name in _NOT_PLAIN_NAMES or name not in context:
            return None
        value = context[name]
        if attr is not None:
            # Jinja's `a.b` is getattr(a, "b") first, a["b"] only then: a dict method name goes to Jinja.
            if type(value) is not dict or attr not in value or hasattr(value, attr):
                return None
            value = value[attr]
        if type(value) is not str:
            return None      # Jinja's str() of other values is left to Jinja
        out.append(piece)
        out.append(value)
        pos = m.end()
    tail = masked[pos:]
    if any(d in tail for d in _DELIMITERS):
        return None
    out.append(tail)
    return "".join(out)


_KINDS = (  # what an expression node is, in an editor's words
    ("BinExpr", "arithmetic"), ("UnaryExpr", "arithmetic"), ("Concat", "joining with ~"), ("Filter", "a filter (|)"),
    ("Call", "a call"), ("Getitem", "a subscript ([...])"), ("Slice", "a subscript ([...])"),
    ("Test", "a test (is ...)"), ("CondExpr", "a condition (if ... else)"), ("Compare", "a comparison"),
    ("And", "logic (and)"), ("Or", "logic (or)"), ("Not", "logic (not)"), ("Const", "a constant"),
    ("Literal", "a literal"),
)
_EXPR_RE = re.compile(r"\{\{.*?\}\}|\{%.*?%\}")


def _is_dotted_name(node) -> bool:
    from jinja2 import nodes
    while isinstance(node, nodes.Getattr):
        node = node.node
    return isinstance(node, nodes.Name) and node.ctx == "load"


def _what(node) -> str:
    for cls in type(node).__mro__:
        for name, words in _KINDS:
            if cls.__name__ == name:
                return words
    return "an expression"


def _only_names(tree, masked: str, path: str, first_line: int) -> None:
    """Every placeholder names a setting (`store`, `policy.return_window`); nothing else is evaluated."""
    from jinja2 import nodes
    lines = masked.split("\n")

    def fail(lineno: int, what: str):
        line = lines[lineno - 1] if 0 < lineno <= len(lines) else ""
        shown = [m for m in _EXPR_RE.findall(line) if not SIMPLE_RE.fullmatch(m)] or _EXPR_RE.findall(line)
        raise RenderError(path, first_line + lineno - 1, (
            f"placeholder {shown[0] + ' ' if shown else ''}is not allowed ({what}): a placeholder only names "
            "a setting, like {{ store }}, {{ policy.return_window }} or {{ contact.email }}; write any other "
            "text as plain Markdown"))

    for node in tree.body:
        if not isinstance(node, nodes.Output):
            fail(node.lineno, "a block {% ... %}")
        for child in node.nodes:
            if isinstance(child, nodes.TemplateData) or _is_dotted_name(child):
                continue
            if isinstance(child, nodes.Getattr) or isinstance(child, nodes.Name):
                fail(child.lineno, "an expression")
            fail(child.lineno, _what(child))


@lru_cache(maxsize=512)
def _compiled(masked: str):
    """(the names it reads, compiled template) for a text, parsed and compiled once per distinct text."""
    env = _env()
    tree = env.parse(masked)
    _only_names(tree, masked, "<text>", 1)   # re-raised with the real path by _jinja_render
    refs = _name_refs(tree)          # before compiling: the compiler's optimizer may rewrite the tree
    return refs, env.from_string(tree)


def render(text: str, context: dict, path: str = "<text>", first_line: int = 1) -> str:
    """Render the placeholders of a Markdown text; `first_line` is the file line the text starts on."""
    if "{{" not in text and "{%" not in text:
        return text
    masked, saved = protect_code(text)
    if "{{" not in masked and "{%" not in masked:
        return text
    out = fast_render(masked, context)
    if out is not None:
        return restore_code(out, saved)
    return _jinja_render(masked, saved, context, path, first_line)


def _jinja_render(masked: str, saved: list[str], context: dict, path: str, first_line: int) -> str:
    import jinja2
    try:
        refs, template = _compiled(masked)
    except jinja2.TemplateSyntaxError as e:
        raise RenderError(path, first_line + (e.lineno or 1) - 1, f"placeholder syntax error: {e.message}") from None
    except RenderError as e:                 # _only_names, raised with the text's own line numbers
        raise RenderError(path, first_line + e.line - 1, e.message) from None
    except RecursionError:
        lengths = [max((len(m) for m in _EXPR_RE.findall(line)), default=0) for line in masked.split("\n")]
        line = lengths.index(max(lengths)) + 1 if lengths else 1
        raise RenderError(path, first_line + line - 1, "placeholder nested too deeply; a placeholder only names a "
                                                        "setting, like {{ store }}") from None
    _check_names(refs, context, path, first_line)
    try:
        out = template.render(**context)
    except jinja2.UndefinedError as e:
        raise RenderError(path, first_line, f"placeholder error: {e.message}") from None
    except jinja2.TemplateError as e:  # pragma: no cover - sandbox and other template errors
        raise RenderError(path, first_line, f"placeholder error: {e}") from None
    return restore_code(out, saved)


def body_start_line(source: str) -> int:
    """The 1-based line on which the Markdown body starts (after the YAML front matter, if any)."""
    m = re.match(r"(?s)\A---[ \t]*\n.*?\n(?:---|\.\.\.)[ \t]*(?:\n|\Z)", source)
    if not m:
        return 1
    # the line after the closing `---`, also when the file ends right after it (no final newline)
    return source.count("\n", 0, m.end()) + (1 if m.group().endswith("\n") else 2)
