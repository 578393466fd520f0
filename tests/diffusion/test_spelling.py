"""Slips of the fingers in frame words are mended; real words, names and quotes are not."""

from __future__ import annotations

import pytest

from cf_assistant.diffusion.spelling import mend
from cf_assistant.diffusion.utterance import prepare


@pytest.mark.parametrize("slipped, mended", [
    ("eqaul to 50", "equal to 50"), ("strats with red", "starts with red"),
    ("blnak cells", "blank cells"), ("Last mnth", "Last month"), ("abov avg", "above avg"),
    ("values greaterthan 5", "values greater than 5"), ("Dupliactes", "Duplicates"),
    ("botom 20 percnet", "bottom 20 percent"), ("colour scael", "colour scale"),
])
def test_a_slipped_rule_word_is_mended(slipped, mended):
    assert mend(slipped) == mended


@pytest.mark.parametrize("kept", [
    "contains bank", "some values", "Smiht orders", "Stauts is Done",  # a word, no rule word near, two near
    'contains "blnak"', "qty over 5", "Acme sales",
])
def test_words_names_quotes_and_ambiguous_slips_are_kept(kept):
    assert mend(kept) == kept


def test_only_the_cf_path_with_text_slots_mends():
    assert prepare("blnak cells", "cf", text_slots=True) == "blank cells"
    assert prepare("blnak cells", "cf") == "blnak cells"
    assert prepare("lsit fiels", "bash", text_slots=True) == "lsit fiels"


def test_a_sheets_name_is_never_mended():
    from cf_assistant.diffusion.spelling import mend

    assert mend("values is at least 3 in sheet Vending") == "values is at least 3 in sheet Vending"
    assert mend("values greather than 5 on the Vending tab") == "values greater than 5 on the Vending tab"


def test_the_readers_mend_strictly():
    assert mend("non-eror cells", strict=True) == "non-error cells"
    assert mend("slowest laps", strict=True) == "slowest laps" and mend("slowest laps") == "lowest laps"
    assert mend("df.nlargest(3)", strict=True) == "df.nlargest(3)"
