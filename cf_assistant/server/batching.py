"""Micro-batching: the suggest requests that arrive together share one model call per language.

`await batcher.submit(lang, text, k, job)` puts a request on its language's bounded asyncio queue
(a full queue raises `Overloaded`: the caller answers 503 with Retry-After) and waits for its
result. One worker task per language takes the first waiting request, then up to `max_batch` in
all of those waiting or arriving within `max_wait_ms`, and runs ONE `sample(lang, texts, k)` per
distinct k on a model thread (the event loop never runs the model). With `model_threads` n > 1
(the model pool's size) up to n batches are in the model at once: a batch is gathered as soon as
a model thread is free, so on two cores two single-threaded model calls run side by side. Each
request's own work after the model, `finish(job, samples, batch)` (repairs, validation,
execution on the user's values, ranking, examples), runs in a separate finishing pool, so that the
next batch's model call starts meanwhile; a lone request (nothing else queued) runs both on the
model thread, one thread hop fewer. A request whose caller gave up (its time limit) is
dropped before the model sees it. When a batched model call fails, its requests are sampled one by
one, so one bad request fails alone.

`stats()` gives the batch-size histogram and the counts of requests, rejections and failures.
This module knows nothing of HTTP or of what a request means.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections import Counter
from concurrent.futures import Executor
from dataclasses import dataclass, field
from typing import Any, Callable

log = logging.getLogger("cf_assistant.server")


class Overloaded(Exception):
    """The language's queue is full."""


@dataclass
class _Item:
    text: str
    k: int
    job: Any
    future: asyncio.Future = field(repr=False)


