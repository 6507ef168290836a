"""Work that reads only the sources, run beside the build: one forked process, jobs in the order given.

The hooks start such work when the build starts and collect it at the end of the outermost build (the policy
guard, the translation statuses): on a machine with a second core it costs the build nothing, and its problems
still stop the build before anything is published (helpcenter.build publishes only a finished build). Under
`mkdocs serve` (a server must not fork) and where fork is missing, a job runs at once, in the caller's process.
Plain Python: nothing here knows MkDocs.
"""
from __future__ import annotations

import multiprocessing
from concurrent.futures import Future, ProcessPoolExecutor
from typing import Any, Callable

_pool: dict[str, ProcessPoolExecutor | None] = {"pool": None}


def can_fork() -> bool:
    return "fork" in multiprocessing.get_all_start_methods()


class Job:
    """One call of ``fn(*args, **kwargs)``: in the background process, or already done (``inline``)."""

    def __init__(self, fn: Callable[..., Any], *args, inline: bool = False, **kwargs):
        self._future: Future | None = None
        self._value: Any = None
        self._error: BaseException | None = None
        if inline or not can_fork():
            try:
                self._value = fn(*args, **kwargs)
            except Exception as exc:  # raised again by result(), where the caller handles it
                self._error = exc
            return
        if _pool["pool"] is None:
            _pool["pool"] = ProcessPoolExecutor(max_workers=1, mp_context=multiprocessing.get_context("fork"))
        self._future = _pool["pool"].submit(fn, *args, **kwargs)

    def result(self) -> Any:
        """The call's value; its exception, raised again."""
        if self._future is not None:
            return self._future.result()
        if self._error is not None:
            raise self._error
        return self._value

    def cancel(self) -> None:
        if self._future is not None:
            self._future.cancel()


def shutdown() -> None:
    """End the background process (after a build, or when the build stopped)."""
    pool, _pool["pool"] = _pool["pool"], None
    if pool is not None:
        pool.shutdown(wait=False, cancel_futures=True)
