"""MkDocs adapter for publishing: once every language is on disk, drop source maps and the generator tag and
write ``_headers`` (the Content-Security-Policy and the other security headers; see helpcenter.publish).
Every page also carries the policy in a ``<meta http-equiv>`` (``hc_meta_csp``, used by overrides/main.html).

mkdocs-static-i18n nests the other languages' builds inside the default language's ``on_post_build``; the
sweep runs at the end of the outermost build (hooks/nesting.py), after every hook that writes pages. Only the
search worker files come later (hooks/search.py collects the indexes at -350): the sweep reads HTML only.
"""
from __future__ import annotations

from pathlib import Path

from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority, get_plugin_logger

from helpcenter import pagescripts, publish

import nesting  # hooks/nesting.py

log = get_plugin_logger(__name__)

# cleaned: the pages whose generator tag was dropped as they were rendered (the final sweep skips them)
# styles: the CSP hashes of their inline styles
_state = {"serving": False, "cleaned": set(), "styles": set()}


def on_startup(command, dirty):
    # `mkdocs serve` injects its live-reload script inline: the preview carries no policy
    _state["serving"] = command == "serve"


def on_env(env, config, files):
    # every page states the policy in <meta http-equiv> too (overrides/main.html), for hosts without headers
    env.globals["hc_meta_csp"] = None if _state["serving"] else publish.meta_csp()
    # Material's page script starts on the reader's first move (overrides/main.html, helpcenter/pagescripts.py)
    env.filters["hc_on_demand"] = _on_demand
    return env


def _on_demand(scripts, loader):
    try:
        return pagescripts.on_demand(str(scripts), loader)
    except ValueError as e:
        raise PluginError(f"overrides/main.html, block scripts: {e}") from None


@event_priority(-300)
def on_post_page(output, page, config):
    # drop the generator tag while the page is in memory: the final sweep then neither reads nor writes it
    _state["cleaned"].add(str(Path(page.file.abs_dest_path)))
    _state["styles"] |= publish.style_hashes(output)
    return publish.without_generator(output)


@event_priority(-300)
def on_post_template(output_content, template_name, config):
    return publish.without_generator(output_content)


@event_priority(-300)
def on_post_build(config):
    if not nesting.outermost(config):
        return
    site_dir = Path(config.site_dir)
    cleaned, _state["cleaned"] = _state["cleaned"], set()
    styles, _state["styles"] = _state["styles"], set()
    styles |= publish.clean_site(site_dir, cleaned)
    publish.write_headers(site_dir, styles)


def on_build_error(error):
    _state["cleaned"] = set()
    _state["styles"] = set()
