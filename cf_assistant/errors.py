"""The project's exception types.

Every error a user can cause is one of these: the message says what is wrong and how to fix it,
and `exit_code` is what the CLI exits with (2 = bad input, 1 = a negative result). The library
raises them; only the CLI turns them into one line on stderr.
"""

from __future__ import annotations


class CfaError(Exception):
    """Base of every error the project raises on purpose."""

    exit_code = 2


class BadInputError(CfaError):
    """Input that cannot be used: a missing file, an empty utterance, an unknown option value."""


class RuleSyntaxError(CfaError):
    """Text that is not a rule of the CF language.

    `position` is the 0-based character offset of the problem, `expected` a short description
    of what would have been accepted there.
    """

    def __init__(self, message: str, text: str = "", position: int = 0, expected: str = ""):
        super().__init__(message)
        self.text = text
        self.position = position
        self.expected = expected


class WorkbookError(CfaError):
    """A workbook that cannot be read or written: not an .xlsx, truncated, encrypted, too large."""


class UnknownLanguageError(CfaError):
    """A language name that is not registered (the message suggests the closest name)."""


class CheckpointError(CfaError):
    """A model folder that is missing, corrupt, truncated, pickled or does not match its config."""


class DataError(CfaError):
    """A benchmark or corpus file in the wrong format, or a split that is not in it."""


class NoValidCandidateError(CfaError):
    """The model produced no candidate that passes validation (a negative result, exit 1)."""

    exit_code = 1
