"""Every numeric option of every `cfa` command refuses an out-of-range value with one line and
exit 2 (never a traceback such as `--seed 99999999999999999999` gave: an overflow in torch)."""

from __future__ import annotations

import pytest

from cf_assistant.cli.app import _register, app
from cf_assistant.cli.ranges import numeric_options

# what each command needs besides the option under test (never reached: the check comes first)
REQUIRED = {"suggest": ["highlight cells > 5"], "rule": ["Blanks()"], "validate": ["book.xlsx"],
            "train-ar": ["--out", "never-written"]}


def _options():
    _register()
    for info in app.registered_commands:
        for name, (flag, kind) in numeric_options(info.callback).items():
            yield info.name, flag, kind


CASES = [(cmd, flag, value) for cmd, flag, kind in _options()
         for value in (["99999999999999999999", "-99999999999999999999"] if kind is int
                       else ["nan", "inf", "-inf"])]


def test_the_sweep_sees_every_command_s_numbers():
    seen = {(cmd, flag) for cmd, flag, _ in CASES}
    for expected in [("suggest", "--seed"), ("suggest", "-k"), ("suggest", "--steps"),
                     ("bench", "--strength"), ("bench", "--limit"), ("train", "--lr"),
                     ("train-ar", "--pretrain-minutes"), ("serve", "--port")]:
        assert expected in seen


def _one_line_exit_2(cli, *args):
    code, out, err = cli(*args)
    lines = [line for line in err.splitlines() if line.strip()]
    assert code == 2, (args, code, err)
    assert len(lines) == 1 and lines[0].startswith("error: "), (args, err)
    assert "Traceback" not in err + out
    return lines[0]


@pytest.mark.parametrize("cmd,flag,value", CASES)
def test_an_absurd_number_is_one_line_exit_2(cli, tmp_path, monkeypatch, cmd, flag, value):
    monkeypatch.chdir(tmp_path)
    line = _one_line_exit_2(cli, cmd, *REQUIRED.get(cmd, []), f"{flag}={value}")
    assert flag in line


@pytest.mark.parametrize("args,message", [
    (["suggest", "x", "--seed", "-1"], "--seed must be between 0 and 4294967295 (got -1)"),
    (["suggest", "x", "--seed", "4294967296"], "--seed must be between 0 and 4294967295"),
    (["suggest", "x", "-k", "65"], "-k must be between 1 and 64 (got 65)"),
    (["suggest", "x", "--steps", "0"], "--steps must be between 1 and 1200 (got 0)"),
    (["bench", "--strength", "1.5"], "--strength must be between 0 and 1 (got 1.5)"),
    (["bench", "--limit", "0"], "--limit must be 1 or more (got 0)"),
    (["train", "--cpd-fraction", "2"], "--cpd-fraction must be between 0 and 1"),  # train's own
    (["train", "--batch", "0"], "--batch must be 1 or more"),  # train's own
    (["train-ar", "--out", "o", "--pretrain-minutes", "-1"], "--pretrain-minutes must be 0 or more"),
])
def test_a_value_just_outside_the_range_names_the_range(cli, tmp_path, monkeypatch, args, message):
    monkeypatch.chdir(tmp_path)
    assert message in _one_line_exit_2(cli, *args)


def test_values_inside_the_range_still_reach_the_command(cli):
    code, out, err = cli("rule", "GreaterThan(5)", "--values", "3,7", "--json")
    assert code == 0, err
    # `rule` has no numeric option: the edges of suggest's ranges must pass the check too and
    # reach the command, which then refuses the language itself
    code, _, err = cli("suggest", "x", "-k", "64", "--seed", "4294967295", "--steps", "1200",
                       "--lang", "nope")
    assert code == 2 and "unknown language 'nope'" in err, err
