"""Bash language module: validity (bashlex + tree-sitter-bash), canonical, kinds, templates."""

from __future__ import annotations

import pytest
from hypothesis import given, settings, strategies as st

from cf_assistant.languages import TokenKind, get_language
from cf_assistant.languages import bash
from cf_assistant.languages.bash import BASH, canonical, template, validate_detail

K, I, O = TokenKind.KEYWORD, TokenKind.IDENTIFIER, TokenKind.OTHER


@pytest.mark.parametrize("code", [
    "find . -name '*.txt' -exec rm {} \\; | wc -l\n",
    "for f in *.c; do gcc -c $f; done",
    "echo `date +%F` > out.txt 2>&1",
    "diff <(ls a) <(ls b)",
])
def test_valid_by_bashlex_alone(code):
    result, needed_tree_sitter = validate_detail(code)
    assert result.valid and not needed_tree_sitter


@pytest.mark.parametrize("code", [
    "echo $((1 + 2))",
    "echo $[4/2]",
    "case $x in a) echo a;; *) echo b;; esac",
    "[[ -f x ]] && echo yes",
    "[[ ! $prev =~ $dir ]] && echo \"$dir\"",
    "for ((i=0; i<3; i++)); do echo $i; done",
    "a=(1 2 3)",
    "time find . -type f",
    "{ time sleep 1; } 2>&1 | grep real",
    "find / -size 0 -ok rm { } \\;",
    "head -$((${RANDOM} % 10 + 1)) file | tail -1",
])
def test_valid_with_tree_sitter_for_bashlex_gaps(code):
    result, needed_tree_sitter = validate_detail(code)
    assert result.valid and needed_tree_sitter


@pytest.mark.parametrize("code", [
    "grep \"OK\" <filename> | wc -l",
    "find -name '*.jpg",
    "find . ( -name a.out ) -print",
    "ls;;",
    "[[ -f x ]] && ls;;",  # the [[ ]] is fine, the rest is still bashlex's to judge
    "echo $((1 +",
    "case $x in",
    "",
])
def test_invalid(code):
    result = BASH.validate(code)
    assert not result.valid and result.diagnostics


def test_diagnostics_positions_and_codes():
    (diag,) = BASH.validate("ls -l\ngrep x <file> | wc").diagnostics
    assert (diag.code, diag.line) == ("BASH001", 2)
    (quote,) = BASH.validate("find -name '*.jpg").diagnostics
    assert quote.code == "BASH002"
    (gap,) = BASH.validate("echo $((1 +").diagnostics
    assert gap.code in ("BASH002", "BASH003") and (gap.line, gap.column) == (1, 12)
    assert BASH.validate("  ").diagnostics[0].code == "BASH004"


def test_canonical_collapses_whitespace_outside_quotes():
    assert canonical("  ls   -la\t/tmp \n") == "ls -la /tmp"
    assert canonical("echo 'a   b'  \"c  d\"") == "echo 'a   b' \"c  d\""
    assert canonical("ls \\\n  -l") == "ls -l"
    assert canonical("ls -l") != canonical("ls -la")


def test_token_kinds_utilities_flags_arguments():
    toks = ["find", " ", ".", " ", "-name", " ", "'", "*.txt", "'", " ", "|", " ", "wc", " ", "-l"]
    assert BASH.token_kinds(toks) == [K, O, I, O, K, O, O, I, O, O, O, O, K, O, K]


def test_token_kinds_on_pieces_and_exec_commands():
    kinds = BASH.token_kinds(["fi", "nd", " -", "exec", " rm", " {}", " \\;"])
    assert kinds[:5] == [K, K, K, K, K] and kinds[5:] == [O, O]
    assert BASH.token_kinds(["echo", " \"", "$((", "1", "+", ")"]) != []  # invalid code is fine


@given(st.text(max_size=40))
@settings(max_examples=200, deadline=None)
def test_nothing_raises_on_any_text(text):
    BASH.validate(text)
    canonical(text)
    template(text)
    BASH.token_kinds(list(text))


SAME = [
    ('find . -name "*.txt"', "find /tmp -name '*.log'"),
    ("ls -la", "ls -l -a"),
    ("sudo /usr/bin/find . -mtime +7", "find . -mtime +30"),
    ("$ find . -type f", "find ~/docs -type f"),
    ("find . –name “*.c”", 'find . -name "*.h"'),
    ("tar xzvf a.tar.gz", "tar -x -z -v -f /tmp/b.tgz"),
    ("head -5 file.txt", "head -n 20 log"),
    ("grep -rn foo .", "grep -r -n 'bar baz' /etc"),
    ("find . -type f -exec rm {} \\;", "find /var -type f -exec rm '{}' ';'"),
    ("du -h --max-depth=1 /var", "du -h --max-depth 2 ~"),
    ("chmod 644 a.txt", "chmod 755 b.sh"),
    ("find . -size +10M", "find / -size +1G"),
    ("sort -k2 -n f | head -10", "sort -k 3 -n g | head -n 5"),
    ("cut -d: -f1 /etc/passwd", "cut -d , -f 3 data.csv"),
    ("ls -l;", "ls -l"),
    ("find . -name '*.py' | xargs grep -l import", "find src -name '*.js' | xargs grep -l require"),
    ("kill -9 1234", "kill -9 $PID"),
    ("sed -i 's/a/b/g' f.txt", "sed -i 's/x/y/' g.txt"),
]
DIFFERENT = [
    ("find . -mtime +7", "find . -mtime -7"),
    ("grep -r foo .", "grep -l foo ."),
    ("ls -la", "ls -l"),
    ("find . -name '*.txt'", "find . -iname '*.txt'"),
    ("find . -type f", "find . -type d"),
    ("find . -size +10M", "find . -size -10M"),
    ("find . -perm -644", "find . -perm 644"),
    ("find . -exec rm {} \\;", "find . -exec rm {} +"),
    ("ls | wc -l", "ls && wc -l"),
    ("cat a > b", "cat a >> b"),
    ("head -n 5 f", "tail -n 5 f"),
    ("rm -r dir", "rm -f dir"),
    ("find . -name a -o -name b", "find . -name a -a -name b"),
    ("find . -maxdepth 1", "find . -mindepth 1"),
    ("find . 2>/dev/null", "find . > /dev/null"),
    ("ls -l", "ls -l /tmp"),
]


