"""The micro-batcher: one model call for what arrives together, bounded queue, lone failures."""

from __future__ import annotations

import asyncio
import threading
import time
from concurrent.futures import ThreadPoolExecutor

import pytest

from cf_assistant.server.batching import Batcher, Overloaded


class Model:
    def __init__(self, delay=0.05):
        self.delay, self.calls, self.threads = delay, [], set()

    def sample(self, lang, texts, k):
        self.calls.append(list(texts))
        self.threads.add(threading.current_thread().name)
        if "boom" in texts:
            raise RuntimeError("bad batch")
        time.sleep(self.delay)
        return [[(t.upper(), 0.0)] * k for t in texts]


def _finish(job, samples, batch):
    if job == "fail-after":
        raise ValueError("finish failed")
    return (job, samples[0][0], batch["size"], threading.current_thread().name)


def _batcher(model, **kwargs):
    return Batcher(model.sample, _finish, ThreadPoolExecutor(1, thread_name_prefix="model"),
                   ThreadPoolExecutor(2, thread_name_prefix="work"), **kwargs)


def test_concurrent_requests_share_model_calls():
    model = Model()

    async def run():
        b = _batcher(model, max_batch=8, max_wait_ms=20)
        results = await asyncio.gather(*(b.submit("cf", f"t{i}", 2, i) for i in range(16)))
        await b.close()
        return b, results

    b, results = asyncio.run(run())
    assert [r[0] for r in results] == list(range(16))
    assert [r[1] for r in results] == [f"T{i}" for i in range(16)]
    assert len(model.calls) == 2 and all(len(c) == 8 for c in model.calls)
    assert b.stats()["batches"] == {"8": 2}
    assert model.threads == {"model_0"} and {r[3] for r in results} <= {"work_0", "work_1"}


def test_different_k_are_separate_calls_and_max_batch_holds():
    model = Model(delay=0.0)

    async def run():
        b = _batcher(model, max_batch=3, max_wait_ms=20)
        await asyncio.gather(*(b.submit("cf", f"t{i}", 1 + i % 2, i) for i in range(6)))
        await b.close()

    asyncio.run(run())
    assert all(len(c) <= 3 for c in model.calls) and sum(len(c) for c in model.calls) == 6
    assert all(len({int(t[1:]) % 2 for t in c}) == 1 for c in model.calls)  # each call: one k


def test_full_queue_raises_overloaded():
    model = Model(delay=0.2)

    async def run():
        b = _batcher(model, max_batch=1, queue_size=1, max_wait_ms=0)
        tasks = [asyncio.create_task(b.submit("cf", f"t{i}", 1, i)) for i in range(4)]
        done = await asyncio.gather(*tasks, return_exceptions=True)
        await b.close()
        return done

    done = asyncio.run(run())
    assert any(isinstance(d, Overloaded) for d in done)
    assert any(isinstance(d, tuple) for d in done)


def test_a_failing_request_fails_alone():
    model = Model(delay=0.0)

    async def run():
        b = _batcher(model, max_batch=8, max_wait_ms=20)
        jobs = [b.submit("cf", t, 1, t) for t in ("a", "boom", "b")] + [b.submit("cf", "c", 1, "fail-after")]
        done = await asyncio.gather(*jobs, return_exceptions=True)
        await b.close()
        return done

    a, boom, b_, failed = asyncio.run(run())
    assert a[1] == "A" and b_[1] == "B"
    assert isinstance(boom, RuntimeError) and isinstance(failed, ValueError)


def test_abandoned_requests_never_reach_the_model():
    model = Model(delay=0.2)

    async def run():
        b = _batcher(model, max_batch=1, max_wait_ms=0)
        first = asyncio.create_task(b.submit("cf", "first", 1, 1))
        await asyncio.sleep(0.05)  # the model is busy with "first"
        with pytest.raises(TimeoutError):
            await asyncio.wait_for(b.submit("cf", "gave-up", 1, 2), 0.01)
        await first
        await asyncio.sleep(0.05)
        await b.close()

    asyncio.run(run())
    assert ["gave-up"] not in model.calls


def test_a_lone_request_finishes_on_the_model_thread():
    model = Model(delay=0.0)

    async def run():
        b = _batcher(model, max_batch=8, max_wait_ms=0)
        got = await b.submit("cf", "alone", 2, "job")
        await b.close()
        return got

    job, code, size, thread = asyncio.run(run())
    assert (job, code, size) == ("job", "ALONE", 1) and thread == "model_0"


def test_model_threads_run_that_many_batches_at_once():
    for slots in (1, 2):
        model, busy, most = Model(delay=0.1), [0], [0]
        lock = threading.Lock()

        def sample(lang, texts, k, model=model):
            with lock:
                busy[0] += 1
                most[0] = max(most[0], busy[0])
            try:
                return model.sample(lang, texts, k)
            finally:
                with lock:
                    busy[0] -= 1

        async def run(slots=slots, sample=sample):
            b = Batcher(sample, _finish, ThreadPoolExecutor(slots, thread_name_prefix="model"),
                        ThreadPoolExecutor(2, thread_name_prefix="work"), max_batch=2, max_wait_ms=5,
                        model_threads=slots)
            results = await asyncio.gather(*(b.submit("cf", f"t{i}", 1, i) for i in range(8)))
            await b.close()
            return results

        most[0] = 0
        results = asyncio.run(run())
        assert [r[1] for r in results] == [f"T{i}" for i in range(8)]
        assert most[0] == slots
