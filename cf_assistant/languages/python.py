"""The Python language: validity with tree-sitter, canonical token spelling, token kinds.

Validity is tree-sitter-python's verdict (the paper's): code is valid when its tree holds no ERROR
and no MISSING node. Exact match compares `canonical` spellings, built from the stdlib tokenize
module's token sequence, so spacing, comments and quote style do not count. `tokens` is the token
list the metrics (BLEU, n-gram diversity) count. `token_kinds` labels any split of code (BPE
pieces included) as identifier, keyword-or-builtin or other for the CPD pre-training mask.

This module never runs the code it reads and knows nothing of torch or of the model.
"""

from __future__ import annotations

import ast
import builtins
import io
import keyword
import re
import textwrap
import tokenize
from typing import Iterator, Sequence

import tree_sitter_python
from tree_sitter import Language, Node, Parser

from cf_assistant.languages import Diagnostic, TokenKind, Validation, kinds_from_char_kinds

_PARSER = Parser(Language(tree_sitter_python.language()))
_BUILTIN_NAMES = frozenset(name for name in dir(builtins) if not name.startswith("_"))
_KEYWORDS = frozenset(keyword.kwlist) | frozenset(keyword.softkwlist) | {"print", "exec"}
_SKIPPED = {tokenize.ENCODING, tokenize.ENDMARKER, tokenize.NL, tokenize.COMMENT}
_MAX_DIAGNOSTICS = 5

# A lexer for text tokenize rejects (unterminated strings, stray characters, bad dedents).
_FALLBACK_TOKEN = re.compile(
    r"""(?P<string>[rRbBuUfF]{0,2}(?:'''[\s\S]*?(?:'''|$)|\"\"\"[\s\S]*?(?:\"\"\"|$)"""
    r"""|'(?:\\.|[^'\\\n])*(?:'|$)|"(?:\\.|[^"\\\n])*(?:"|$)))"""
    r"""|(?P<number>\d[\d_]*(?:\.\d*)?(?:[eE][+-]?\d+)?[jJ]?|\.\d+(?:[eE][+-]?\d+)?[jJ]?)"""
    r"""|(?P<name>[^\W\d]\w*)"""
    r"""|(?P<op>\*\*=?|//=?|>>=?|<<=?|->|:=|[-+*/%@&|^=!<>]=|[^\s\w])""",
    re.MULTILINE,
)


class PythonLanguage:
    """Python snippets (CoNaLa): tree-sitter validity, tokenize-based canonical form."""

    name = "python"
    match_metrics = ("exact_match", "codebert_score")  # what `cfa bench` reports (and BLEU-4)
    display_name = "Python"
    aliases = ("py",)

    def validate(self, code: str) -> Validation:
        if not code or not code.strip():
            return Validation(False, (Diagnostic("PY003", "empty code: write a Python statement"),))
        data = _encode(code)
        tree = _PARSER.parse(data)  # keep the tree alive while its nodes are in use
        root = tree.root_node
        if not root.has_error:
            return Validation(True)
        problems = [_diagnostic(node, data) for node in _error_nodes(root)]
        if not problems:  # has_error without a visible node: report at the start
            problems = [Diagnostic("PY001", "syntax error", 1, 1)]
        return Validation(False, tuple(problems[:_MAX_DIAGNOSTICS]))

    def canonical(self, code: str) -> str:
        return canonical(code)

    def token_kinds(self, tokens: Sequence[str]) -> list[TokenKind]:
        return token_kinds(tokens)

    def tokens(self, code: str) -> list[str]:
        return tokens(code)


def _encode(text: str) -> bytes:
    return text.encode("utf-8", "surrogatepass")


def _error_nodes(root: Node) -> Iterator[Node]:
    """ERROR and MISSING nodes in document order (not descending into an ERROR node)."""
    stack = [root]
    while stack:
        node = stack.pop()
        if node.is_error or node.is_missing:
            yield node
            continue
        if node.has_error:
            stack.extend(reversed(node.children))


def _position(data: bytes, byte_offset: int) -> tuple[int, int]:
    """1-based line and column (in characters) of a byte offset."""
    before = data[:byte_offset].decode("utf-8", "ignore")
    line = before.count("\n") + 1
    column = len(before) - (before.rfind("\n") + 1) + 1
    return line, column


def _diagnostic(node: Node, data: bytes) -> Diagnostic:
    line, column = _position(data, node.start_byte)
    if node.is_missing:
        return Diagnostic("PY002", f"missing '{node.type}': add it at line {line}, column {column}",
                          line, column)
    text = data[node.start_byte : node.end_byte].decode("utf-8", "replace").strip()
    snippet = text.splitlines()[0][:30] if text else ""
    return Diagnostic("PY001", f"syntax error near {snippet!r}", line, column)


# --- tokens and canonical form ------------------------------------------------------------------


def _tokenize(code: str) -> list[tokenize.TokenInfo] | None:
    """tokenize's tokens for `code`, or None when tokenize cannot read it."""
    out: list[tokenize.TokenInfo] = []
    try:
        for tok in tokenize.generate_tokens(io.StringIO(code).readline):
            if tok.type == tokenize.ERRORTOKEN and tok.string.strip():
                return None
            if tok.type != tokenize.ERRORTOKEN:
                out.append(tok)
    except tokenize.TokenError:
        pass  # EOF inside brackets: every character was read, the tokens so far are complete
    except (SyntaxError, ValueError):  # IndentationError, null bytes
        return None
    return out


