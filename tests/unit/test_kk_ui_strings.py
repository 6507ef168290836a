"""Material's interface strings (search box, "Back to top", footer, copy button...) in Kazakh and Greek.

Material ships no Kazakh translation, so overrides/partials/languages/kk.html is kept by hand; the
stock Greek file lacks a few keys, so overrides/partials/languages/el.html (which shadows it) adds
them. These tests compare both with the installed Material's English file, so a Material upgrade that
adds a key fails here by name instead of silently showing English words on a Kazakh or Greek page.
"""

from __future__ import annotations

import re
from pathlib import Path

import jinja2
import material
import pytest
from jinja2 import nodes

REPO = Path(__file__).resolve().parents[2]
OVERRIDES = REPO / "overrides" / "partials" / "languages"
STOCK = Path(material.__file__).resolve().parent / "templates" / "partials" / "languages"

# Keys that configure search rather than show text; the search set-up owns them.
SEARCH_CONFIG = {"search.config.lang", "search.config.pipeline", "search.config.separator"}
# Values that are the same in Kazakh as in English on purpose.
NOT_TRANSLATED = {"language", "direction"} | SEARCH_CONFIG
# Letters that Kazakh Cyrillic has and Russian does not.
KAZAKH_LETTERS = set("әғқңөұүһіӘҒҚҢӨҰҮҺІ")
CYRILLIC = re.compile(r"[\u0400-\u04FF]")


def ui_strings(path: Path) -> dict[str, str]:
    """The key -> value dict inside a Material language partial's macro `t(key)`."""
    try:
        source = path.read_text(encoding="utf-8")
    except OSError as error:
        pytest.fail(f"{path}: cannot read the language file ({error})")
    try:
        tree = jinja2.Environment().parse(source)
    except jinja2.TemplateSyntaxError as error:
        pytest.fail(f"{path}:{error.lineno}: not a valid Jinja template: {error.message}")
    dicts = list(tree.find_all(nodes.Dict))
    if len(dicts) != 1:
        pytest.fail(f"{path}: expected one dict literal inside macro t(key), found {len(dicts)}")
    strings: dict[str, str] = {}
    for pair in dicts[0].items:
        if not (isinstance(pair.key, nodes.Const) and isinstance(pair.value, nodes.Const)):
            pytest.fail(f"{path}:{pair.lineno}: every entry must be a plain \"key\": \"value\" string")
        if pair.key.value in strings:
            pytest.fail(f"{path}:{pair.lineno}: key {pair.key.value!r} appears twice")
        strings[pair.key.value] = pair.value.value
    return strings


def render(path: Path, key: str) -> str:
    """What Material's templates get from `lang.t(key)` with this file as the language partial."""
    env = jinja2.Environment(loader=jinja2.FileSystemLoader(str(path.parent)))
    return env.from_string(f'{{% import "{path.name}" as lang %}}{{{{ lang.t(key) }}}}').render(key=key)


@pytest.fixture(scope="module")
def english() -> dict[str, str]:
    return ui_strings(STOCK / "en.html")


@pytest.fixture(scope="module")
def kazakh() -> dict[str, str]:
    return ui_strings(OVERRIDES / "kk.html")


def test_kazakh_has_exactly_the_keys_of_installed_english(english, kazakh):
    missing = sorted(set(english) - set(kazakh))
    extra = sorted(set(kazakh) - set(english))
    assert not missing, f"{OVERRIDES / 'kk.html'}: keys of Material's en.html missing (shown in English): {missing}"
    assert not extra, f"{OVERRIDES / 'kk.html'}: keys Material's en.html no longer has: {extra}"


def test_kazakh_declares_its_language_and_direction(kazakh):
    assert kazakh["language"] == "kk"
    assert kazakh["direction"] == "ltr"
    assert kazakh["search.config.lang"] == "kk"


def test_every_visible_kazakh_string_is_translated(english, kazakh):
    same = sorted(k for k in set(english) & set(kazakh) - NOT_TRANSLATED if kazakh[k] == english[k])
    empty = sorted(k for k in kazakh if not kazakh[k].strip())
    assert not empty, f"{OVERRIDES / 'kk.html'}: empty values fall back to English: {empty}"
    assert not same, f"{OVERRIDES / 'kk.html'}: values still in English: {same}"


def test_kazakh_strings_are_kazakh_cyrillic_not_russian(kazakh):
    visible = {k: v for k, v in kazakh.items() if k not in NOT_TRANSLATED}
    latin_only = sorted(k for k, v in visible.items() if not CYRILLIC.search(v))
    assert not latin_only, f"{OVERRIDES / 'kk.html'}: values without Cyrillic: {latin_only}"
    used = KAZAKH_LETTERS & set("".join(visible.values()))
    # A Russian file would use none of these; natural Kazakh UI text uses most of them.
    assert len({c.lower() for c in used}) >= 7, f"{OVERRIDES / 'kk.html'}: few Kazakh-only letters: {sorted(used)}"


def test_count_placeholders_match_english(english, kazakh):
    wrong = sorted(
        k for k in set(english) & set(kazakh) - SEARCH_CONFIG if english[k].count("#") != kazakh[k].count("#")
    )
    assert not wrong, f"{OVERRIDES / 'kk.html'}: '#' count placeholder differs from English in: {wrong}"


def test_kazakh_macro_renders_the_strings_material_asks_for(kazakh):
    for key in ("search.result.other", "top", "footer.next", "action.skip", "clipboard.copy"):
        assert render(OVERRIDES / "kk.html", key) == kazakh[key]


def test_greek_override_lacks_no_key_of_english_or_stock_greek(english):
    greek = ui_strings(OVERRIDES / "el.html")
    stock_greek = ui_strings(STOCK / "el.html")
    missing = sorted((set(english) - SEARCH_CONFIG | set(stock_greek)) - set(greek))
    assert not missing, f"{OVERRIDES / 'el.html'}: keys missing (they would show in English): {missing}"
    assert greek["language"] == "el"
    untranslated = sorted(k for k in set(english) & set(greek) - NOT_TRANSLATED if greek[k] == english[k])
    assert not untranslated, f"{OVERRIDES / 'el.html'}: values still in English: {untranslated}"
    assert render(OVERRIDES / "el.html", "blog.authors") == greek["blog.authors"]
