"""Python language module: tree-sitter validity, diagnostics, canonical form, tokens, kinds."""

from __future__ import annotations

import pytest
from hypothesis import given, settings, strategies as st

from cf_assistant.languages import TokenKind, get_language
from cf_assistant.languages.python import PYTHON, canonical, tokens

K, I, O = TokenKind.KEYWORD, TokenKind.IDENTIFIER, TokenKind.OTHER


@pytest.mark.parametrize("code", [
    "sum(d * 10 ** i for i, d in enumerate(x[::-1]))",
    "r = int(''.join(map(str, x)))",
    "print 'hello'",  # CoNaLa keeps Python 2 prints; tree-sitter-python accepts them
    "if x:\n    y = 1\nelse:\n    y = 2",
    "f'{a!r:>10}'",
    "lambda x: x + 1",
])
def test_valid(code):
    assert PYTHON.validate(code).valid


@pytest.mark.parametrize("code", ["x = = 1", "def f(:\n  pass", "x = (1,", "a $ b", "", "   ", "for"])
def test_invalid(code):
    result = PYTHON.validate(code)
    assert not result.valid and result.diagnostics


def test_diagnostic_positions_are_one_based():
    (diag,) = PYTHON.validate("x = 1\ny = = 2").diagnostics
    assert (diag.code, diag.line, diag.column) == ("PY001", 2, 5)
    (missing,) = PYTHON.validate("def f(:\n  pass").diagnostics
    assert missing.code == "PY002" and "')'" in missing.message and missing.line == 1


def test_diagnostic_column_counts_characters_not_bytes():
    (diag,) = PYTHON.validate("é = 'ü' = = 2").diagnostics
    assert diag.column == 5  # the error starts at the quote; in bytes it would be 6


def test_canonical_ignores_spacing_quotes_and_comments():
    assert canonical("x='a'  # note") == canonical('x = "a"')
    assert canonical("f( a,b )") == "f ( a , b )"
    assert canonical("x = 'a'") != canonical("x = 'b'")
    assert canonical("if x:\n        y = 1\nz = 2") == "if x :\n  y = 1\nz = 2"


@given(st.text(max_size=40))
@settings(max_examples=200, deadline=None)
def test_canonical_tokens_and_validate_never_raise(text):
    canonical(text)
    tokens(text)
    PYTHON.validate(text)
    PYTHON.token_kinds(list(text))


def test_tokens_fall_back_on_untokenizable_code():
    assert tokens("s = 'abc") == ["s", "=", "'abc"]
    assert tokens("x = (1,") == ["x", "=", "(", "1", ","]


def test_token_kinds_on_whole_tokens():
    toks = ["for", " ", "i", " ", "in", " ", "range", "(", "n", ")", ":", " ", "print", "(", "'ab'", ")"]
    kinds = PYTHON.token_kinds(toks)
    assert kinds == [K, O, I, O, K, O, K, O, I, O, O, O, K, O, I, O]


def test_token_kinds_on_bpe_pieces_and_attributes():
    assert PYTHON.token_kinds(["xs", ".", "for", "mat", "(", "1", ")"]) == [I, O, I, I, O, I, O]
    assert PYTHON.token_kinds(["le", "n(x", ")"]) == [K, K, O]


def test_token_kinds_on_invalid_code():
    kinds = PYTHON.token_kinds(["def", " ", "f", "(", ":", " ", "None"])
    assert kinds[0] == K and kinds[2] == I and kinds[-1] == K


def test_registry_finds_python():
    assert get_language("py") is PYTHON
