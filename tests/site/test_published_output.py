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


def test_pages_start_materials_page_script_through_the_loader(built_site):
    """No page loads Material's bundle while it loads: each has the deferred loader, which names a bundle that
    is in the site (helpcenter/pagescripts.py, assets/javascripts/hc-material.js)."""
    import re

    pages = sorted(built_site.path.rglob("*.html"))
    assert len(pages) > 20
    for path in pages:
        html = path.read_text("utf-8")
        if "md-header" not in html:
            continue  # not a Material page (the editors' status page)
        assert not re.search(r'<script src="[^"]*bundle\.[0-9a-f]+\.min\.js"', html), path
        loaders = re.findall(r'<script src="([^"]*hc-material\.js)" data-hc-material="([^"]+)" defer>', html)
        assert len(loaders) == 1, path
        for url in loaders[0]:  # relative, or from the site's root on the 404 pages
            file = built_site.path / url.lstrip("/") if url.startswith("/") else path.parent / url
            assert file.resolve().is_file(), (path, url)
