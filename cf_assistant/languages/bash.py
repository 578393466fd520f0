"""The Bash language: validity with bashlex (tree-sitter-bash for its gaps), canonical spelling,
token kinds, and NL2Bash's template (re-exported from `bash_template`).

Validity follows the paper: bashlex parses the command. Where bashlex does not implement a
construct that is valid Bash (`$((...))`, `$[...]`, `[[ ]]`, `case`, `for ((...))`, `((...))`,
arrays, `time`, `coproc`, `select`, nested backquotes, process substitutions it cannot read, `{`
or `}` as plain arguments), tree-sitter-bash decides that construct: it must parse without an
ERROR or MISSING node, and bashlex then checks the rest of the command with the construct blanked
out (same length, so positions stay true). Anything else bashlex rejects is invalid.

`canonical` collapses whitespace outside quotes (exact match). `token_kinds` marks utility names,
flags and reserved words as keywords, arguments and literals as identifiers, the rest as other.
This module never runs a command and knows nothing of torch or of the model.
"""

from __future__ import annotations

import functools
import re
from typing import Iterator, Sequence

import bashlex
from bashlex import subst
import tree_sitter_bash
from tree_sitter import Language, Node, Parser

from cf_assistant.languages import Diagnostic, TokenKind, Validation, kinds_from_char_kinds
from cf_assistant.languages.bash_template import normalise_surface, template

_PARSER = Parser(Language(tree_sitter_bash.language()))


def _ending(paramexpand):
    """bashlex 0.18 reads `${` by looking for its `}` with str.find; finding none, it starts the
    word over and never returns (`echo x'${'`, `a'${}${'`: a 5-character line hung the language
    server's diagnostics). This raises NotImplementedError there instead, as bashlex does for
    other things it lacks, so tree-sitter-bash decides; nothing else changes."""

    @functools.wraps(paramexpand)
    def guarded(parserobj, string, sindex):
        if string[sindex + 1 : sindex + 2] == "{" and "}" not in string[sindex + 2 :]:
            raise NotImplementedError("bashlex cannot read a ${ without a } after it")
        return paramexpand(parserobj, string, sindex)

    return guarded


subst._paramexpand = _ending(subst._paramexpand)
_MAX_DIAGNOSTICS = 5

# Constructs bashlex lacks, by tree-sitter node type: where they sit (a command or a word).
_COMMAND_GAPS = {"case_statement", "c_style_for_statement"}
_WORD_GAPS = {"arithmetic_expansion", "array", "process_substitution"}
_PREFIX_KEYWORDS = {"time", "coproc"}
_EXEC_WORDS = {"-exec", "-execdir", "-ok", "-okdir", "xargs", "sudo", "nohup", "time", "watch",
               "nice", "exec", "env"}


class BashLanguage:
    """One-line Bash commands (NL2Bash): bashlex validity, whitespace-normal canonical form."""

    name = "bash"
    match_metrics = ("exact_match", "template_match")  # what `cfa bench` reports
    display_name = "Bash"
    aliases = ("sh",)

    def validate(self, code: str) -> Validation:
        return validate(code)

    def canonical(self, code: str) -> str:
        return canonical(code)

    def token_kinds(self, tokens: Sequence[str]) -> list[TokenKind]:
        return token_kinds(tokens)

    def template(self, code: str) -> str:
        return template(code)


# --- positions ----------------------------------------------------------------------------------


_NON_ASCII = re.compile(r"[^\x00-\x7f]")


def _encode(text: str) -> bytes:
    """ASCII bytes for tree-sitter-bash: each non-ASCII character becomes one `a`.

    Non-ASCII characters are word characters to Bash, so the parse is the same; byte offsets
    then equal character offsets; and tree-sitter-bash 0.25.1 crashes (segfault, not every
    time) on some texts with astral characters, which this keeps away from it.
    """
    return _NON_ASCII.sub("a", text).encode("ascii")


def _char_offsets(text: str, data: bytes) -> list[int]:
    """For each byte offset (and the end), the character offset it falls in (the same)."""
    return list(range(len(data) + 1))


def _line_column(text: str, offset: int) -> tuple[int, int]:
    before = text[: max(0, min(offset, len(text)))]
    return before.count("\n") + 1, len(before) - (before.rfind("\n") + 1) + 1


# --- validity -----------------------------------------------------------------------------------


