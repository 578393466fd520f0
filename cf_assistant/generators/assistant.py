"""The `assistant` generator: what `cfa suggest` shows, in its order, as a benchmark generator.

The `diffusion` generator measures the model's raw samples; this one puts the same samples through
the whole suggest pipeline (`cf_assistant.assistant.pipeline.Suggester`): merging by canonical form, literal
repairs, validation and ranking. Its candidates are the answers in the order the assistant shows
them, then the invalid ones (as `--show-invalid` lists them), at most k. So its top-k is the
assistant's own top-k, and `cfa bench --generator assistant` measures the product rather than the
model. It gives the pipeline the data a user's selection would give, never the labels: a
one-column record's cells, as the add-in and `cfa suggest --values` do (execution evidence and the
words the cells hold then play their part: `assistant.cell_words`; `cells=False`, `cfa bench
--no-cells`, measures the request alone, a bare `cfa suggest "..."`); a table record's table (the
table set's, or one whose reference names its column with `c[i]`), as `cfa suggest --csv` does:
the pipeline chooses the column, and the candidates name it (`last_tables` keeps each one's
column, scope and rows for the bench). A record of several columns whose reference names none
gets no data. Every request is read on the judge's reference date (a month said by name, "for
July", is read on that day), so a result never depends on the day the bench runs. Its candidate source is the diffusion model, or
the auto-regressive baseline when `checkpoint` is one of its folders (so the pipeline's share of a
result can be told from the model's, for either model). As `cfa suggest` does, it adds corpus
examples (`cf_assistant.retrieval.examples`) where the model's order puts them, found among the training
records it is given (on dev: train-minus-dev, so never the answer itself); `examples` "after" or
"first" overrides that order and "off" measures the model's answers alone.

An utterance the pipeline refuses (for instance one over `suggest.MAX_UTTERANCE_CHARS`) gets no
candidate, as a user would get none. This module knows nothing of metrics.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Sequence

from cf_assistant.data import REFERENCE_DATE
from cf_assistant.errors import BadInputError, NoValidCandidateError


class AssistantGenerator:
    name = "assistant"
    uses_training_records = True  # passed on to the diffusion model's example bank

    def __init__(self, lang: str = "cf", train_records=None, checkpoint=None, examples: str = "auto",
                 cells: bool | None = None, **options):
        from cf_assistant.generators.autoregressive import AutoregressiveGenerator
        from cf_assistant.generators.diffusion import DiffusionGenerator
        from cf_assistant.assistant.pipeline import Suggester, example_options

        if checkpoint is not None and _is_autoregressive(Path(checkpoint)):
            self.model = AutoregressiveGenerator(lang=lang, checkpoint=checkpoint)
        else:
            self.model = DiffusionGenerator(lang=lang, train_records=train_records,
                                            checkpoint=checkpoint, **options)
        self.cells = cells is not False  # a one-column record's cells go to the pipeline
        options = example_options(examples)
        finder = _finder(lang, self.model, train_records) if options["examples"] else None
        self.suggester = Suggester(lang, source=self.model, examples=finder,
                                   examples_order=options["examples_order"])

    def generate_one(self, utterance: str, k: int, record=None) -> list[str]:
        """The assistant's candidates for one utterance: answers, then invalid ones; at most k.
        For a table record (`_table`) the pipeline gets its table and chooses the column; the
        codes name it (`c[i]`) and `last_tables` holds each candidate's column, scope and rows."""
        data = self._table(record)
        self.last_tables = None
        today = REFERENCE_DATE  # the judge's day: a bench never depends on the day it is run
        try:
            result = self.suggester.suggest(utterance, k=k, data=data, today=today)
        except NoValidCandidateError as exc:
            result = exc.result  # type: ignore[attr-defined]
        except BadInputError:
            return []
        if data is not None and data.selection is not None:
            from cf_assistant.assistant import tables

            codes, self.last_tables = tables.indexed(result, k)
            return codes
        return [c.code for c in (*result.candidates, *result.invalid)][:k]

    def _table(self, record):
        """A table record's `Data` for the pipeline, or None: a record of the table set (it
        names its `column`) or of the indexed-column dialect (its reference names `c[i]`)."""
        named = getattr(self.suggester.language, "column_named", None)
        if record is None or not record.data or named is None:
            return None
        if getattr(record, "column", None) is None and named(record.code) is None:
            return self._column(record) if self.cells else None
        from cf_assistant.assistant import tables

        return tables.table_data(*tables.from_records(record.data))

    @staticmethod
    def _column(record):
        """A one-column record's cells (header and data rows) as `cfa suggest --csv` reads a
        one-column file (`inputs.column_data`); None for a record of several columns."""
        from cf_assistant.assistant.inputs import column_data

        rows = [["" if v is None else str(v) for v in row] for row in record.data]
        if not rows or any(len(row) != 1 for row in rows):
            return None
        return column_data(rows[0][0], [row[0] for row in rows[1:]])

    def generate(self, records: Sequence, k: int) -> list[list[str]]:
        return [self.generate_one(r.utterance, k, r) for r in records]


def _finder(lang: str, model, train_records):
    """Examples from the model's example bank (built from `train_records`), else from
    `train_records` themselves; None without any (never the default data folder, which holds the
    dev records)."""
    from cf_assistant.retrieval.examples import finder_for

    return finder_for(lang, model, list(train_records or []))


def _is_autoregressive(folder: Path) -> bool:
    """Whether `folder` holds an auto-regressive baseline (its config.json says so)."""
    from cf_assistant.generators.ar_network import KIND

    try:
        return json.loads((folder / "config.json").read_text(encoding="utf-8")).get("kind") == KIND
    except (OSError, ValueError, AttributeError):
        return False  # the diffusion loader reports a missing or broken folder
