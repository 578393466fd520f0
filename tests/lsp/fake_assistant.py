"""A real Assistant over a fake model, for the language server's end-to-end tests.

The server under test imports this module in its own process (`CFA_LSP_ASSISTANT=
fake_assistant:make`, with this folder on PYTHONPATH). `make()` replaces the pipeline's one
model hook (`source_factory`) with `FakeSource`, so everything after the model (validation,
ranking) is the real pipeline. Each model call is appended as one JSON line (the utterances) to
the file named by `CFA_FAKE_LOG`, so that tests can count model calls.
"""

from __future__ import annotations

import json
import os
import time

from cf_assistant.assistant import Assistant, pipeline

# utterance -> language -> (code, score) samples; the best-scoring Bash sample is invalid, so the
# pipeline's validation shows in what the server inserts.
ANSWERS = {
    "bash": [("find /tmp -name 'unterminated", -0.01), ("find /tmp -name '*.txt'", -0.1),
             ("find /tmp -type f -name '*.txt'", -0.2), ("ls /tmp/*.txt", -0.3)],
    "python": [("for x in sorted(items):\n    print(x)", -0.1), ("print(sorted(items))", -0.2),
               ("def (:", -0.01)],
}
NOTHING_VALID = "nothing valid please"
EXPLODE = "explode please"  # the fake model raises, as a broken model would
SLOW = "slow please"  # the fake model takes SLOW_S seconds
SLOW_S = 3.0


class FakeSource:
    examples_order = "after"

    def __init__(self, lang: str):
        self.lang = lang

    def generate_scored(self, utterances: list[str], k: int) -> list[list[tuple[str, float]]]:
        log = os.environ.get("CFA_FAKE_LOG")
        if log:
            with open(log, "a", encoding="utf-8") as fh:
                fh.write(json.dumps({"lang": self.lang, "utterances": utterances}) + "\n")
        out = []
        if any(SLOW in text for text in utterances):
            time.sleep(SLOW_S)
        if any(EXPLODE in text for text in utterances):
            raise RuntimeError("fake model exploded\nwith a second line")
        for text in utterances:
            if NOTHING_VALID in text:
                out.append([("echo 'open", -0.1), ("def (:", -0.2)][:k])
            else:
                out.append(ANSWERS[self.lang][:k])
        return out


def make() -> Assistant:
    pipeline.source_factory = lambda lang, checkpoint, steps, seed: FakeSource(lang)
    return Assistant(examples="off")