def _bashlex_error(code: str) -> Exception | None:
    try:
        bashlex.parse(code)
    except Exception as exc:  # ParsingError, NotImplementedError, or bashlex's own failures
        return exc
    return None


def _is_gap(node: Node) -> str | None:
    """'command' or 'word' when bashlex cannot read this tree-sitter node, else None."""
    kind, first = node.type, (node.children[0].type if node.child_count else "")
    if kind in _COMMAND_GAPS or (kind == "test_command" and first == "[["):
        return "command"
    if kind == "compound_statement" and first == "((":
        return "command"
    if kind in _WORD_GAPS:
        return "word"
    text = node.text or b""
    if kind == "command_substitution" and text.startswith(b"`") and b"\\`" in text:
        return "word"
    if kind == "word" and text in (b"{", b"}", b"{ }") and node.parent is not None and (
            node.parent.type == "command" and node.prev_sibling is not None):
        return "word"
    return None


def _gaps(root: Node) -> Iterator[tuple[Node, str]]:
    """The outermost gap constructs, plus bashlex-unknown keywords (`time`, `coproc`, `select`)."""
    stack = [root]
    while stack:
        node = stack.pop()
        where = _is_gap(node)
        if where:
            yield node, where
            continue
        if node.type == "command_name" and (node.text or b"") in (b"time", b"coproc"):
            yield node, "keyword"
        elif node.type == "select":
            yield node, "select"
        stack.extend(node.children)


def _mask(code: str, spans: list[tuple[int, int, str]]) -> str:
    """`code` with each (start, end) span replaced by a same-length stand-in that bashlex reads."""
    chars = list(code)
    for start, end, where in spans:
        filler = {"command": ":", "word": "x", "keyword": "", "select": "for"}[where]
        width = end - start
        chars[start:end] = list((filler + " " * width)[:width]) if width >= len(filler) else list(filler)
    return "".join(chars)


def _ts_diagnostic(root: Node, code: str, offsets: list[int]) -> Diagnostic:
    stack, node = [root], root
    while stack:
        node = stack.pop()
        if node.is_error or node.is_missing:
            break
        stack.extend(reversed([c for c in node.children if c.has_error or c.is_missing]))
    line, column = _line_column(code, offsets[min(node.start_byte, len(offsets) - 1)])
    if node.is_missing:
        return Diagnostic("BASH003", f"missing '{node.type}'", line, column)
    return Diagnostic("BASH003", "syntax error (tree-sitter-bash)", line, column)


def _bashlex_diagnostic(exc: Exception, code: str) -> Diagnostic:
    if isinstance(exc, bashlex.errors.ParsingError):
        position = len(code.rstrip()) if "EOF" in exc.message else exc.position
        line, column = _line_column(code, position)
        is_pair = type(exc).__name__ == "MatchedPairError"
        return Diagnostic("BASH002" if is_pair else "BASH001",
                          ("unterminated quote or bracket: " if is_pair else "") + exc.message,
                          line, column)
    return Diagnostic("BASH001", f"bashlex cannot parse this: {exc}", 1, 1)


def validate(code: str) -> Validation:
    """bashlex's verdict, with tree-sitter-bash deciding the constructs bashlex lacks."""
    return _validate(code)[0]


def validate_detail(code: str) -> tuple[Validation, bool]:
    """(validation, whether tree-sitter-bash was needed: bashlex alone rejects or lacks it)."""
    return _validate(code)


def _validate(code: str) -> tuple[Validation, bool]:
    if not code or not code.strip():
        empty = Diagnostic("BASH004", "empty command: write a Bash command")
        return Validation(False, (empty,)), False
    first = _bashlex_error(code)
    if first is None:
        return Validation(True), False
    return _validate_gaps(code, first), True


def _validate_gaps(code: str, first: Exception) -> Validation:
    data = _encode(code)
    tree = _PARSER.parse(data)  # keep the tree alive while its nodes are in use
    root = tree.root_node
    offsets = _char_offsets(code, data)
    gaps = list(_gaps(root))
    broken = [node for node, _ in gaps if node.has_error]
    if broken:
        return Validation(False, (_ts_diagnostic(broken[0], code, offsets),))
    spans = [(offsets[n.start_byte], offsets[n.end_byte], w) for n, w in gaps]
    error = _bashlex_error(_mask(code, spans)) if spans else first
    if error is None:
        return Validation(True)
    if not isinstance(error, bashlex.errors.ParsingError):  # bashlex admits it lacks something
        if not root.has_error:
            return Validation(True)
        return Validation(False, (_ts_diagnostic(root, code, offsets),))
    return Validation(False, (_bashlex_diagnostic(error, code),))


