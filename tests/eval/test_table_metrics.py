"""The bench's table matches: the column, the scope and the rows a table candidate chooses."""

from __future__ import annotations

from cf_assistant.assistant import pipeline, tables
from cf_assistant.data import Record
from cf_assistant.eval import metrics

DATA = [["Order", "Amount", "Status"], ["A-1", "250", "Late"], ["A-2", "80", "On time"],
        ["A-3", "1200", "Late"]]


def test_column_scope_and_rows_are_judged_per_candidate():
    record = Record("t1", "late orders", 'TextEquals(c[2], "Late")', DATA, column="Status", scope="rows")
    cands = ['TextEquals(c[2], "Late")', 'TextEquals(c[0], "Late")', 'TextEquals(c[2], "Late")']
    facts = [{"column": "Status", "scope": "rows", "formatted": [0, 2]},
             {"column": "Order", "scope": "rows", "formatted": []},
             {"column": "Status", "scope": "cells", "formatted": [0, 2]}]
    v = metrics.judge_record("cf", record, cands, tables=facts)
    assert v["column_match"] == [True, False, True] and v["scope_match"] == [True, True, False]
    assert v["table_match"] == [True, False, True] and v["table_scope_match"] == [True, False, False]
    summary = metrics.summarise("cf", [record], [cands], [v])
    assert summary["table_match"]["top1"] == 100.0 and summary["table_match"]["n"] == 1
    assert "column_match" in metrics.reported_metrics("cf", summary)


def test_the_reference_names_the_column_without_a_column_field():
    record = Record("t2", "big ones", "GreaterThan(c[1], 100)", DATA)
    v = metrics.judge_record("cf", record, ["GreaterThan(c[1], 100)", "GreaterThan(c[0], 100)"],
                             tables=[{"column": "Amount", "scope": "cells", "formatted": [0, 2]},
                                     None])
    assert v["column_match"] == [True, False] and v["table_match"] == [True, False]
    assert "scope_match" not in v
    plain = metrics.judge_record("cf", record, ["GreaterThan(c[1], 100)"])
    assert "column_match" not in plain and "column_match" not in metrics.summarise(
        "cf", [record], [["GreaterThan(c[1], 100)"]], [plain])


class FakeSource:
    def generate_scored(self, utterances, k):
        return [[("TextEquals(Late)", -0.1), ("GreaterThan(100)", -0.2), ("Top(", -0.3)]
                for _ in utterances]


def test_indexed_candidates_name_their_column():
    data = tables.table_data(*tables.from_records(DATA))
    result = pipeline.Suggester("cf", source=FakeSource()).suggest("late orders", k=3, data=data)
    codes, facts = tables.indexed(result, 5)
    assert codes[:2] == ['TextEquals(c[2], "Late")', "GreaterThan(c[1], 100)"]
    assert facts[0] == {"column": "Status", "scope": "rows", "formatted": [0, 2]}
    assert codes[-1] == "Top(" and facts[-1] is None
