"""Material's page script is started by our loader (helpcenter/pagescripts.py): the scripts block is rewritten
so that the bundle's tag becomes the deferred loader carrying the bundle's address, and a Material whose block
looks different stops the build with a message that says where to look."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from helpcenter import pagescripts
LOADER = "../assets/javascripts/hc-material.js"


def _material_block() -> str:
    """The scripts block of the installed Material's base.html, as a page renders it (relative URLs)."""
    import material

    text = (Path(material.__file__).parent / "templates" / "base.html").read_text(encoding="utf-8")
    block = re.search(r"{% block scripts %}(.*?){% endblock %}", text, re.S).group(1)
    return re.sub(r"{{ '([^']+)' \| url }}", r"../\1", block)


def test_the_installed_materials_bundle_becomes_the_deferred_loader():
    block = _material_block()
    src = re.search(r'src="([^"]*bundle\.[0-9a-f]+\.min\.js)"', block).group(1)
    out = pagescripts.on_demand(block, LOADER)
    assert f'<script src="{LOADER}" data-hc-material="{src}" defer></script>' in out
    assert not re.search(r'<script src="[^"]*bundle\.', out)
    # what follows the bundle (the site's own extra_javascript) is left as it was
    assert out.replace(f'<script src="{LOADER}" data-hc-material="{src}" defer></script>', "") == \
        re.sub(r'<script src="[^"]*bundle\.[0-9a-f]+\.min\.js"></script>', "", block)


def test_the_loaders_address_is_escaped():
    out = pagescripts.on_demand('<script src="a/assets/javascripts/bundle.0f.min.js"></script>', 'x"y.js')
    assert out == '<script src="x&quot;y.js" data-hc-material="a/assets/javascripts/bundle.0f.min.js" defer></script>'


@pytest.mark.parametrize("block, found", [
    ('<script src="assets/javascripts/app.min.js"></script>', 0),
    ('<script type="module" src="assets/javascripts/bundle.0f.min.js"></script>', 0),
    ('<script src="a/assets/javascripts/bundle.0f.min.js"></script>'
     '<script src="b/assets/javascripts/bundle.1e.min.js"></script>', 2),
])
def test_a_material_that_loads_its_script_differently_is_refused_by_name(block, found):
    with pytest.raises(ValueError) as err:
        pagescripts.on_demand(block, LOADER)
    message = str(err.value)
    assert f"found {found}" in message and "helpcenter/pagescripts.py" in message and "hc-material.js" in message