@pytest.mark.parametrize("a,b", SAME)
def test_pairs_that_share_a_template(a, b):
    assert template(a) == template(b)


@pytest.mark.parametrize("a,b", DIFFERENT)
def test_pairs_that_do_not_share_a_template(a, b):
    assert template(a) != template(b)


def test_template_spelling():
    assert template("sudo /usr/bin/find . -mtime +7 -exec rm {} \\;") == (
        "find Directory -mtime +Timespan -exec rm {} \\;")
    assert template("grep -e foo -r .") == "grep -e Regex -r File"
    assert template("x=$(ls -la /tmp)") == "Variable=$( ls -l -a Path )"


def test_template_falls_back_when_bashlex_fails():
    assert template("[[ -f x ]] && rm -rf /tmp/a") == "[[ -f Unknown ]] && rm -r -f Path"
    assert template("find -name '*.jpg") == "find -name Regex"


def test_registry_finds_bash():
    assert get_language("sh") is BASH


# --- plainly_valid: a proof of validity without bashlex (the language server's fast path) -------


@pytest.mark.parametrize("code", [
    "ls -la /tmp",
    "find . -name '*.txt' -exec rm {} \\; | wc -l",
    'grep -rn "$pattern" ${dir} 2>&1 | sort -u > out.txt',
    "cp $(which python3) `dirname $HOME`/bin && echo done; echo ok &",
    "a=1 b='two words' env | grep -c a=",
])
def test_plain_commands_are_plainly_valid(code):
    assert BASH.validate(code).valid and bash.plainly_valid(code)


@pytest.mark.parametrize("code", [
    "fi rm",  # a reserved word where a command starts
    "ls |! sort",
    "find . -exec ls -l } } \\;",
    "cd $(dirname (which ls))",
    "tar czf x.tgz `fi nd . -name x`",
    "echo $(cat /proc/$${/cmdline)",
    'nl -w 8 "$$(infile" n',
    "export PS1='$(whoami)@$(hosname:'",  # bashlex reads $( in a quoted assignment
    "echo 'never closed",
    "for f in *.c; do gcc -c $f; done",  # valid, but not plain: bashlex decides
])
def test_what_bashlex_must_decide_is_not_plainly_valid(code):
    assert not bash.plainly_valid(code)


_PIECES = ["ls", "echo", "fi", "do", "done", "{", "}", "{}", "!", "-l", "x=1", "'a b'", "'$(x'", '"$x"',
           '"$(', "$y", "${z}", "$$", "$(pwd)", "`date`", "(", ")", "|", "||", "&&", ";", ";;", "&",
           "#", ">", ">>", "2>&1", "<", "\\;", "*.txt", "`", "$(", '"', "'", " ", "  ", "\n"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), min_size=1, max_size=12),
       st.lists(st.sampled_from(["", " "]), min_size=12, max_size=12))
def test_plainly_valid_is_never_wrong(pieces, gaps):
    code = "".join(p + g for p, g in zip(pieces, gaps))
    if bash.plainly_valid(code):
        assert BASH.validate(code).valid, code


def test_plainly_valid_is_linear_on_long_and_hostile_lines():
    for code in ("a'b'" * 5000 + "(", '"$a"' * 4000 + "'", "$(a " * 3000, "x" * 1_000_000 + "("):
        assert not bash.plainly_valid(code)
    assert bash.plainly_valid("echo " + "a" * 1_000_000)


def test_texts_bashlex_never_returns_on_get_a_verdict():
    # bashlex 0.18 loops forever on these; in a subprocess so that a regression fails, not hangs
    import subprocess
    import sys

    codes = ["echo x'${'", "a'${b'", "cp a'${}${' b", "find [x] -exec cat {'} +\nr${ead -n1\nls"]
    script = ("import sys; from cf_assistant.languages.bash import validate; "
              "print([validate(c).valid for c in sys.argv[1:]])")
    done = subprocess.run([sys.executable, "-c", script, *codes], capture_output=True, text=True,
                          timeout=60)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[True, True, True, False]"
