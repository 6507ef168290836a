"""Read and write mkdocs.yml without interpreting its tags, for tools that derive a config from it.

`!ENV`, `!relative` and `!!python/...` tags (for example the Unicode slugify of the toc extension)
are kept as the YAML nodes they are and written back unchanged, so a derived mkdocs.yml behaves
like the original.
"""
from __future__ import annotations

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


def load(text: str):
    return yaml.load(text, Loader=Loader)


def dump(data) -> str:
    return yaml.dump(data, Dumper=Dumper, allow_unicode=True, sort_keys=False, width=1000)
