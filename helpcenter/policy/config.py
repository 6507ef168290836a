"""Read what the guard needs from mkdocs.yml without MkDocs: docs_dir, languages, extra (facts, contact)."""
from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import yaml

from .facts import Fact, load_facts
from .render import build_context


class MkDocsYamlLoader(yaml.SafeLoader):
    """A safe loader that tolerates mkdocs' tags: `!ENV [NAME, default]`, `!relative`, python/name:..."""


def _env(loader: yaml.SafeLoader, node: yaml.Node):
    if isinstance(node, yaml.ScalarNode):
        names, default = [loader.construct_scalar(node)], None
    else:
        items = loader.construct_sequence(node)
        names, default = items[:-1] or items, items[-1] if len(items) > 1 else None
    for name in names:
        if isinstance(name, str) and name in os.environ:
            return os.environ[name]
    return default


def _any_tag(loader: yaml.SafeLoader, suffix: str, node: yaml.Node):
    if isinstance(node, yaml.ScalarNode):
        return loader.construct_scalar(node)
    if isinstance(node, yaml.SequenceNode):
        return loader.construct_sequence(node)
    return loader.construct_mapping(node)


MkDocsYamlLoader.add_constructor("!ENV", _env)
MkDocsYamlLoader.add_multi_constructor("!", _any_tag)
MkDocsYamlLoader.add_multi_constructor("tag:yaml.org,2002:python/", _any_tag)


@dataclass
class SiteConfig:
    root: Path
    docs_dir: Path
    langs: list[str]
    default_lang: str
    facts: dict[str, Fact]
    context: dict


def i18n_languages(plugins) -> tuple[list[str], str]:
    langs, default = [], None
    for item in plugins or []:
        if isinstance(item, dict) and "i18n" in item:
            for lang in (item["i18n"] or {}).get("languages", []):
                if isinstance(lang, dict) and lang.get("locale"):
                    if lang.get("build", True):
                        langs.append(lang["locale"])
                    if lang.get("default"):
                        default = lang["locale"]
    if not langs:
        langs = ["en", "kk", "el"]
    return langs, default or langs[0]


def load_site_config(config_file: Path) -> SiteConfig:
    """Raises FactsError (naming the key) on bad facts, yaml.YAMLError on broken YAML."""
    config_file = Path(config_file).resolve()
    with config_file.open(encoding="utf-8") as fh:
        data = yaml.load(fh, Loader=MkDocsYamlLoader) or {}
    root = config_file.parent
    extra = data.get("extra") or {}
    facts = load_facts(extra.get("policy"))
    langs, default = i18n_languages(data.get("plugins"))
    return SiteConfig(root, root / data.get("docs_dir", "docs"), langs, default, facts, build_context(extra, facts))
