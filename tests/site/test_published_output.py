"""The built site keeps the publishing rules: security headers in _headers, the policy in every page, no inline
script, no source map, no generator tag (what `make site` checks before it publishes)."""
from __future__ import annotations

from helpcenter import publish
from support import site_headers


def test_the_built_site_passes_every_publishing_check(built_site):
    assert publish.check_site(built_site.path) == []


def test_headers_cover_every_path(built_site):
    headers = site_headers(built_site.path)
    assert headers["Content-Security-Policy"].startswith("default-src 'self'; script-src 'self';")
    assert {"X-Content-Type-Options", "Referrer-Policy", "Permissions-Policy"} <= set(headers)


def test_nothing_reveals_the_generator_or_the_sources(built_site):
    assert not list(built_site.path.rglob("*.map"))
    for path in built_site.path.rglob("*"):
        if path.suffix in (".js", ".css", ".html"):
            text = path.read_text("utf-8")
            assert 'name="generator"' not in text, path


def test_every_page_states_the_policy_itself(built_site):
    for rel in ("index.html", "kk/returns/index.html", "el/contact/index.html", "kk/404.html"):
        html = (built_site.path / rel).read_text("utf-8")
        assert f'<meta http-equiv="Content-Security-Policy" content="{publish.meta_csp()}">' in html, rel
