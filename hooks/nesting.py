"""Not a hook (mkdocs.yml does not list it): what the hooks ask about the build they run in.

mkdocs-static-i18n builds the default language, then, inside that build's ``on_post_build`` (priority -100),
each other language with the same config: every hook event fires once per language. Work done once for the
whole site (checks of every source, the index collection, the final sweep) belongs to the build MkDocs
started, the outermost one; the nested builds run with the plugin's ``building`` flag set. Without the
plugin there is one build, and it is the outermost. The hooks import this file by name (MkDocs puts a hook's
folder on sys.path while it loads the hook).
"""
from __future__ import annotations


def outermost(config) -> bool:
    """True in the build MkDocs started (before static-i18n's nested builds begin, and again after they
    end); False inside a nested per-language build."""
    return not getattr(config.plugins.get("i18n"), "building", False)