# --- plain commands: valid without asking bashlex ---------------------------------------------
#
# bashlex is pure Python (about 0.25 ms a command): a 2,000-line script costs half a second. Most
# lines of a script are plain: words, quotes and simple expansions, pipes, redirections, one
# level of command substitution. For those, the grammar below (atomic groups and possessive
# repeats: linear time on any text, 1 MB included) is a proof of validity that bashlex would
# agree with; anything it does not match goes to bashlex as before. Checked: no text it accepts
# is invalid among the 8,920 distinct lines of the Bash train+dev splits and 328,634 random
# one- and two-edit mutants of them (62,352 invalid); tests/languages/test_bash.py keeps a
# property test of it.

_EXPANSION = r"\$(?>[A-Za-z_]\w*+|\{[A-Za-z_]\w*+\}|[0-9@?*$])(?![{(])"  # $x ${x} $1 $@: no ${x:-y}


def _plain_word(substitution: str = "") -> str:
    """A word: plain characters, backslash escapes, 'single' (no $( or backquote inside: bashlex
    reads those in assignments) and "double" quotes (expansions only), and `substitution`."""
    return (r"(?>[A-Za-z0-9_./:=,+%@^~*?\[\]{}-]++|\\[^\n]|'(?>[^'\n$`]++|\$(?!\())*+'|"
            rf"\"(?>[^\"\\$`!\n]++|\\[^\n]|{_EXPANSION}{substitution})*+\"|{_EXPANSION}{substitution})++")


def _plain_command(word: str) -> tuple[str, str]:
    """(a redirection, a simple command) whose words are `word`."""
    redirect = rf"(?>[12]?>&[12](?![\w>&])|[0-2]?(?:>>|>|<)[ \t]*+{word}|&>[ \t]*+{word})"
    return redirect, rf"{word}(?>[ \t]++(?:{redirect}|{word}))*+"


_INNER = _plain_command(_plain_word())[1]
_INNER_PIPE = rf"[ \t]*+{_INNER}(?>[ \t]*+\|[ \t]*+{_INNER})*+[ \t]*+"
_PLAIN_WORD = _plain_word(rf"|\$\({_INNER_PIPE}\)|`{_INNER_PIPE}`")
_PLAIN_REDIRECT, _PLAIN_COMMAND = _plain_command(_PLAIN_WORD)
_PLAIN_SEPARATOR = r"\|\||&&|[|;]"
_PLAIN = re.compile(rf"[ \t]*+{_PLAIN_COMMAND}(?>[ \t]*+(?:{_PLAIN_SEPARATOR})[ \t]*+{_PLAIN_COMMAND})*+"
                    r"[ \t]*+[;&]?[ \t]*+")
_PLAIN_TOKEN = re.compile(rf"({_PLAIN_SEPARATOR}|&)|{_PLAIN_REDIRECT}|({_PLAIN_WORD})")
_INNER_FIRST = re.compile(r"(?:\$\(|`|\|)[ \t]*([^\s|`)]+)")  # first words inside $(...) and `...`
_RESERVED = {"if", "then", "else", "elif", "fi", "case", "esac", "for", "select", "while", "until",
             "do", "done", "in", "function", "time", "coproc", "{", "}", "!", "[[", "]]"}


def plainly_valid(code: str) -> bool:
    """True only for a one-line command that bashlex accepts, seen without running bashlex:
    plain words (see above), no reserved word where a command starts (nor `{` or `}` anywhere).
    False says nothing: ask `validate`."""
    if not _PLAIN.fullmatch(code):
        return False
    first = True
    for match in _PLAIN_TOKEN.finditer(code):
        if match.group(1):
            first = True
            continue
        word = match.group(2)
        if word and ((first and word in _RESERVED) or word in ("{", "}")):
            return False
        if word and ("$(" in word or "`" in word) and any(
                inner.group(1) in _RESERVED for inner in _INNER_FIRST.finditer(word)):
            return False
        first = False
    return True


# --- canonical form -----------------------------------------------------------------------------

