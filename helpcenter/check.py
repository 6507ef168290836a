"""`python -m helpcenter.check [--format text|github] [--config mkdocs.yml]`: the policy guard and the
terminology check (glossary.yml) without a build.

Exit code 0 when every page agrees in every language, 1 on problems, 2 when the configuration is unusable.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

import yaml

from helpcenter.policy.config import load_site_config
from helpcenter.sources import SourceError
from helpcenter.policy.facts import FactsError
from helpcenter.policy.guard import check_docs


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m helpcenter.check", description=__doc__.splitlines()[0])
    parser.add_argument("--format", choices=("text", "github"), default="text")
    parser.add_argument("--config", default="mkdocs.yml", help="path to mkdocs.yml (default: ./mkdocs.yml)")
    parser.add_argument("--jobs", type=int, default=None,
                        help="processes to use (default: one per CPU for large sites, else 1)")
    args = parser.parse_args(argv)
    config_file = Path(args.config)
    try:
        site = load_site_config(config_file)
    except FactsError as e:
        msg = f"{config_file}: bad policy facts: {e}"
        print(f"::error file={config_file}::{msg}" if args.format == "github" else msg, file=sys.stderr)
        return 2
    except (OSError, yaml.YAMLError) as e:
        print(f"{config_file}: cannot read the configuration: {e}", file=sys.stderr)
        return 2
    try:
        report = check_docs(site.root, site.docs_dir, site.langs, site.facts, site.context, site.default_lang,
                            workers=args.jobs)
    except SourceError as e:
        print(f"::error file={e.path},line={e.line}::{e.message}" if args.format == "github" else str(e),
              file=sys.stderr)
        return 1
    print(report.github() if args.format == "github" else report.text())
    # the terminology check (glossary.yml) on the same pages
    from helpcenter.glossary import GLOSSARY_FILE, GlossaryError, check_docs as check_terms, load_glossary
    try:
        glossary = load_glossary(site.root)
    except GlossaryError as e:
        print(f"::error file={GLOSSARY_FILE}::{e}" if args.format == "github" else str(e), file=sys.stderr)
        return 2
    from helpcenter.policy.config import MkDocsYamlLoader
    extra = (yaml.load(config_file.read_text(encoding="utf-8"), Loader=MkDocsYamlLoader) or {}).get("extra")
    terms = check_terms(site.root, site.docs_dir, site.langs, glossary, extra)
    print(terms.github() if args.format == "github" else terms.text())
    return 0 if report.ok and terms.ok else 1


if __name__ == "__main__":
    sys.exit(main())
