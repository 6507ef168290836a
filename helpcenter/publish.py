"""What the published site sends and must not contain: security headers, and the checks a build passes.

- ``headers(site_dir)``: the HTTP headers every response of the site should carry, with a strict
  Content-Security-Policy (scripts from the site's own files only: no inline script, no ``'unsafe-inline'``).
  Inline ``<style>`` elements of the built pages (the editors' ``_status`` page has one) are allowed by their
  sha256 hash, so ``style-src`` needs no ``'unsafe-inline'`` either.
- ``headers_file(...)``: those headers as a ``_headers`` file (Netlify, Cloudflare Pages).
- ``meta_csp()``: the policy as every page also states it in ``<meta http-equiv>`` (for GitHub Pages, which
  sends no custom headers).
- ``clean_site(site_dir)``: drops what should not be published: source maps (``*.map`` files) and the
  ``<meta name="generator">`` tag. The ``sourceMappingURL`` comments stay: they are inside Material's files, which
  carry a content hash in their names and are published byte for byte as shipped (a browser asks for a map only
  while its developer tools are open, and then gets a 404).
- ``check_site(site_dir)``: every rule a publishable site keeps (no inline script or event-handler
  attribute, no ``javascript:`` link, no source map, no generator tag, a ``_headers`` file), one readable
  line per problem. ``helpcenter.build`` refuses to publish a site that breaks one.

Pure functions over a folder; nothing here imports MkDocs (hooks/publish.py calls them after the build).
"""
from __future__ import annotations

import base64
import hashlib
import re
from html.parser import HTMLParser
from pathlib import Path

HEADERS_FILE = "_headers"

# Script types that are data, never run: CSP does not apply to them.
_DATA_TYPES = {"application/json", "application/ld+json", "importmap"}
_STYLE_RE = re.compile(r"<style\b[^>]*>(.*?)</style\s*>", re.IGNORECASE | re.DOTALL)
# Where a page may hold an inline <style> (any case); the tag <meta name="generator"> from its opening "<".
_STYLE_OPEN = re.compile(r"<(?i:style)\b")
_GENERATOR_TAG = re.compile(r"""<meta\s+name=["']?generator["']?[^>]*>\n?""", re.IGNORECASE)


def _csp(style_hashes: list[str]) -> str:
    styles = " ".join(["'self'", *(f"'{h}'" for h in style_hashes)])
    directives = [
        ("default-src", "'self'"),
        ("script-src", "'self'"),             # no 'unsafe-inline': every script is a file of the site
        ("style-src", styles),
        ("img-src", "'self' data:"),          # Material's icons are data: SVGs in its stylesheet
        ("font-src", "'self'"),
        ("connect-src", "'self'"),            # the search indexes
        ("worker-src", "'self'"),             # the search worker
        ("manifest-src", "'self'"),
        ("object-src", "'none'"),
        ("base-uri", "'self'"),
        ("form-action", "'self'"),
        ("frame-ancestors", "'none'"),
    ]
    return "; ".join(f"{name} {value}" for name, value in directives)


def _sha256(text: str) -> str:
    return "sha256-" + base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode("ascii")


def style_hashes(html: str) -> set[str]:
    """The CSP hashes of one page's inline <style> elements."""
    start = _STYLE_OPEN.search(html)  # one scan of the page when it has none (most pages)
    if start is None:
        return set()
    return {_sha256(body) for body in _STYLE_RE.findall(html, start.start())}


def inline_style_hashes(site_dir: Path) -> list[str]:
    """The CSP hashes of every distinct inline <style> element of the built pages."""
    found: set[str] = set()
    for page in sorted(Path(site_dir).rglob("*.html")):
        found |= style_hashes(page.read_text(encoding="utf-8", errors="replace"))
    return sorted(found)


def headers(style_hashes: list[str] | None = None) -> dict[str, str]:
    """Every header the site's responses should carry, in the order they are documented."""
    return {
        "Content-Security-Policy": _csp(style_hashes or []),
        "X-Content-Type-Options": "nosniff",
        "Referrer-Policy": "strict-origin-when-cross-origin",
        "Permissions-Policy": "camera=(), microphone=(), geolocation=(), payment=(), usb=()",
        "X-Frame-Options": "DENY",             # frame-ancestors for browsers without CSP level 2
    }


def meta_csp() -> str:
    """The policy for a <meta http-equiv> in every page, for hosts that cannot send headers (GitHub Pages):
    the same, minus what browsers ignore in <meta> (frame-ancestors; they would log a warning)."""
    return "; ".join(d for d in _csp([]).split("; ") if not d.startswith("frame-ancestors "))


# Files Material names by content hash: a new version gets a new name, so they may be cached for a year.
IMMUTABLE = ("/assets/stylesheets/main.*", "/assets/stylesheets/palette.*")


def headers_file(values: dict[str, str]) -> str:
    """A `_headers` file (Netlify, Cloudflare Pages): `values` for every path, long caching for hashed files
    (both hosts merge the headers of every rule that matches a path; these rules set different headers)."""
    text = "/*\n" + "".join(f"  {name}: {value}\n" for name, value in values.items())
    return text + "".join(f"{path}\n  Cache-Control: public, max-age=31536000, immutable\n" for path in IMMUTABLE)


