"""The registered policy facts: a page that states one states its registered value, in every language, and
through its placeholder (`{{ policy.<id> }}`), never typed by hand, so that it follows mkdocs.yml when the
policy changes."""
from __future__ import annotations

from . import lexicon as lx
from .facts import Fact
from .page import Found, Page, _h1_line, language_name
from .quantities import fold
from .report import Problem


def fact_name(fid: str) -> str:
    """return_window -> 'return window' (how messages name a fact)."""
    return fid.replace("_", " ")


def placeholder_for(fact: Fact, f: Found | None, lang: str) -> str:
    """What to write instead: the placeholder followed by the unit as the editor wrote it ("{{ policy.x }} μέρες"),
    or in English words when there is none to reuse."""
    placeholder = f"{{{{ policy.{fact.id} }}}}"
    if f is not None and f.q.unit == fact.unit:
        folded = fold(f.q.text)
        starts = [folded.find(fold(form)) for form in lx.UNITS.get(lang, {}).get(fact.unit, ())]
        starts = [s for s in starts if s > 0]
        if starts:
            return f"{placeholder} {f.q.text[min(starts):].strip()}"
    return f"{placeholder} {fact.describe().split(' ', 1)[1]}" if " " in fact.describe() else placeholder


def check_facts(pages: dict[str, Page], facts: dict[str, Fact], problems: list[Problem]) -> set[tuple[str, int, int]]:
    """(b) A page that states a fact (declared or recognised) states the registered value in every language, each
    through its placeholder. Returns where it reported a wrong value (path, line, col): one report per mistake, the
    comparison between languages leaves those alone."""
    stated: dict[str, tuple[Page, Found]] = {}
    wanted: set[str] = set()
    drifted: set[tuple[str, str]] = set()     # (fact id, page path) already reported as a wrong value
    reported: set[tuple[str, int, int]] = set()
    for page in pages.values():
        wanted.update(page.declared)
        for f in page.found:
            if f.waived:
                continue
            topic = f.topic
            if topic is None:     # a sentence without topic words, on a page that declares the fact: its value
                topic = next((fid for fid in page.declared if facts[fid].key == f.q.key), None)
            if topic is None:
                continue
            fact = facts[topic]
            name = fact_name(fact.id)
            write = placeholder_for(fact, f, page.lang)
            if f.q.key == fact.key:
                wanted.add(fact.id)
                stated.setdefault(fact.id, (page, f))
                if f.literal:
                    problems.append(Problem(
                        page.path, f.line, f.col, page.lang,
                        f"says {f.q.text.strip()!r}, the {name} typed by hand: write {write}, so that the page "
                        f"follows mkdocs.yml when the {name} changes",
                        found=f"{f.q.text!r} = {f.q.describe()}", expected=write,
                        other=f"mkdocs.yml extra.policy.{fact.id}"))
            elif f.q.unit == fact.unit:
                drifted.add((fact.id, page.path))
                reported.add((page.path, f.line, f.col))
                problems.append(Problem(
                    page.path, f.line, f.col, page.lang,
                    f"says {f.q.describe()}; the {name} is {fact.describe()}: write {write}",
                    found=f"{f.q.text!r} = {f.q.describe()}", expected=f"{fact.describe()} (write {write})",
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
            why = (f"which its front matter declares (policy: [{fid}])" if fid in page.declared else
                   f"which {where[0].path}:{where[1].line} says" if where else "which this page declares")
            write = placeholder_for(fact, None, page.lang)
            problems.append(Problem(
                page.path, page.declared_line if fid in page.declared else _h1_line(page), 1, page.lang,
                f"does not say the {fact_name(fid)} ({fact.describe()}), {why}: write {write} where the "
                f"{language_name(page.lang)} text speaks of it"
                + (f", or remove {fid} from its `policy:` list" if fid in page.declared else ""),
                found="(missing)", expected=f"{fact.describe()} (write {write})",
                other=f"{where[0].path}:{where[1].line}: {where[0].line_text(where[1].line)}" if where
                else f"mkdocs.yml extra.policy.{fid}"))
    return reported
