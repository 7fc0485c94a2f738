"""Run work over many URLs: hosts in parallel, each host's URLs one at a time, results streamed."""

from __future__ import annotations

import queue
import threading
from collections.abc import Callable, Generator
from concurrent.futures import ThreadPoolExecutor


def stream_by_host(
    by_host: dict[str, list],
    work: Callable,
    workers: int,
    stop: threading.Event,
    tick: float | None = None,
) -> Generator:
    """Run `work` over every item, hosts in parallel and each host's items in order; results
    arrive as they are ready (a bounded queue keeps memory flat). With `tick`, None comes out
    whenever no result came for `tick` seconds, so the caller can store what it holds while a
    slow page is under way. Setting `stop` lets the items under way finish and starts no new
    one. An exception `work` raises is raised here, in the caller's thread, once the items
    under way are done: it is never lost in a worker."""
    results: queue.Queue = queue.Queue(maxsize=max(4, workers * 4))
    halt = threading.Event()  # this stream's own end, so a shared `stop` is never toggled
    done = object()

    def one_host(items: list) -> None:
        try:
            for item in items:
                if stop.is_set() or halt.is_set():
                    break
                results.put(work(item))
        except BaseException as exc:  # handed to the consumer, which raises it
            results.put(_Failed(exc))
        finally:
            results.put(done)

    pool = ThreadPoolExecutor(max(1, min(workers, len(by_host))))
    try:
        for items in by_host.values():
            pool.submit(one_host, items)
        finished_hosts = 0
        while finished_hosts < len(by_host):
            try:
                item = results.get(timeout=tick)
            except queue.Empty:
                yield None
                continue
            if item is done:
                finished_hosts += 1
            elif isinstance(item, _Failed):
                raise item.error
            else:
                yield item
    finally:
        halt.set()
        while not results.empty():  # release workers blocked on a full queue
            results.get_nowait()
        pool.shutdown(wait=True, cancel_futures=True)


class _Failed:
    """An exception raised by `work` in a worker thread, on its way to the consumer."""

    def __init__(self, error: BaseException) -> None:
        self.error = error
