"""A real Chromium (Debian's /usr/bin/chromium) on the built site."""
from __future__ import annotations

from urllib.parse import urlsplit

import pytest

CHROMIUM = "/usr/bin/chromium"
ARGS = ["--no-sandbox", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run", "--disable-gpu"]


@pytest.fixture(scope="session")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=ARGS, headless=True)
        yield b
        b.close()


class RequestLog:
    """Every request a page makes, to check that none leaves the site's origin or misses."""

    def __init__(self, origin: str):
        self.origin = origin
        self.requests: list[str] = []
        self.failed: list[tuple[int, str]] = []

    def on_request(self, request):
        self.requests.append(request.url)

    def on_response(self, response):
        if response.status >= 400:
            self.failed.append((response.status, response.url))

    def foreign(self) -> list[str]:
        own = urlsplit(self.origin)
        out = []
        for url in self.requests:
            parts = urlsplit(url)
            if parts.scheme in ("data", "blob", "about"):
                continue
            if (parts.scheme, parts.netloc) != (own.scheme, own.netloc):
                out.append(url)
        return out


@pytest.fixture
def context_factory(browser, served_site):
    contexts = []

    def make(locale: str = "en-US", languages: list[str] | None = None, **kwargs):
        ctx = browser.new_context(locale=locale, base_url=served_site.url, **kwargs)
        if languages is not None:
            js = "Object.defineProperty(navigator, 'languages', {get: () => %r});" % (languages,)
            ctx.add_init_script(js)
        contexts.append(ctx)
        return ctx

    yield make
    for ctx in contexts:
        ctx.close()


@pytest.fixture
def page(context_factory, served_site):
    """A phone-sized page whose every request is logged in page.log."""
    ctx = context_factory(viewport={"width": 390, "height": 844})
    pg = ctx.new_page()
    log = RequestLog(served_site.url)
    pg.on("request", log.on_request)
    pg.on("response", log.on_response)
    pg.log = log
    return pg
