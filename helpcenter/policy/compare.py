"""Comparing two languages of a page: the same quantities, as multisets (order and wording are free)."""
from __future__ import annotations

from collections import Counter

from .page import Found, Page, _h1_line, _nearest, _where, language_name
from .report import Problem, Waiver


def compare(ref: Page, other: Page, problems: list[Problem], waivers: list[Waiver],
            reported: set[tuple[str, int, int]] = frozenset()) -> None:
    """(a) `other` states the same quantities as `ref` (as multisets; order and wording are free).
    A quantity already `reported` (path, line, col) by the fact check is not reported again."""
    ref_items = list(ref.found)
    oth_items = list(other.found)
    ref_count = Counter(f.q.key for f in ref_items)
    oth_count = Counter(f.q.key for f in oth_items)
    common = ref_count & oth_count
    pairs: list[tuple[Found, Found]] = []
    left_ref: list[Found] = []
    left_oth: list[Found] = []
    budget = Counter(common)
    pending: dict[tuple, list[Found]] = {}
    for f in ref_items:
        if budget[f.q.key] > 0:
            budget[f.q.key] -= 1
            pending.setdefault(f.q.key, []).append(f)
        else:
            left_ref.append(f)
    for f in oth_items:
        queue = pending.get(f.q.key)
        if queue:
            pairs.append((queue.pop(0), f))
        else:
            left_oth.append(f)
    # Pair what is left: same unit first (a drifted value), then in order (a drifted unit).
    drifted: list[tuple[Found | None, Found | None]] = []
    for f in list(left_oth):
        match = next((r for r in left_ref if r.q.unit == f.q.unit), None)
        if match is not None:
            drifted.append((match, f))
            left_ref.remove(match)
            left_oth.remove(f)
    while left_oth and left_ref:
        drifted.append((left_ref.pop(0), left_oth.pop(0)))
    drifted.extend((None, f) for f in left_oth)
    drifted.extend((r, None) for r in left_ref)

    def anchor(r: Found) -> tuple[int, int]:
        """Where a missing quantity belongs in `other`: after the counterpart of the nearest earlier one."""
        best = None
        for rp, op in pairs:
            if (rp.line, rp.col) <= (r.line, r.col) and (best is None or (rp.line, rp.col) > (best[0].line, best[0].col)):
                best = (rp, op)
        if best:
            return best[1].line, best[1].col
        return _h1_line(other), 1

    ref_name = language_name(ref.lang)
    for r, o in drifted:
        if (r and r.waived) or (o and o.waived):
            continue                 # listed once, as an exception of the page it is marked on
        if o and (other.path, o.line, o.col) in reported:
            continue                 # one report per mistake: the fact check named it with what to write
        if r and o:
            problems.append(Problem(
                other.path, o.line, o.col, other.lang,
                f"says {o.q.describe()} where the {ref_name} page says {r.q.describe()} ({ref.path}:{r.line}): "
                f"say the same as the {ref_name} page",
                found=f"{o.q.text!r} = {o.q.describe()}", expected=r.q.describe(), other=_where(ref, r.line)))
        elif o:
            problems.append(Problem(
                other.path, o.line, o.col, other.lang,
                f"says {o.q.describe()}, which the {ref_name} page ({ref.path}) does not say: remove it, or add it "
                f"to the {ref_name} page and every translation",
                found=f"{o.q.text!r} = {o.q.describe()}",
                expected=f"the same quantities as {ref.path}", other=_nearest(ref, o.line)))
        elif r:
            if (ref.path, r.line, r.col) in reported:
                continue             # the reference page's own mistake, reported there
            line, col = anchor(r)
            problems.append(Problem(
                other.path, line, col, other.lang,
                f"does not say {r.q.describe()}, which the {ref_name} page says ({ref.path}:{r.line}): "
                f"add it to the translation",
                found="(missing)", expected=r.q.describe(), other=_where(ref, r.line)))
