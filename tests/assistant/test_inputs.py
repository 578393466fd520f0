"""The user's inputs: request checks, pasted values, CSV columns, dates."""

from __future__ import annotations

from datetime import date

import pytest

from cf_assistant.assistant import inputs
from cf_assistant.assistant.inputs import check_utterance, parse_values
from cf_assistant.errors import BadInputError


@pytest.mark.parametrize(
    "text,match",
    [
        ("", "empty"),
        ("   \n\t ", "empty"),
        ("x" * 10_000, "10,000 characters"),
        ("highlight\x00cells", "binary"),
        ("\x01\x02\x03\x04abc", "binary"),
        ("\udc80\udcff", "binary"),
    ],
)
def test_bad_utterances(text, match):
    with pytest.raises(BadInputError, match=match):
        check_utterance(text)


def test_ordinary_text_in_any_script_is_accepted():
    assert check_utterance(" 突出显示 包含 经济 的单元格\n") == "突出显示 包含 经济 的单元格"
    assert check_utterance("x" * inputs.MAX_UTTERANCE_CHARS) == "x" * inputs.MAX_UTTERANCE_CHARS


def test_parse_values():
    assert parse_values("3,7,,abc") == ["3", "7", "", "abc"]
    assert parse_values('"1,200",7') == ["1,200", "7"]
    for bad in ("", "  ", "a\nb", 'x,"unclosed', "\x00\x01"):
        with pytest.raises(BadInputError):
            parse_values(bad)


def test_read_csv_column(tmp_path):
    path = tmp_path / "t.csv"
    path.write_text("Name,Sales\na,5\nb,50\nc\n", encoding="utf-8")
    data = inputs.read_csv_column(path, "sales")
    assert data.target == 1 and data.labels == ("5", "50", "") and data.range_ref == "B2:B4"
    with pytest.raises(BadInputError, match="no column 'Price'"):
        inputs.read_csv_column(path, "Price")
    with pytest.raises(BadInputError, match="no such CSV file"):
        inputs.read_csv_column(tmp_path / "missing.csv", "Sales")
    (tmp_path / "bin.csv").write_bytes(b"\x00\x01\x02")
    with pytest.raises(BadInputError, match="binary"):
        inputs.read_csv_column(tmp_path / "bin.csv", "Sales")


def test_parse_today():
    assert inputs.parse_today("2024-03-05") == date(2024, 3, 5)
    with pytest.raises(BadInputError, match="YYYY-MM-DD"):
        inputs.parse_today("05/03/2024")
