"""Read what the guard needs from mkdocs.yml without MkDocs: docs_dir, languages, extra (facts, contact)."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from .. import mkdocs_yaml
from .facts import Fact, load_facts
from .render import build_context


MkDocsYamlLoader = mkdocs_yaml.ValueLoader      # the one mkdocs.yml reader (helpcenter/mkdocs_yaml.py)


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
    data = mkdocs_yaml.read(config_file)
    root = config_file.parent
    extra = data.get("extra") or {}
    facts = load_facts(extra.get("policy"))
    langs, default = i18n_languages(data.get("plugins"))
    return SiteConfig(root, root / data.get("docs_dir", "docs"), langs, default, facts, build_context(extra, facts))
