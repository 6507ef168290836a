"""When a page runs Material's page script (its bundle): on the reader's first move, not while the page loads.

Material's bundle is one large script that Material's ``base.html`` loads synchronously at the end of every
page. Evaluating it and mounting its components at DOMContentLoaded are the page's only long tasks: on a
phone they hold the main thread for hundreds of milliseconds while the reader only wants to read. Nothing a
reader sees before touching the page needs it: the header, the navigation drawer, the language menu, the
search box's toggle, links and content are HTML and CSS. So the page loads
``assets/javascripts/hc-material.js`` (deferred) instead, which starts the bundle on the first sign of a
reader (pointer, touch, key, focus, wheel, scroll, mouse move), or once a search link's early list is drawn.

``on_demand(scripts, loader)`` rewrites the HTML of Material's ``scripts`` block: the bundle's
``<script src>`` becomes the loader's deferred ``<script>``, which carries the bundle's address in
``data-hc-material``. The bundle is found by its shape (``assets/javascripts/bundle.<hash>.min.js``), never by
its hash; a Material whose block does not have exactly one such tag raises ``ValueError``, so an upgrade
either works or stops the build.

Nothing here imports MkDocs (hooks/publish.py registers it as a Jinja filter).
"""
from __future__ import annotations

import html
import re

_BUNDLE = re.compile(r"""(?x)
    <script \s+ src="(?P<src> [^"]* assets/javascripts/bundle\.[0-9a-f]+\.min\.js )" \s* > \s* </script>
""")


def on_demand(scripts: str, loader: str) -> str:
    """Material's scripts block with its bundle started by ``loader`` (a deferred script) instead."""
    found = _BUNDLE.findall(scripts)
    if len(found) != 1:
        raise ValueError(
            f"expected one <script src=\".../assets/javascripts/bundle.<hash>.min.js\"> in Material's scripts "
            f"block, found {len(found)}: this Material version loads its page script differently; "
            f"helpcenter/pagescripts.py and assets/javascripts/hc-material.js must learn how")
    return _BUNDLE.sub(
        lambda m: f'<script src="{html.escape(loader)}" data-hc-material="{m.group("src")}" defer></script>',
        scripts)