def _fallback_tokens(code: str) -> list[str]:
    return [m.group(0) for m in _FALLBACK_TOKEN.finditer(code)]


def tokens(code: str) -> list[str]:
    """The code's tokens as written (no comments, newlines or indentation), for the metrics."""
    code = textwrap.dedent(code or "")
    toks = _tokenize(code)
    if toks is None:
        return _fallback_tokens(code)
    layout = _SKIPPED | {tokenize.NEWLINE, tokenize.INDENT, tokenize.DEDENT}
    return [t.string for t in toks if t.type not in layout]


def _normal_string(text: str) -> str:
    """A string literal in one quote style: the repr of its value when it has a constant value."""
    try:
        value = ast.literal_eval(text)
    except (ValueError, SyntaxError, MemoryError, RecursionError):
        return text  # f-strings and the like keep their spelling
    return repr(value) if isinstance(value, (str, bytes)) else text


def canonical(code: str) -> str:
    """One spelling per token sequence: one logical line per line, tokens joined by one space,
    string literals as the repr of their value, two spaces per indentation level, no comments.
    Untokenizable code gets the fallback lexer's tokens joined by spaces. Never raises."""
    code = textwrap.dedent(code or "").strip("\n")
    toks = _tokenize(code)
    if toks is None:
        return " ".join(_fallback_tokens(code))
    lines: list[str] = []
    line: list[str] = []
    depth = 0
    for tok in toks:
        if tok.type in _SKIPPED:
            continue
        if tok.type == tokenize.INDENT:
            depth += 1
        elif tok.type == tokenize.DEDENT:
            depth = max(depth - 1, 0)
        elif tok.type == tokenize.NEWLINE:
            if line:
                lines.append("  " * depth + " ".join(line))
            line = []
        else:
            line.append(_normal_string(tok.string) if tok.type == tokenize.STRING else tok.string)
    if line:
        lines.append("  " * depth + " ".join(line))
    return "\n".join(lines)


# --- token kinds --------------------------------------------------------------------------------


def _leaf_kind(node: Node) -> TokenKind | None:
    """The kind of a tree-sitter leaf, None for leaves that only carry punctuation."""
    kind = node.type
    if kind == "identifier":
        parent = node.parent
        is_attribute = parent is not None and parent.type == "attribute" and (
            parent.child_by_field_name("attribute") == node)
        text = node.text.decode("utf-8", "ignore") if node.text else ""
        if not is_attribute and (text in _BUILTIN_NAMES or text in _KEYWORDS):
            return TokenKind.KEYWORD
        return TokenKind.IDENTIFIER
    if kind in ("true", "false", "none"):
        return TokenKind.KEYWORD
    if kind in ("integer", "float", "string_content", "escape_sequence"):
        return TokenKind.IDENTIFIER
    if not node.is_named and kind.isidentifier():  # keywords: def, in, not, lambda, print ...
        return TokenKind.KEYWORD
    return None


def _leaves(root: Node) -> Iterator[Node]:
    stack = [root]
    while stack:
        node = stack.pop()
        if node.child_count == 0 or node.type == "string_content":
            yield node
        else:
            stack.extend(reversed(node.children))


def _char_offsets(text: str, data: bytes) -> list[int]:
    """For each byte offset (and the end), the character offset it falls in."""
    if len(data) == len(text):
        return list(range(len(text) + 1))
    offsets: list[int] = []
    for i, ch in enumerate(text):
        offsets.extend([i] * len(_encode(ch)))
    offsets.append(len(text))
    return offsets


def _fallback_char_kinds(text: str, kinds: list[TokenKind | None]) -> None:
    """Fill characters no tree-sitter leaf covered, from the fallback lexer."""
    for match in _FALLBACK_TOKEN.finditer(text):
        start, end = match.span()
        if any(k is not None for k in kinds[start:end]):
            continue
        if match.lastgroup == "name":
            is_kw = match.group(0) in _KEYWORDS or match.group(0) in _BUILTIN_NAMES
            kind = TokenKind.KEYWORD if is_kw else TokenKind.IDENTIFIER
        elif match.lastgroup in ("number", "string"):
            kind = TokenKind.IDENTIFIER
        else:
            kind = TokenKind.OTHER
        kinds[start:end] = [kind] * (end - start)


def char_kinds(text: str) -> list[TokenKind]:
    """One kind per character of `text`; works on invalid code too."""
    data = _encode(text)
    offsets = _char_offsets(text, data)
    kinds: list[TokenKind | None] = [None] * len(text)
    tree = _PARSER.parse(data)  # keep the tree alive while its nodes are in use
    for leaf in _leaves(tree.root_node):
        kind = _leaf_kind(leaf)
        start, end = offsets[leaf.start_byte], offsets[min(leaf.end_byte, len(data))]
        if leaf.type == "comment" or end <= start:
            kind = TokenKind.OTHER
        kinds[start:end] = [kind] * (end - start)
    _fallback_char_kinds(text, kinds)
    return [TokenKind.OTHER if k is None else k for k in kinds]


def token_kinds(tokens: Sequence[str]) -> list[TokenKind]:
    """One kind per token; `tokens` concatenate to the code (BPE pieces allowed)."""
    return kinds_from_char_kinds(tokens, char_kinds("".join(tokens)))


PYTHON = PythonLanguage()
