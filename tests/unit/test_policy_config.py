"""What the guard reads from mkdocs.yml without MkDocs: MkDocs' YAML tags, the languages, docs_dir, the facts."""
from __future__ import annotations

import textwrap
from decimal import Decimal

import pytest
import yaml

from helpcenter.policy.config import MkDocsYamlLoader, i18n_languages, load_site_config


def read(text: str):
    return yaml.load(textwrap.dedent(text), Loader=MkDocsYamlLoader)


def test_env_tag_takes_the_first_set_variable_or_the_default(monkeypatch):
    monkeypatch.delenv("HC_A", raising=False)
    monkeypatch.delenv("HC_B", raising=False)
    assert read("x: !ENV [HC_A, HC_B, fallback]") == {"x": "fallback"}
    monkeypatch.setenv("HC_B", "from b")
    assert read("x: !ENV [HC_A, HC_B, fallback]") == {"x": "from b"}
    monkeypatch.setenv("HC_A", "from a")
    assert read("x: !ENV [HC_A, HC_B, fallback]") == {"x": "from a"}
    assert read("x: !ENV HC_A") == {"x": "from a"}
    monkeypatch.delenv("HC_A")
    assert read("x: !ENV HC_A") == {"x": None}
    assert read("x: !ENV [HC_A]") == {"x": None}          # one name, no default
    monkeypatch.setenv("HC_A", "set")
    assert read("x: !ENV [HC_A]") == {"x": "set"}


def test_other_mkdocs_tags_are_read_as_plain_values():
    assert read("""\
        a: !relative $config_dir
        b: !!python/name:material.extensions.emoji.twemoji
        c: !custom [1, 2]
        d: !custom {k: v}
        """) == {"a": "$config_dir", "b": "", "c": [1, 2], "d": {"k": "v"}}


@pytest.mark.parametrize("plugins, expected", [
    (None, (["en", "kk", "el"], "en")),
    ([], (["en", "kk", "el"], "en")),
    (["search", {"other": {}}], (["en", "kk", "el"], "en")),
    ([{"i18n": None}], (["en", "kk", "el"], "en")),
    ([{"i18n": {"languages": [{"locale": "kk"}, {"locale": "en", "default": True}, {"locale": "el"}]}}],
     (["kk", "en", "el"], "en")),
    # no default marked: the first language
    ([{"i18n": {"languages": [{"locale": "el"}, {"locale": "kk"}]}}], (["el", "kk"], "el")),
    # a language that is not built is not checked; entries without a locale are ignored
    ([{"i18n": {"languages": [{"locale": "en", "default": True}, {"locale": "kk", "build": False},
                              {"name": "no locale"}, "junk", {"locale": ""}]}}], (["en"], "en")),
])
def test_i18n_languages(plugins, expected):
    assert i18n_languages(plugins) == expected


def test_load_site_config_reads_docs_dir_languages_and_facts(tmp_path):
    (tmp_path / "mkdocs.yml").write_text(textwrap.dedent("""\
        site_name: t
        docs_dir: content
        site_url: !ENV [HC_NO_SUCH_VARIABLE, "https://x.example/"]
        plugins:
          - search
          - i18n:
              languages:
                - {locale: en, default: true}
                - {locale: el}
        extra:
          store: {name: Shop}
          policy:
            return_window: {value: 14, unit: day}
        """), encoding="utf-8")
    site = load_site_config(tmp_path / "sub" / ".." / "mkdocs.yml")
    assert site.root == tmp_path.resolve()
    assert site.docs_dir == tmp_path.resolve() / "content"
    assert (site.langs, site.default_lang) == (["en", "el"], "en")
    assert site.facts["return_window"].key == (Decimal(14), Decimal(14), "day")
    assert site.context["policy"]["return_window"] == "14"


def test_load_site_config_defaults(tmp_path):
    (tmp_path / "mkdocs.yml").write_text("site_name: t\n", encoding="utf-8")
    site = load_site_config(tmp_path / "mkdocs.yml")
    assert site.docs_dir == tmp_path.resolve() / "docs"
    assert (site.langs, site.default_lang) == (["en", "kk", "el"], "en")
    assert site.facts == {}
    (tmp_path / "empty.yml").write_text("", encoding="utf-8")
    assert load_site_config(tmp_path / "empty.yml").facts == {}
