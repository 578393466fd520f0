"""The `reference` generator: each record's own code as its only candidate.

It checks the benchmark itself: every match metric must be 100 on it, and its validity figure is
the share of the split's reference codes that the language's parser accepts. It knows nothing of
the metrics.
"""

from __future__ import annotations

from typing import Sequence

from cf_assistant.data import Record


class ReferenceGenerator:
    name = "reference"
    uses_training_records = False

    def __init__(self, lang: str = "", train_records: Sequence[Record] = ()):
        self.lang = lang

    def generate(self, records: Sequence[Record], k: int) -> list[list[str]]:
        return [[r.code] if k > 0 else [] for r in records]
