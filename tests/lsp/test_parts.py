"""The language server's parts in-process: diagnostics, generate requests and edits, rule spans."""

from __future__ import annotations

from lsprotocol import types

from cf_assistant.lsp import diagnostics, generate, hover
from cf_assistant.lsp.diagnostics import diagnose
from cf_assistant.lsp.documents import language_of, looks_binary


def _rng(line, ch, end_line=None, end_ch=None):
    return types.Range(types.Position(line, ch),
                       types.Position(line if end_line is None else end_line, ch if end_ch is None else end_ch))


def test_language_of_by_id_then_by_file_name():
    assert language_of("shellscript", "file:///x.txt") == "bash"
    assert language_of(None, "file:///a/b%20c/run.SH") == "bash"
    assert language_of("", "file:///a/tool.py") == "python"
    assert language_of("markdown", "file:///notes.md") is None


def test_binary_is_told_from_text():
    assert looks_binary("a\x00b") and looks_binary("\x01\x02\x03abc")
    assert not looks_binary("echo 'héllo' 😀\n\tdone\r\n")


def test_bash_script_problems_land_on_their_lines():
    script = "#!/bin/bash\n# note\nif [ -f x ]; then\n  echo yes\nfi\nls )\ncat <<EOF\n$(x\nEOF\necho 'open\n"
    found, complete = diagnose(script, "bash")
    assert complete
    assert [(p.line, p.column, p.end_column) for p in found] == [(5, 3, 4), (9, 9, 10)]
    assert found[1].code == "BASH002" and found[1].error
    [inner], _ = diagnose("if [ -f x ]; then\n  echo yes\n  ls )\nfi\necho hi\n", "bash")
    assert (inner.line, inner.column, inner.message) == (2, 5, "unexpected token ')'")


def test_a_broken_command_does_not_hide_the_valid_ones_after_it():
    # tree-sitter-bash's recovery swallows the lines after this one into one ERROR statement
    script = "find . -print0 | xargs -0 grep -l `printf '^\\xef'` | sed 's/^/x/'\nls -la\npwd\necho 'open\n"
    found, _ = diagnose(script, "bash")
    assert [(p.line, p.code) for p in found] == [(3, "BASH002")]


def test_valid_scripts_have_no_problems():
    assert diagnose("f() {\n  local a=$((1 + 2))\n  [[ $a -gt 2 ]] && echo \"$a\"\n}\nf\n", "bash") == ([], True)
    assert diagnose("import os\n\n\ndef main():\n    return os.getcwd()\n", "python") == ([], True)
    assert diagnose("", "bash") == ([], True) and diagnose("\n\n", "python") == ([], True)


def test_python_problem_range_covers_the_word():
    [problem] = diagnose("x = 1\ny = (2,\n", "python")[0]
    assert (problem.line, problem.column) == (1, 0) and problem.end_column > problem.column
    assert "\n" not in problem.message


def test_huge_and_binary_documents_are_bounded():
    found, complete = diagnose("echo " + "a" * (diagnostics.MAX_BASHLEX_CHARS + 10) + " (\n", "bash")
    assert complete and len(found) == 1 and found[0].code == "BASH003"
    [notice], _ = diagnose("\x00" * 100, "python")
    assert notice.code == "CFA-BINARY" and not notice.error


def test_a_budget_stops_early_and_says_so():
    script = "".join(f"echo {i} | grep {i}\n" for i in range(3000)) + "echo 'open\n"
    diagnostics._verdict.cache_clear()
    found, complete = diagnose(script, "bash", budget_s=0.0)
    assert not complete and found == []
    found, complete = diagnose(script, "bash")
    assert complete and [p.line for p in found] == [3000]


def test_requests_from_a_comment_a_selection_or_nothing():
    lines = ["#!/bin/bash", "    # find big files  ", "echo hi", ""]
    [req] = generate.requests_at(lines, "u", "bash", _rng(1, 3))
    assert (req.text, req.after, req.indent, req.lang) == ("find big files", 1, "    ", "bash")
    assert generate.requests_at(lines, "u", "bash", _rng(0, 2)) == []  # the shebang
    assert generate.requests_at(lines, "u", "bash", _rng(2, 1)) == []  # code, no selection
    assert generate.requests_at(lines, "u", "bash", _rng(99, 0)) == []
    [sel] = generate.requests_at(lines, "u", "bash", _rng(1, 0, 3, 0))
    assert (sel.text, sel.after) == ("find big files echo hi", 2)
    both = generate.requests_at(lines, "u", None, _rng(2, 0, 2, 7))
    assert [r.lang for r in both] == ["bash", "python"]