def parse_headers_file(text: str) -> dict[str, dict[str, str]]:
    """`_headers` text -> {path pattern: {header: value}} (what a host reads; the test server uses it)."""
    rules: dict[str, dict[str, str]] = {}
    current = None
    for line in text.splitlines():
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        if not line[0].isspace():
            current = rules.setdefault(line.strip(), {})
        elif current is not None and ":" in line:
            name, _, value = line.strip().partition(":")
            current[name.strip()] = value.strip()
    return rules


def without_generator(html: str) -> str:
    """A page without its ``<meta name="generator">`` tag (looked for in the head only: a page's body may
    quote one). Called for every page as it is rendered: it reads the head only, and no expression runs over
    more than one tag."""
    end = html.find("</head>")
    stop = len(html) if end < 0 else end
    pieces: list[str] = []
    pos = 0
    found = html.find("generator", 0, stop)
    while found >= 0:
        opening = html.rfind("<", pos, found)
        tag = _GENERATOR_TAG.match(html, opening, stop) if opening >= 0 else None
        if tag:
            start = opening
            while start > pos and html[start - 1] in " \t":  # with the indentation before it, as one line
                start -= 1
            pieces.append(html[pos:start])
            pos = tag.end()
        found = html.find("generator", max(found + 1, pos), stop)
    if not pieces:
        return html
    pieces.append(html[pos:])
    return "".join(pieces)


def clean_site(site_dir: Path, cleaned: frozenset[str] | set[str] = frozenset()) -> set[str]:
    """Remove source maps and generator tags from a built site (in place). ``cleaned``: absolute paths of the
    pages already cleaned as they were rendered (hooks/publish.py), neither read nor written again. Returns the
    CSP hashes of the inline styles of the pages it read."""
    site_dir = Path(site_dir)
    for path in site_dir.rglob("*.map"):
        path.unlink()
    styles: set[str] = set()
    for path in site_dir.rglob("*.html"):
        if str(path) in cleaned:
            continue
        text = path.read_text(encoding="utf-8")
        styles |= style_hashes(text)
        new = without_generator(text)
        if new != text:
            path.write_text(new, encoding="utf-8")
    return styles


def write_headers(site_dir: Path, style_hashes_found: list[str] | set[str] | None = None) -> str:
    """Write <site>/_headers for the built pages; returns its text. ``style_hashes_found``: the inline styles'
    hashes, when the caller has seen every page (else every page is read for them)."""
    found = inline_style_hashes(site_dir) if style_hashes_found is None else sorted(style_hashes_found)
    text = headers_file(headers(found))
    (Path(site_dir) / HEADERS_FILE).write_text(text, encoding="utf-8")
    return text


class _PageScan(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.problems: list[str] = []
        self._inline = False
        self._body: list[str] = []

    def handle_starttag(self, tag, attrs):
        names = {k.lower(): (v or "") for k, v in attrs}
        for name in names:
            if name.startswith("on"):
                self.problems.append(f"<{tag} {name}=...> event-handler attribute (blocked by the "
                                     "Content-Security-Policy)")
        for name in ("href", "src", "action", "formaction", "xlink:href"):
            if "".join(names.get(name, "").split()).lower().startswith("javascript:"):
                self.problems.append(f"<{tag} {name}=\"javascript:...\"> link")
        if tag == "meta" and names.get("name", "").lower() == "generator":
            self.problems.append('<meta name="generator"> tag')
        if tag == "script" and "src" not in names and names.get("type", "").lower() not in _DATA_TYPES:
            self._inline, self._body = True, []

    def handle_data(self, data):
        if self._inline:
            self._body.append(data)

    def handle_endtag(self, tag):
        if tag == "script" and self._inline:
            snippet = " ".join("".join(self._body).split())[:60]
            self.problems.append(f"inline <script> (blocked by the Content-Security-Policy): {snippet!r}")
            self._inline = False


# What any problem of page_problems needs in the text: pages without one of these are clean without parsing
# (the parser then confirms, so a hit in prose costs time, never a false alarm).
_SUSPECT_RE = re.compile(r"""(?ix) \son[a-z]+\s*= | script\s*: | &\#|&colon | generator
                           | <script (?![^>]*\bsrc\s*=) (?![^>]*\btype\s*=\s*["']?application/(?:ld\+)?json) """)


def page_problems(html: str) -> list[str]:
    """What in one built page would break the CSP or the publishing rules."""
    if not _SUSPECT_RE.search(html):
        return []
    scan = _PageScan()
    scan.feed(html)
    scan.close()
    return scan.problems


def check_site(site_dir: Path) -> list[str]:
    """Every rule a publishable site keeps, as 'path: problem' lines (empty when it may be published)."""
    site_dir = Path(site_dir)
    out = []
    if not (site_dir / HEADERS_FILE).is_file():
        out.append(f"{HEADERS_FILE}: missing (hooks/publish.py writes it)")
    for path in sorted(site_dir.rglob("*")):
        rel = path.relative_to(site_dir).as_posix()
        if path.suffix == ".map":
            out.append(f"{rel}: source map")
        elif path.suffix == ".html":
            out.extend(f"{rel}: {p}" for p in page_problems(path.read_text(encoding="utf-8", errors="replace")))
    return out
