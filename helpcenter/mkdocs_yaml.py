"""The one reader of mkdocs.yml outside MkDocs (tools, the policy guard's CLI, the tests).

- `load(text)` / `dump(data)`: for tools that derive a config from mkdocs.yml. `!ENV`, `!relative` and
  `!!python/...` tags (for example the Unicode slugify of the toc extension) are kept as the YAML nodes they are
  and written back unchanged, so a derived mkdocs.yml behaves like the original.
- `values(text)` / `read(path)`: for readers that need the values as MkDocs sees them: `!ENV [NAME, default]` is
  resolved from the environment, other tags are read as the plain value they tag.
"""
from __future__ import annotations

import os
from pathlib import Path

import yaml


class Tagged:
    """A YAML node with a tag we do not interpret, written back as is."""

    def __init__(self, tag: str, node: yaml.Node):
        self.tag, self.node = tag, node


class Loader(yaml.SafeLoader):
    pass


class Dumper(yaml.SafeDumper):
    pass


def _tagged(loader, suffix, node):
    return Tagged(node.tag, node)


Loader.add_multi_constructor("!", _tagged)
Loader.add_multi_constructor("tag:yaml.org,2002:python/", _tagged)
Dumper.add_representer(Tagged, lambda dumper, t: t.node)


class ValueLoader(yaml.SafeLoader):
    """A safe loader that reads mkdocs' tags as values: `!ENV [NAME, default]`, `!relative`, python/name:..."""


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


ValueLoader.add_constructor("!ENV", _env)
ValueLoader.add_multi_constructor("!", _any_tag)
ValueLoader.add_multi_constructor("tag:yaml.org,2002:python/", _any_tag)


def load(text: str):
    return yaml.load(text, Loader=Loader)


def dump(data) -> str:
    return yaml.dump(data, Dumper=Dumper, allow_unicode=True, sort_keys=False, width=1000)


def values(text) -> dict:
    """mkdocs.yml's values (a str or an open file); raises yaml.YAMLError on broken YAML."""
    return yaml.load(text, Loader=ValueLoader) or {}


def read(path: Path) -> dict:
    with Path(path).open(encoding="utf-8") as fh:
        return values(fh)
