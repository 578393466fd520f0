from __future__ import annotations

from hypothesis import given, settings, strategies as st

from cf_assistant.diffusion import literals
from cf_assistant.diffusion.tokenizer import SPECIALS, CodeTokenizer



def test_round_trip_exact(tok, pairs):
    for code in [c for _, c in pairs] + ["  x = 1.50\n", "find . -name '*.py' | xargs grep -n \"TODO\"\n", "😀\t"]:
        ids = tok.encode(code)
        assert tok.decode(ids) == code
        assert "".join(tok.pieces(code)) == code
        assert len(tok.pieces(code)) == len(ids)


@settings(max_examples=60, deadline=None)
@given(st.text(max_size=40))
def test_round_trip_any_text(tok, text):
    if any(p in text for p in SPECIALS):  # <pad>, <eos>, slots: tokens, not text
        return
    assert tok.decode(tok.encode(text)) == text


def test_digits_and_punctuation_are_single_tokens(tok):
    pieces = tok.pieces("Between(123, 45)")
    digits = [p for p in pieces if any(ch.isdigit() for ch in p)]
    assert digits == ["1", "2", "3", "4", "5"]
    assert "(" in pieces and ")" in pieces and "," in pieces


def test_decode_cuts_at_pad_and_keeps_placeholders(tok):
    ids = tok.encode("GreaterThan(<N0>)") + [tok.pad_id] + tok.encode("junk")
    assert tok.decode(ids) == "GreaterThan(<N0>)"
    assert CodeTokenizer.from_str(tok.to_str()).encode("Top(10)") == tok.encode("Top(10)")


def test_literals_round_trip():
    cases = [
        ("greater than or equal to 25 and less than 50", "AND(GreaterThanEqual(25),LessThan(50))",
         "AND(GreaterThanEqual(<N0>),LessThan(<N1>))"),
        ("greater than 70,000rs", "GreaterThan(70000)", "GreaterThan(<N0>)"),
        ('where "All items rejected" to red', "TextEquals(All items rejected)", "TextEquals(<Q0>)"),
        ("top 10% values", "top(10%)", "top(<N0>%)"),
        ("cells equal to Complete", "TextEquals(Complete)", "TextEquals(Complete)"),
        ('Answer "1" repeatedly until "command" exits', "yes 1 | command", "yes <Q0> | <Q1>"),
    ]
    for utt, code, slotted in cases:
        lits = literals.extract(utt)
        assert literals.to_placeholders(code, lits) == slotted
        assert literals.from_placeholders(slotted, lits) == code


def test_unknown_slot_becomes_empty():
    assert literals.from_placeholders("Top(<N3>)", literals.extract("top 5")) == "Top()"


def test_with_words_spells_each_name_as_one_token_and_keeps_every_old_id(tok):
    names = ("TextStartsWith", "NotErrors", "Errors", "Yesterday", "TextEquals", "Equals")
    grown = tok.with_words(names)
    for name in names:
        assert len(grown.encode(name)) == 1, name
    for i in range(tok.vocab_size):  # the old ids keep their tokens
        assert grown.id_to_token(i) == tok.id_to_token(i)
    code = 'OR(TextStartsWith(<Q0>), NOT(TextEquals("Errors are NotErrors")))'
    assert grown.decode(grown.encode(code)) == code
    assert [grown.id_to_token(i) for i in grown.encode("TextEquals(<Q0>)")][0] == "TextEquals"
