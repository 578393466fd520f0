"""The assistant the doors (CLI, HTTP server, language server) call: the pipeline from an
utterance to ranked, validated candidates (`pipeline`), the user's inputs (`inputs`), the
ranking (`ranking`), and the API over them (`api`: `Assistant`, `SuggestRequest`)."""

from cf_assistant.assistant.api import Assistant, SuggestRequest
from cf_assistant.assistant.inputs import Data
from cf_assistant.assistant.pipeline import Candidate, SuggestResult

__all__ = ["Assistant", "Candidate", "Data", "SuggestRequest", "SuggestResult"]