_SCAN = re.compile(r"""'[^']*'?|"(?:\\.|[^"\\])*"?|\\\n|\\.|[ \t]+|\n\s*|[^'"\\\s]+|\\$""")


def canonical(code: str) -> str:
    """Whitespace outside quotes collapsed to one space (newlines kept as one newline), line
    continuations joined, surrounding whitespace dropped. Never raises."""
    parts: list[str] = []
    for piece in _SCAN.findall((code or "").strip()):
        if piece == "\\\n" or (piece[:1] in " \t" and not piece.strip()):
            if parts and parts[-1] not in (" ", "\n"):
                parts.append(" ")
        elif piece.startswith("\n"):
            while parts and parts[-1] == " ":
                parts.pop()
            parts.append("\n")
        else:
            parts.append(piece)
    return "".join(parts).strip()


# --- token kinds --------------------------------------------------------------------------------


def _word_kind(node: Node) -> TokenKind:
    """A word leaf: utility, flag or an argument that names a command (after -exec) is a keyword."""
    text = node.text or b""
    parent = node.parent
    if parent is not None and parent.type == "command_name":
        return TokenKind.KEYWORD
    if text in (b"\\;", b"{", b"}", b"{}", b"+"):  # find -exec's braces and terminator
        return TokenKind.OTHER
    if text.startswith(b"-") and len(text) > 1:
        return TokenKind.KEYWORD
    previous = node.prev_named_sibling
    if previous is not None and (previous.text or b"").decode("utf-8", "ignore") in _EXEC_WORDS:
        return TokenKind.KEYWORD
    return TokenKind.IDENTIFIER


def _leaf_kinds(node: Node) -> tuple[TokenKind, ...] | TokenKind:
    kind = node.type
    if kind == "word":
        return _word_kind(node)
    if kind == "number" and (node.text or b"").startswith(b"-"):  # xargs -0, kill -9
        return TokenKind.KEYWORD
    if kind in ("variable_name", "string_content", "number", "regex", "heredoc_body",
                "extglob_pattern", "special_variable_name", "ansi_c_string"):
        return TokenKind.IDENTIFIER
    if kind == "test_operator":
        return TokenKind.KEYWORD
    if not node.is_named and kind.isalpha():  # reserved words: for, do, done, if, case ...
        return TokenKind.KEYWORD
    return TokenKind.OTHER


def _leaves(root: Node) -> Iterator[Node]:
    stack = [root]
    while stack:
        node = stack.pop()
        if node.child_count == 0 or node.type in ("word", "raw_string", "test_operator"):
            yield node
        else:
            stack.extend(reversed(node.children))


def char_kinds(text: str) -> list[TokenKind]:
    """One kind per character of `text`; works on invalid commands too."""
    data = _encode(text)
    offsets = _char_offsets(text, data)
    kinds = [TokenKind.OTHER] * len(text)
    tree = _PARSER.parse(data)  # keep the tree alive while its nodes are in use
    for leaf in _leaves(tree.root_node):
        start, end = offsets[leaf.start_byte], offsets[min(leaf.end_byte, len(data))]
        if leaf.type == "raw_string" and end - start >= 2:  # 'quoted': quotes other, inside not
            kinds[start + 1 : end - 1] = [TokenKind.IDENTIFIER] * (end - start - 2)
            continue
        kind = _leaf_kinds(leaf)
        if leaf.type == "ERROR" or leaf.is_missing:
            continue
        if kind == TokenKind.KEYWORD and leaf.type == "word" and b"=" in (leaf.text or b""):
            cut = start + leaf.text.decode("utf-8", "ignore").index("=")  # --flag=value
            kinds[start:cut] = [TokenKind.KEYWORD] * (cut - start)
            kinds[cut + 1 : end] = [TokenKind.IDENTIFIER] * (end - cut - 1)
            continue
        kinds[start:end] = [kind] * (end - start)
    return kinds


def token_kinds(tokens: Sequence[str]) -> list[TokenKind]:
    """One kind per token; `tokens` concatenate to the command (BPE pieces allowed)."""
    return kinds_from_char_kinds(tokens, char_kinds("".join(tokens)))


BASH = BashLanguage()

__all__ = ["BASH", "BashLanguage", "canonical", "char_kinds", "validate_detail",
           "normalise_surface", "plainly_valid", "template", "token_kinds", "validate"]