class Batcher:
    def __init__(self, sample: Callable[[str, list[str], int], list],
                 finish: Callable[[Any, list, dict], Any],
                 model_pool: Executor, finish_pool: Executor, max_batch: int = 8,
                 max_wait_ms: float = 2.0, queue_size: int = 256, model_threads: int = 1):
        """`model_threads`: model calls at once (at most the model pool's threads)."""
        if max_batch < 1 or queue_size < 1 or max_wait_ms < 0 or model_threads < 1:
            raise ValueError("max_batch, queue_size and model_threads must be >= 1 and max_wait_ms >= 0")
        self.sample, self.finish = sample, finish
        self.model_pool, self.finish_pool = model_pool, finish_pool
        self.max_batch, self.max_wait = max_batch, max_wait_ms / 1000
        self.queue_size = queue_size
        self._slots = asyncio.Semaphore(model_threads)  # free model threads, for every language
        self._queues: dict[str, asyncio.Queue] = {}
        self._workers: dict[str, asyncio.Task] = {}
        self._calls: set[asyncio.Task] = set()  # batches in the model now
        self.histogram: Counter[int] = Counter()
        self.counts: Counter[str] = Counter()
        self._pending: Counter[str] = Counter()  # per language: submitted, not yet answered

    async def submit(self, lang: str, text: str, k: int, job: Any) -> Any:
        """The result of `finish(job, samples, batch)` (`batch`: the model call's size and
        milliseconds); raises Overloaded, or what finish raised."""
        queue = self._queue(lang)
        item = _Item(text, k, job, asyncio.get_running_loop().create_future())
        try:
            queue.put_nowait(item)
        except asyncio.QueueFull:
            self.counts["rejected"] += 1
            raise Overloaded(f"the {lang} queue is full ({self.queue_size} waiting)") from None
        self.counts["submitted"] += 1
        self._pending[lang] += 1
        item.future.add_done_callback(lambda _f: self._pending.update({lang: self._pending[lang] - 1}))
        return await item.future

    def _queue(self, lang: str) -> asyncio.Queue:
        if lang not in self._queues:
            self._queues[lang] = asyncio.Queue(self.queue_size)
            self._workers[lang] = asyncio.create_task(self._work(lang), name=f"batcher-{lang}")
        return self._queues[lang]

    async def close(self) -> None:
        tasks = [*self._workers.values(), *self._calls]
        for task in tasks:
            task.cancel()
        for task in tasks:
            try:
                await task
            except asyncio.CancelledError:
                pass
        self._workers.clear()
        self._calls.clear()
        self._queues.clear()

    def stats(self) -> dict[str, Any]:
        return {"batches": {str(size): n for size, n in sorted(self.histogram.items())},
                "queued": {lang: q.qsize() for lang, q in self._queues.items()},
                **dict(self.counts)}

    async def _work(self, lang: str) -> None:
        """Gather a batch whenever a model thread is free, and start its model call."""
        queue = self._queues[lang]
        while True:
            await self._slots.acquire()
            try:
                batch = [item for item in await self._collect(lang, queue) if not item.future.done()]
            except BaseException:
                self._slots.release()
                raise
            if not batch:
                self._slots.release()
                continue
            self.histogram[len(batch)] += 1
            call = asyncio.create_task(self._call(lang, batch, alone=len(batch) == 1 and queue.empty()))
            self._calls.add(call)
            call.add_done_callback(self._called)

    def _called(self, call: asyncio.Task) -> None:
        self._calls.discard(call)
        self._slots.release()

    async def _call(self, lang: str, batch: list[_Item], alone: bool) -> None:
        """One batch's model calls (one per distinct k), holding a model thread."""
        if alone:  # nobody waits for the model: no extra thread hop
            await self._run_alone(lang, batch[0])
            return
        for k in sorted({item.k for item in batch}):
            group = [item for item in batch if item.k == k]
            try:
                await self._run(lang, group, k)
            except asyncio.CancelledError:
                raise
            except Exception as exc:  # never let the worker die
                log.error("batch of %d failed: %r", len(group), exc)
                for item in group:
                    _settle(item.future, error=exc)

    async def _collect(self, lang: str, queue: asyncio.Queue) -> list[_Item]:
        """The first waiting request, then those queued; it waits up to max_wait for more only
        while other requests are in flight (their clients may send the next one): a lone
        client never waits."""
        loop = asyncio.get_running_loop()
        items = [await queue.get()]
        deadline = loop.time() + self.max_wait
        while len(items) < self.max_batch:
            try:
                items.append(queue.get_nowait())
                continue
            except asyncio.QueueEmpty:
                pass
            left = deadline - loop.time()
            if left <= 0 or self._pending[lang] <= len(items):
                break
            try:
                async with asyncio.timeout(left):  # no task of its own, as wait_for makes
                    items.append(await queue.get())
            except TimeoutError:
                break
        return items

    async def _run(self, lang: str, group: list[_Item], k: int) -> None:
        loop = asyncio.get_running_loop()
        start = loop.time()
        try:
            samples = await loop.run_in_executor(self.model_pool, self.sample, lang, [i.text for i in group], k)
        except Exception as exc:
            if len(group) == 1:
                self.counts["failed"] += 1
                _settle(group[0].future, error=exc)
                return
            self.counts["split"] += 1
            for item in group:  # one bad request must not fail the others
                await self._run(lang, [item], k)
            return
        batch = {"size": len(group), "model_ms": round((loop.time() - start) * 1000, 1)}
        for item, item_samples in zip(group, samples):
            self.finish_pool.submit(self._finish_into, loop, item, item_samples, batch)

    async def _run_alone(self, lang: str, item: _Item) -> None:
        """A lone request: its model call and its finish as one job on the model thread."""
        loop = asyncio.get_running_loop()
        try:
            value = await loop.run_in_executor(self.model_pool, self._sample_and_finish, lang, item)
        except Exception as exc:
            _settle(item.future, error=exc)
            return
        _settle(item.future, value=value)

    def _finish_into(self, loop: asyncio.AbstractEventLoop, item: _Item, samples: list, batch: dict) -> None:
        """`finish` on the finishing pool, its result or error handed straight to the request's future
        (one wake-up of the event loop, no executor future between them)."""
        try:
            value, error = self.finish(item.job, samples, batch), None
        except Exception as exc:
            value, error = None, exc
        try:
            loop.call_soon_threadsafe(_settle, item.future, error, value)
        except RuntimeError:  # the loop has closed (shutdown): nobody waits
            pass

    def _sample_and_finish(self, lang: str, item: _Item) -> Any:
        start = time.perf_counter()
        samples = self.sample(lang, [item.text], item.k)
        batch = {"size": 1, "model_ms": round((time.perf_counter() - start) * 1000, 1)}
        return self.finish(item.job, samples[0], batch)


def _settle(future: asyncio.Future, error: BaseException | None = None, value: Any = None) -> None:
    if future.done():  # the caller gave up (time limit) or went away
        return
    if error is not None:
        future.set_exception(error)
    else:
        future.set_result(value)
