"""The worker pool for large sites: names split in chunks, each chunk checked in a forked process (no pickling of
facts or names), the reports joined in name order, so the result is the one a single process finds."""
from __future__ import annotations

from typing import Callable

from .report import Report

# Below this many files a check runs in one process: a worker pool costs more than it saves.
PARALLEL_MIN_FILES = 1500
_FORKED: dict = {}        # what worker processes inherit from run_pool (fork): no pickling of facts or names


def jobs_for(workers: int | None, files: int) -> int:
    """Processes to use: `workers` when given, else one per available CPU from PARALLEL_MIN_FILES files."""
    if workers is not None:
        return max(1, workers)
    import multiprocessing
    if files < PARALLEL_MIN_FILES or "fork" not in multiprocessing.get_all_start_methods():
        return 1
    try:
        import os
        return len(os.sched_getaffinity(0))
    except (AttributeError, OSError):   # pragma: no cover - not Linux
        return multiprocessing.cpu_count() or 1


def run_pool(check: Callable[..., Report], keys: list[str], args: tuple, jobs: int, memo_factory) -> Report:
    """`check(chunk, *args, memo=...)` over chunks of `keys` in `jobs` forked processes, joined in key order."""
    import gc
    import multiprocessing
    size = -(-len(keys) // (jobs * 4))
    chunks = [keys[i:i + size] for i in range(0, len(keys), size)]
    _FORKED.update(check=check, args=args, memo_factory=memo_factory)
    gc.freeze()        # the workers' garbage collector leaves the inherited objects alone (no copy-on-write)
    try:
        with multiprocessing.get_context("fork").Pool(jobs) as pool:
            parts = pool.map(_check_forked, chunks, chunksize=1)
    finally:
        gc.unfreeze()
        _FORKED.clear()
    report = Report()
    for part in parts:          # in name order, as one process would have found them
        report.problems.extend(part.problems)
        report.waivers.extend(part.waivers)
        report.pages += part.pages
        report.awaiting += part.awaiting
    return report


def _check_forked(keys: list[str]) -> Report:
    memo = _FORKED.setdefault("memo", _FORKED["memo_factory"]())      # one per worker process, for all its chunks
    return _FORKED["check"](keys, *_FORKED["args"], memo=memo)
