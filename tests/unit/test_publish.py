"""What the published site sends and must not contain (helpcenter.publish), and the README showing the same
headers for every host."""
from __future__ import annotations

import pytest

from helpcenter import publish
from support import ROOT


def test_the_policy_has_no_unsafe_inline_and_locks_the_rest_down():
    csp = publish.headers([])["Content-Security-Policy"]
    assert "unsafe" not in csp
    for directive in ("default-src 'self'", "script-src 'self'", "worker-src 'self'", "object-src 'none'",
                      "base-uri 'self'", "form-action 'self'", "frame-ancestors 'none'"):
        assert directive in csp.split("; ")


def test_inline_styles_are_allowed_by_hash_only():
    csp = publish.headers(["sha256-abc="])["Content-Security-Policy"]
    assert "style-src 'self' 'sha256-abc='" in csp


def test_the_meta_policy_leaves_out_what_browsers_ignore_in_meta():
    meta = publish.meta_csp()
    assert "frame-ancestors" not in meta and "script-src 'self'" in meta


def test_headers_file_round_trip():
    values = publish.headers(["sha256-x="])
    rules = publish.parse_headers_file(publish.headers_file(values))
    assert rules["/*"] == values
    assert rules["/assets/stylesheets/main.*"] == {"Cache-Control": "public, max-age=31536000, immutable"}


@pytest.mark.parametrize("html, problem", [
    ("<script>alert(1)</script>", "inline <script>"),
    ("<SCRIPT type='text/javascript'>x()</SCRIPT>", "inline <script>"),
    ("<script type=module>x()</script>", "inline <script>"),
    ('<button onclick="x()">b</button>', "onclick"),
    ('<a href=" JavaScript:void(0)">a</a>', "javascript:"),
    ('<meta name="generator" content="mkdocs-1.6.1">', "generator"),
])
def test_page_problems_finds(html, problem):
    found = publish.page_problems(f"<html><head></head><body>{html}</body></html>")
    assert len(found) == 1 and problem in found[0]


@pytest.mark.parametrize("html", [
    '<script src="assets/x.js" defer></script>',
    '<script type="application/json" id="__config">{"a": "<b>"}</script>',
    "<p>Text about &lt;script&gt; and onclick=alert(1) in prose.</p>",
    '<meta name="description" content="Help">',
])
def test_page_problems_leaves_alone(html):
    assert publish.page_problems(html) == []


def test_clean_site_drops_source_maps_and_the_generator_tag(tmp_path):
    js = tmp_path / "assets" / "javascripts"
    js.mkdir(parents=True)
    (js / "bundle.min.js").write_text("var a=1;\n//# sourceMappingURL=bundle.min.js.map", "utf-8")
    (js / "bundle.min.js.map").write_text("{}", "utf-8")
    (tmp_path / "main.min.css").write_text("a{}\n/*# sourceMappingURL=main.min.css.map*/", "utf-8")
    (tmp_path / "index.html").write_text(
        '<head>\n  <meta name="generator" content="mkdocs-1.6.1, mkdocs-material-9.8.2">\n</head>', "utf-8")
    assert len(publish.check_site(tmp_path)) == 3      # the map, the generator tag, the missing _headers
    publish.clean_site(tmp_path)
    publish.write_headers(tmp_path)
    assert publish.check_site(tmp_path) == []
    # a dependency's file stays byte for byte as shipped (its name may carry a hash of this content)
    assert (js / "bundle.min.js").read_text("utf-8") == "var a=1;\n//# sourceMappingURL=bundle.min.js.map"
    assert not (js / "bundle.min.js.map").exists()


@pytest.mark.parametrize("head, expected", [
    ('<head>\n  <meta name="generator" content="mkdocs-1.6.1">\n  <title>T</title>\n</head>',
     '<head>\n  <title>T</title>\n</head>'),
    ("<head><META NAME='generator' content=x><title>T</title></head>", "<head><title>T</title></head>"),
    ('<head><meta name=generator content="a"><meta name="generator" content="b"></head>', "<head></head>"),
    ('<head><meta name="description" content="the generator of links"></head>',
     '<head><meta name="description" content="the generator of links"></head>'),
    ("<head><title>T</title></head>", "<head><title>T</title></head>"),
    ('<meta name="generator" content="x">\n<p>no head at all</p>', "<p>no head at all</p>"),
])
def test_the_generator_tag_goes_from_the_head_only(head, expected):
    body = '<body><pre>&lt;meta name="generator"&gt;</pre><meta name="generator" content="quoted"></body>'
    page = head + body if "</head>" in head else head
    assert publish.without_generator(page) == expected + (body if "</head>" in head else "")


@pytest.mark.parametrize("html, found", [
    ("<head></head><body><p>x</p></body>", 0),
    ("<head><style>a{}</style></head><body><STYLE media=print>b{}</STYLE></body>", 2),
    ("<head><style>a{}</style></head><body><style>a{}</style></body>", 1),
])
def test_style_hashes_name_each_distinct_inline_style(html, found):
    assert len(publish.style_hashes(html)) == found


def test_readme_shows_the_headers_for_every_host():
    readme = (ROOT / "README.md").read_text("utf-8")
    section = readme[readme.index("## Publishing"):readme.index("\n## ", readme.index("## Publishing") + 5)]
    for name, value in publish.headers([]).items():
        assert f"    {name}: {value}\n" in section                  # Netlify, Cloudflare Pages (_headers)
        assert f'add_header {name} "{value}" always;' in section    # nginx
        assert f'Header always set {name} "{value}"' in section     # Apache
