"""The registered policy facts: a page that states one states its registered value, in every language."""
from __future__ import annotations

from .facts import Fact
from .page import Found, Page, _h1_line, _where
from .report import Problem


def check_facts(pages: dict[str, Page], facts: dict[str, Fact], problems: list[Problem]) -> None:
    """(b) A page that states a fact (declared or recognised) states the registered value in every language."""
    stated: dict[str, tuple[Page, Found]] = {}
    wanted: set[str] = set()
    drifted: set[tuple[str, str]] = set()     # (fact id, page path) already reported as a wrong value
    for page in pages.values():
        wanted.update(page.declared)
        for f in page.found:
            if f.waived or f.topic is None:
                continue
            fact = facts[f.topic]
            if f.q.key == fact.key:
                wanted.add(fact.id)
                stated.setdefault(fact.id, (page, f))
            elif f.q.unit == fact.unit:
                drifted.add((fact.id, page.path))
                problems.append(Problem(
                    page.path, f.line, f.col, page.lang,
                    f"states {f.q.describe()} about the policy fact '{fact.id}', registered as {fact.describe()}",
                    found=f"{f.q.text!r} = {f.q.describe()}",
                    expected=f"{fact.describe()} (write {{{{ policy.{fact.id} }}}})",
                    other=f"mkdocs.yml extra.policy.{fact.id}"))
    for fid in sorted(wanted):
        fact = facts[fid]
        for page in pages.values():
            if any(f.q.key == fact.key and not f.waived for f in page.found):
                if fid not in stated:
                    stated[fid] = (page, next(f for f in page.found if f.q.key == fact.key))
    for fid in sorted(wanted):
        fact = facts[fid]
        for page in pages.values():
            if any(f.q.key == fact.key for f in page.found) or (fid, page.path) in drifted:
                continue
            where = stated.get(fid)
            problems.append(Problem(
                page.path, page.declared_line if fid in page.declared else _h1_line(page), 1, page.lang,
                f"does not state the policy fact '{fid}' ({fact.describe()})",
                found="(missing)", expected=f"{fact.describe()} (write {{{{ policy.{fid} }}}})",
                other=_where(*[where[0], where[1].line]) if where else f"mkdocs.yml extra.policy.{fid}"))
