"""NL2Bash's template normaliser, written anew from its description (EVALUATION.md).

`template(code)` turns a Bash command into the token string that template match compares: the
surface is normalised (`sudo` dropped, `/usr/bin/find` -> `find`, unicode dashes and quotes to
ASCII, a leading `$ ` prompt removed), the command is parsed (bashlex; a quote-aware word split
when bashlex cannot parse it), combined short flags are split (`-la` -> `-l -a`) for utilities
whose flags combine, a flag's argument is attached to its flag, and every open-vocabulary
argument becomes its semantic type (File, Directory, Path, Number, Size, Timespan, Permission,
Regex, Script, Username, Groupname, Unknown), keeping `+`/`-` on quantities. Utilities, flags,
pipes, operators and `-exec ... \\;` stay. Two commands template-match when their templates are
equal.

The flag tables cover the common utilities of NL2Bash; others are typed by the shape of their
arguments. This module never runs the commands and knows nothing of the model.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Iterable

import bashlex

# --- surface normalisation ----------------------------------------------------------------------

_ASCII = str.maketrans({
    "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-", "\u2015": "-",
    "\u2212": "-", "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'",
    "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"', "\u2033": '"', "\u00a0": " ",
})
_PROMPT = re.compile(r"^\s*(?:\$|#|>)\s+")


def normalise_surface(code: str) -> str:
    """ASCII dashes and quotes, no prompt, no surrounding whitespace."""
    text = (code or "").translate(_ASCII).strip()
    return _PROMPT.sub("", text, count=1).strip()


# --- utility tables -----------------------------------------------------------------------------


@dataclass(frozen=True)
class Spec:
    """How a utility reads its words: flags that take an argument (flag -> type), the types of
    its positional arguments (the last one repeats), whether short flags combine (`-la`), flags
    that replace the first positional (grep's `-e`), flags whose argument can only be attached
    (sed's `-i.bak`)."""

    takes: dict[str, str] = field(default_factory=dict)
    positional: tuple[str, ...] = ("Shape",)
    cluster: bool = True
    pattern_flags: frozenset[str] = frozenset()
    attached_only: frozenset[str] = frozenset()


_GREP = Spec({"-e": "Regex", "-f": "File", "-m": "Number", "-A": "Number", "-B": "Number",
              "-C": "Number", "--include": "Regex", "--exclude": "Regex",
              "--exclude-dir": "Regex", "--regexp": "Regex", "--file": "File",
              "--max-count": "Number", "--color": "Unknown", "--colour": "Unknown"},
             ("Regex", "File"), pattern_flags=frozenset({"-e", "-f", "--regexp", "--file"}))
_FILES = Spec(positional=("File",))
_PATHS = Spec(positional=("Path",))
_DIRS = Spec(positional=("Directory",))

SPECS: dict[str, Spec] = {
    "grep": _GREP, "egrep": _GREP, "fgrep": _GREP, "zgrep": _GREP,
    "sed": Spec({"-e": "Regex", "-f": "File", "--expression": "Regex", "--file": "File",
                 "-l": "Number"}, ("Regex", "File"),
                pattern_flags=frozenset({"-e", "-f", "--expression", "--file"}),
                attached_only=frozenset({"-i"})),
    "awk": Spec({"-F": "Regex", "-v": "Unknown", "-f": "File"}, ("Script", "File"),
                pattern_flags=frozenset({"-f"})),
    "xargs": Spec({"-I": "Unknown", "-i": "Unknown", "-n": "Number", "-P": "Number",
                   "-d": "Unknown", "-L": "Number", "-s": "Number", "-E": "Unknown",
                   "--max-args": "Number", "--max-procs": "Number", "--delimiter": "Unknown",
                   "--replace": "Unknown"}, ()),
    "sort": Spec({"-k": "Shape", "-t": "Unknown", "-o": "File", "-S": "Size", "-T": "Directory",
                  "--key": "Shape", "--field-separator": "Unknown", "--output": "File",
                  "--parallel": "Number"}, ("File",)),
    "head": Spec({"-n": "Number", "-c": "Size", "--lines": "Number", "--bytes": "Size"}, ("File",)),
    "tail": Spec({"-n": "Number", "-c": "Size", "-s": "Number", "--lines": "Number",
                  "--bytes": "Size"}, ("File",)),
    "cut": Spec({"-d": "Unknown", "-f": "Number", "-c": "Number", "-b": "Number",
                 "--delimiter": "Unknown", "--fields": "Number"}, ("File",)),
    "tar": Spec({"-f": "File", "-C": "Directory", "-T": "File", "-X": "File",
                 "--exclude": "Regex", "--file": "File", "--directory": "Directory"}, ("Path",)),
    "chmod": Spec({"--reference": "File"}, ("Permission", "Path")),
    "chown": Spec({"--reference": "File"}, ("Username", "Path")),
    "chgrp": Spec({"--reference": "File"}, ("Groupname", "Path")),
    "ls": Spec({"-I": "Regex", "--ignore": "Regex", "--sort": "Unknown", "-w": "Number",
                "--block-size": "Size", "--time-style": "Unknown", "--color": "Unknown"},
               ("Path",)),
    "wc": _FILES, "cat": _FILES, "less": _FILES, "more": _FILES, "tac": _FILES, "nl": _FILES,
    "md5sum": _FILES, "sha1sum": _FILES, "sha256sum": _FILES, "file": _FILES, "stat": _FILES,
    "touch": Spec({"-t": "Unknown", "-d": "Unknown", "-r": "File"}, ("File",)),
    "tee": _FILES, "rev": _FILES, "shuf": _FILES, "fold": Spec({"-w": "Number"}, ("File",)),
    "uniq": Spec({"-f": "Number", "-s": "Number", "-w": "Number"}, ("File",)),
    "diff": _PATHS, "comm": _FILES, "paste": Spec({"-d": "Unknown"}, ("File",)),
    "gzip": _FILES, "gunzip": _FILES, "bzip2": _FILES, "bunzip2": _FILES, "zcat": _FILES,
    "xz": _FILES, "unzip": Spec({"-d": "Directory"}, ("File",)), "zip": _PATHS,
    "du": Spec({"-d": "Number", "--max-depth": "Number", "-B": "Size", "--exclude": "Regex",
                "-t": "Size", "--threshold": "Size"}, ("Path",)),
    "df": Spec({"-t": "Unknown", "-x": "Unknown", "-B": "Size"}, ("Path",)),
    "cp": Spec({"-t": "Directory", "--target-directory": "Directory"}, ("Path",)),
    "mv": Spec({"-t": "Directory", "--target-directory": "Directory", "-S": "Unknown"}, ("Path",)),
    "rm": _PATHS, "ln": _PATHS, "rsync": Spec({"-e": "Unknown", "--exclude": "Regex"}, ("Path",)),
    "scp": Spec({"-P": "Number", "-i": "File", "-o": "Unknown"}, ("Path",)),
    "mkdir": Spec({"-m": "Permission", "--mode": "Permission"}, ("Directory",)),
    "rmdir": _DIRS, "cd": _DIRS, "pushd": _DIRS,
    "basename": _PATHS, "dirname": _PATHS, "readlink": _PATHS, "realpath": _PATHS,
    "ssh": Spec({"-p": "Number", "-i": "File", "-l": "Username", "-o": "Unknown",
                 "-L": "Unknown", "-R": "Unknown", "-D": "Number", "-F": "File"}, ("Unknown",)),
    "kill": Spec({"-s": "Unknown", "-n": "Number"}, ("Number",)),
    "pkill": Spec({"-u": "Username", "-U": "Username"}, ("Regex",)),
    "killall": Spec({"-u": "Username", "-s": "Unknown"}, ("Unknown",)),
    "ps": Spec({"-p": "Number", "-u": "Username", "-U": "Username", "-o": "Unknown",
                "-C": "Unknown", "-g": "Unknown", "--sort": "Unknown", "--pid": "Number"},
               ("Unknown",)),
    "top": Spec({"-n": "Number", "-d": "Number", "-u": "Username", "-p": "Number",
                 "-s": "Number", "-o": "Unknown"}, ("Unknown",)),
    "split": Spec({"-b": "Size", "-l": "Number", "-n": "Number", "-a": "Number",
                   "-C": "Size"}, ("File", "Unknown")),
    "date": Spec({"-d": "Unknown", "-r": "File", "--date": "Unknown"}, ("Unknown",)),
    "tr": Spec(positional=("Unknown",)),
    "echo": Spec(positional=("Unknown",)), "printf": Spec(positional=("Unknown",)),
    "seq": Spec({"-s": "Unknown", "-f": "Unknown"}, ("Number",)),
    "sleep": Spec(positional=("Shape",)),
    "watch": Spec({"-n": "Number"}, ()),
    "nice": Spec({"-n": "Number"}, ()),
    "rename": Spec(positional=("Regex", "File")),
    "column": Spec({"-s": "Unknown", "-c": "Number"}, ("File",)),
    "join": Spec({"-t": "Unknown", "-1": "Number", "-2": "Number"}, ("File",)),
    "mount": _PATHS, "umount": _PATHS,
    "find": Spec(cluster=False),  # handled by its own reader below
}

# Commands after which a whole command follows (their own flags first).
_PREFIX_COMMANDS = {"xargs", "watch", "nice", "nohup", "time", "exec", "env"}

_FIND_ARG_TYPES = {
    **{k: "Regex" for k in ("-name", "-iname", "-path", "-ipath", "-wholename", "-iwholename",
                            "-regex", "-iregex", "-lname", "-ilname")},
    **{k: "Timespan" for k in ("-mtime", "-atime", "-ctime", "-mmin", "-amin", "-cmin")},
    "-size": "Size", "-perm": "Permission", "-user": "Username", "-group": "Groupname",
    "-uid": "Number", "-gid": "Number", "-maxdepth": "Number", "-mindepth": "Number",
    "-links": "Number", "-inum": "Number", "-newer": "File", "-anewer": "File",
    "-cnewer": "File", "-samefile": "File", "-type": "Literal", "-xtype": "Literal",
    "-fstype": "Literal", "-regextype": "Literal", "-printf": "Unknown", "-fprintf": "File",
    "-fprint": "File", "-fprint0": "File", "-fls": "File", "-used": "Number",
    "-newermt": "Unknown", "-newerct": "Unknown", "-newerat": "Unknown",
}
_FIND_EXEC = {"-exec", "-execdir", "-ok", "-okdir"}
_FIND_OPERATORS = {"(": "\\(", ")": "\\)", "!": "!", "-not": "!", "-o": "-o", "-or": "-o",
                   "-a": "-a", "-and": "-a", ",": ","}
_QUANTITIES = {"Number", "Size", "Timespan"}
_SYSTEM_PATH = re.compile(r"^/(?:usr/)?(?:local/)?s?bin/|^/bin/|^/usr/")


# --- words: the unit the typing works on --------------------------------------------------------


@dataclass(frozen=True)
class Word:
    """One word of a command: its unquoted text, and the template of the command it substitutes
    (`$(...)`, backquotes, `<(...)`) when the whole word is one substitution."""

    text: str
    substitution: str | None = None
    kind: str = "word"  # "word" | "redirect" | "assignment"


def _typed(value: str, kind: str) -> str:
    """The semantic type of one argument value, with its sign kept on quantities."""
    if kind == "Literal":
        return value
    if kind == "Shape":
        kind = _shape(value)
        if kind == "Literal":
            return value
    if kind in _QUANTITIES and value[:1] in "+-":
        return value[0] + kind
    if kind == "Permission" and value[:1] in "-/+":
        return value[0] + kind
    return kind


_NUMBER = re.compile(r"^[+-]?\d+(?:\.\d+)?$")
_SIZE = re.compile(r"^[+-]?\d+(?:\.\d+)?[kKmMgGtTpPcbwB](?:i?B)?$")


def _shape(value: str) -> str:
    """The type of an argument no table types: by its look alone."""
    if _NUMBER.match(value):
        return "Number"
    if _SIZE.match(value):
        return "Size"
    if value.startswith("$"):
        return "Unknown"
    if value.endswith("/") and len(value) > 1:
        return "Directory"
    if "/" in value or value.startswith("~") or value in (".", ".."):
        return "Path"
    return "Unknown"


# --- one command --------------------------------------------------------------------------------


def _utility(word: str) -> str:
    if "/" in word:
        base = word.rstrip("/").rsplit("/", 1)[-1]
        if _SYSTEM_PATH.match(word) or base in SPECS:
            return base
        return "Program"
    if word.startswith("$"):
        return "Program"
    return word


def _drop_sudo(words: list[Word]) -> list[Word]:
    """Remove `sudo` and its own options from the front of a command."""
    while words and words[0].text in ("sudo", "doas"):
        words = words[1:]
        while words and words[0].text.startswith("-"):
            flag = words[0].text
            words = words[2:] if flag in ("-u", "-g", "-C", "-p") else words[1:]
    return words


def command_template(words: list[Word]) -> list[str]:
    """The template tokens of one simple command."""
    out: list[str] = []
    words = list(words)
    while words and words[0].kind == "assignment":
        out.append(_assignment(words.pop(0)))
    words = _drop_sudo([w for w in words if w.kind != "redirect"]) + [
        w for w in words if w.kind == "redirect"]
    if not words or words[0].kind == "redirect":
        return out + [w.text for w in words]
    head, rest = words[0], words[1:]
    if head.substitution is not None:
        return out + [f"$( {head.substitution} )"] + _arguments(rest, Spec())
    name = _utility(head.text)
    out.append(name)
    if name == "find":
        return out + _find_arguments(rest)
    if name in _PREFIX_COMMANDS:
        return out + _prefix_arguments(name, rest)
    return out + _arguments(rest, SPECS.get(name, Spec(cluster=False)), name)


def _assignment(word: Word) -> str:
    value = word.text.split("=", 1)[1] if "=" in word.text else ""
    if word.substitution is not None:
        return f"Variable=$( {word.substitution} )"
    return "Variable=" + (_typed(value, "Shape") if value else "")


_LITERAL_WORDS = {"{}", "[", "]", "[[", "]]", "{", "}", "/dev/null", "-"}


def _argument(word: Word, kind: str) -> str:
    if word.text in _LITERAL_WORDS:
        return word.text
    if word.substitution is not None:
        return f"$( {word.substitution} )"
    if word.kind == "redirect":
        return word.text
    if word.text.startswith("$") and kind not in ("Literal", "Shape"):
        return kind  # a variable stands for a value of the type this position takes
    return _typed(word.text, kind)


def _split_flag(word: str, spec: Spec, name: str) -> tuple[list[str], str | None, bool]:
    """(flags, attached argument, argument pending) for one word that starts with `-`."""
    if word.startswith("--"):
        flag, eq, value = word.partition("=")
        if eq:
            return [flag], value, False
        return [flag], None, flag in spec.takes
    if not spec.cluster or len(word) == 2:
        return [word], None, word in spec.takes
    flags: list[str] = []
    for i, letter in enumerate(word[1:], start=1):
        flag = "-" + letter
        flags.append(flag)
        if flag in spec.attached_only:
            return flags, None, False
        if flag in spec.takes:
            rest = word[i + 1 :]
            return flags, (rest or None), not rest
    return flags, None, False


_FLAG = re.compile(r"^-[-A-Za-z0-9?]")


def _is_flag(text: str) -> bool:
    return bool(_FLAG.match(text)) and not _NUMBER.match(text)


def _arguments(words: list[Word], spec: Spec, name: str = "") -> list[str]:
    """Flags (split, with their arguments typed) and positionals typed by the spec."""
    out: list[str] = []
    positional = list(spec.positional)
    if spec.pattern_flags and any(w.text in spec.pattern_flags for w in words):
        positional = positional[1:] or ["File"]
    n_positional, options_done, pending = 0, False, None
    for i, word in enumerate(words):
        text = word.text
        if pending is not None:
            out.append(_argument(word, spec.takes.get(pending, "Shape")))
            pending = None
        elif word.kind == "redirect" or word.substitution is not None:
            out.append(_argument(word, "Unknown"))
        elif text == "--" and not options_done:
            options_done = True
            out.append("--")
        elif not options_done and _is_flag(text):
            flags, value, wants = _split_flag(text, spec, name)
            out.extend(flags)
            if value is not None:
                out.append(_argument(Word(value), spec.takes.get(flags[-1], "Shape")))
            pending = flags[-1] if wants else None
        elif name == "tar" and i == 0 and re.fullmatch(r"[A-Za-z]+", text):
            flags, value, wants = _split_flag("-" + text, spec, name)
            out.extend(flags)
            pending = flags[-1] if wants else None
        elif name in ("head", "tail") and _NUMBER.match(text) and text[:1] == "-":
            out.extend(["-n", "Number"])
        else:
            kinds = positional or ["Shape"]
            out.append(_argument(word, kinds[min(n_positional, len(kinds) - 1)]))
            n_positional += 1
    return out


def _prefix_arguments(name: str, words: list[Word]) -> list[str]:
    """xargs-like commands: their own flags, then a whole command."""
    spec = SPECS.get(name, Spec(takes={}, positional=()))
    out: list[str] = []
    i = 0
    while i < len(words) and words[i].text.startswith("-") and len(words[i].text) > 1:
        flags, value, wants = _split_flag(words[i].text, spec, name)
        out.extend(flags)
        if value is not None:
            out.append(_argument(Word(value), spec.takes.get(flags[-1], "Shape")))
        if wants and i + 1 < len(words):
            i += 1
            out.append(_argument(words[i], spec.takes.get(flags[-1], "Shape")))
        i += 1
    if name == "env":
        while i < len(words) and "=" in words[i].text:
            out.append(_assignment(words[i]))
            i += 1
    return out + command_template(words[i:])


def _find_arguments(words: list[Word]) -> list[str]:
    """find's starting points (Directory) and its expression of primaries and operators."""
    out: list[str] = []
    i = 0
    while i < len(words):
        word, text = words[i], words[i].text
        if word.kind == "redirect":
            out.append(word.text)
        elif text in _FIND_EXEC:
            end = i + 1
            while end < len(words) and not _ends_exec(words, end):
                end += 1
            out.extend([text] + command_template(words[i + 1 : end]))
            if end < len(words):
                out.append("\\;" if words[end].text == ";" else "+")
            i = end
        elif text in _FIND_OPERATORS:
            out.append(_FIND_OPERATORS[text])
        elif text in _FIND_ARG_TYPES and i + 1 < len(words):
            out.extend([text, _argument(words[i + 1], _FIND_ARG_TYPES[text])])
            i += 1
        elif _is_flag(text):
            out.append(text)
        else:
            out.append(_argument(word, "Directory" if not _expression_started(out) else "Shape"))
        i += 1
    return out


def _ends_exec(words: list[Word], i: int) -> bool:
    text = words[i].text
    return text == ";" or (text == "+" and i > 0 and words[i - 1].text == "{}")


def _expression_started(out: list[str]) -> bool:
    return any(tok.startswith("-") or tok in ("\\(", "!") for tok in out)


# --- whole scripts: bashlex AST -----------------------------------------------------------------


class _Unsupported(Exception):
    """An AST shape the walker does not know; the word-split fallback takes over."""


def _node_word(node, source: str) -> Word:
    parts = getattr(node, "parts", []) or []
    text = node.word
    subs = [p for p in parts if p.kind in ("commandsubstitution", "processsubstitution")]
    if node.kind == "assignment":
        text = text.split("=", 1)[-1]
    whole = text.startswith(("$(", "`", "<(", ">(")) and text.endswith((")", "`"))
    if len(subs) == 1 and whole:
        return Word(node.word, " ".join(_walk(subs[0].command, source)), node.kind)
    return Word(node.word, None, "assignment" if node.kind == "assignment" else "word")


def _redirect(node) -> Word:
    fd = "" if getattr(node, "input", None) is None else str(node.input)
    target = node.output
    if isinstance(target, int):
        return Word(f"{fd}{node.type}{target}", None, "redirect")
    value = target.word
    typed = value if value.startswith("/dev/") or value.startswith("&") else "File"
    if node.type in ("<<", "<<-", "<<<"):
        typed = "Unknown"
    return Word(f"{fd}{node.type} {typed}", None, "redirect")


def _walk(node, source: str) -> list[str]:
    kind = node.kind
    if kind == "command":
        words = [_redirect(p) if p.kind == "redirect" else _node_word(p, source)
                 for p in node.parts]
        return command_template(words)
    if kind in ("list", "pipeline", "compound", "for", "while", "until", "if", "function"):
        parts = node.list if kind == "compound" else node.parts
        out = _walk_parts(parts, source, kind)
        for redirect in getattr(node, "redirects", []) or []:
            out.append(_redirect(redirect).text)
        return out
    if kind == "operator":
        return [";" if node.op in ("\n", ";") else node.op]
    if kind == "pipe":
        return [node.pipe]
    if kind == "reservedword":
        return [";" if node.word in ("\n", ";") else node.word]
    if kind == "word":
        return [_argument(_node_word(node, source), "Shape")]
    raise _Unsupported(kind)


def _walk_parts(parts: Iterable, source: str, kind: str) -> list[str]:
    out: list[str] = []
    previous = ""
    for part in parts:
        if part.kind == "word" and previous in ("for", "select", "case"):
            out.append("Variable")
        elif part.kind == "word" and kind == "function" and not out:
            out.append("Function")
        else:
            out.extend(_walk(part, source))
        previous = out[-1] if out else ""
    return out


def _strip_separators(tokens: list[str]) -> list[str]:
    """Without trailing `;` (`ls;` and `ls` are one command)."""
    while tokens and tokens[-1] == ";":
        tokens = tokens[:-1]
    return tokens


# --- fallback: a quote-aware word split ---------------------------------------------------------

_FALLBACK = re.compile(
    r"""(?P<op>&&|\|\||\|&|;;|[|;&()])"""
    r"""|(?P<redirect>\d*(?:>>|>&|&>|<<<|<<|[<>])(?:&?\d+|-)?)"""
    r"""|(?P<word>(?:\$\(\([^)]*\)*\)\)|\$\((?:[^()'"]|'[^']*'|"[^"]*"|\([^()]*\))*\)|`[^`]*`?"""
    r"""|'[^']*'?|"(?:\\.|[^"\\])*"?|\\.|[^\s|;&()<>'"\\`])+)"""
)
_QUOTES = re.compile(r"""'([^']*)'?|"((?:\\.|[^"\\])*)"?|\\(.)""")


def _unquote(text: str) -> str:
    return _QUOTES.sub(lambda m: next(g for g in m.groups() if g is not None), text)


def fallback_template(code: str) -> list[str]:
    """Template tokens from a word split, for text bashlex cannot parse."""
    out: list[str] = []
    words: list[Word] = []
    tokens = [(m.lastgroup, m.group(0)) for m in _FALLBACK.finditer(code)]
    i = 0
    while i < len(tokens):
        kind, text = tokens[i]
        if kind == "word":
            assignment = re.match(r"^[A-Za-z_]\w*=", text) and not words
            words.append(Word(_unquote(text), None, "assignment" if assignment else "word"))
        elif kind == "redirect":
            target = ""
            if not re.search(r"&\d+$|-$", text) and i + 1 < len(tokens) and tokens[i + 1][0] == "word":
                value = _unquote(tokens[i + 1][1])
                target = " " + (value if value.startswith("/dev/") else "File")
                i += 1
            words.append(Word(text + target, None, "redirect"))
        else:
            out.extend(command_template(words) if words else [])
            out.append(text)
            words = []
        i += 1
    out.extend(command_template(words) if words else [])
    return out


# --- entry point --------------------------------------------------------------------------------


def template(code: str) -> str:
    """The template string of a Bash command; never raises."""
    text = normalise_surface(code)
    if not text:
        return ""
    try:
        tokens: list[str] = []
        for node in bashlex.parse(text):
            if tokens:
                tokens.append(";")
            tokens.extend(_walk(node, text))
    except Exception:  # bashlex: parse errors, unimplemented constructs, internal failures
        try:
            tokens = fallback_template(text)
        except Exception:  # the word split never fails on str, but a template must not raise
            tokens = text.split()
    return " ".join(_strip_separators(tokens))