def test_request_data_round_trip_and_garbage():
    req = generate.Request("file:///a.sh", "bash", "list files", 3, "  ", 1)
    assert generate.Request.from_data(req.to_data()) == req
    for bad in (None, [], {"uri": "x"}, {**req.to_data(), "lang": "cobol"}, {**req.to_data(), "after": "x"},
                {**req.to_data(), "text": " "}, {**req.to_data(), "index": -1}):
        assert generate.Request.from_data(bad) is None


def test_insertion_under_the_comment_and_at_the_end_of_a_file_without_newline():
    req = generate.Request("u", "python", "t", 0, "  ")
    [mid] = generate.insertion(req, "for x in y:\n    pass", ["  # t", "x"]).changes["u"]
    assert mid.range == _rng(1, 0) and mid.new_text == "  for x in y:\n      pass\n"
    [end] = generate.insertion(req, "print(1)", ["  # t 😀"], units=lambda s: len(s.encode("utf-16-le")) // 2).changes["u"]
    assert end.range == _rng(0, 8) and end.new_text == "\n  print(1)"


def test_locate_follows_a_moved_comment():
    req = generate.Request("u", "bash", "list files", 1)
    assert generate.locate(req, ["x", "# list files"]) == req
    assert generate.locate(req, ["new", "x", "y", "# list files"]).after == 3
    assert generate.locate(req, ["nothing here"]) is None


def test_listing_offers_known_candidates_without_resolving():
    cache = generate.Candidates()
    req = generate.Request("u", "bash", "list files", 0)
    [first] = generate.list_actions([req], cache, ["# list files"])
    assert first.edit is None and first.data == req.to_data()
    cache.put("bash", "list files", ("ls", "ls -la " + "x" * 100))
    actions = generate.list_actions([req], cache, ["# list files"])
    assert [a.edit is not None for a in actions] == [True, True]
    assert actions[1].title.startswith("cf-assistant: Bash candidate 2: ls -la") and actions[1].title.endswith("…")
    assert generate.Request.from_data(actions[1].data).index == 1


def test_rule_spans_outermost_first_within_the_window():
    line = 'x = "AND(GreaterThan(5), NOT(Blanks()))"  # top(10%) print(len(x))'
    assert [line[a:b] for a, b in hover.rule_spans(line, 12)] == [
        "AND(GreaterThan(5), NOT(Blanks()))", "GreaterThan(5)"]
    assert [line[a:b] for a, b in hover.rule_spans(line, 45)] == ["top(10%)"]
    assert hover.rule_spans(line, 60) == []  # print and len are not CF functions
    far = "x " * 5_000 + "GreaterThan(5)"
    assert hover.rule_spans(far, 10_003) == [(10_000, 10_014)]
    assert hover.rule_spans("GreaterThan(5" + ")" * 0, 3) == []


def test_an_unclosed_block_over_a_long_script_is_reported_where_it_starts():
    script = "ls\nif [ -f x ]; then\n" + "".join(f"  echo {i} | grep {i}\n" for i in range(2000))
    [problem], complete = diagnose(script, "bash")
    assert complete and (problem.line, problem.column) == (1, 0)
    assert problem.message.startswith("unexpected EOF") and "does not end within" in problem.message


def test_a_2000_line_script_with_one_broken_line_gets_exactly_that_one_problem():
    # plain lines (no bashlex: `plainly_valid`) among ones bashlex or tree-sitter-bash decide
    kinds = ["find . -name '*.log' -mtime +{i} -exec rm {{}} \\; | wc -l", 'grep -c "x{i}" "$f" 2>&1 > out{i}',
             "for f in *.{i}; do echo $f; done", "[[ -f a{i} ]] && echo $((1 + {i}))",
             "cp $(which ls) `dirname $HOME`/b{i}", "find . ! -name x{i} | sort -u"]
    lines = [kinds[i % len(kinds)].format(i=i) for i in range(2000)]
    lines[1234] = "echo 'this quote is never closed"
    diagnostics._verdict.cache_clear()
    found, complete = diagnose("\n".join(lines) + "\n", "bash")
    assert complete and [(p.line, p.code) for p in found] == [(1234, "BASH002")]
    lines[1234] = "ls |! sort"  # tree-sitter-bash reads it; bashlex does not
    found, _ = diagnose("\n".join(lines) + "\n", "bash")
    assert [(p.line, p.code) for p in found] == [(1234, "BASH001")]
