"""Candidate generators behind one protocol, and their registry.

A generator has a `name` and `generate(records, k) -> list[list[str]]`: for each record, up to k
raw candidate codes, best first (no validation, no deduplication promised). A generator may also
offer `generate_scored(utterances, k) -> list[list[tuple[str, float]]]` (code, score) pairs, best
first, which the suggest pipeline uses for ranking; the benchmark only calls `generate`.

`get_generator(name, lang, train_records, **options)` builds one by name; the registry imports
lazily, so asking for `reference` never imports torch. Generators that read the training records
say so with the class attribute `uses_training_records = True` (the benchmark then loads them);
others receive an empty list. Options a generator does not take are dropped (a `None` option
means "the generator's default").

This module knows nothing of metrics or of how the candidates are judged.
"""

from __future__ import annotations

import difflib
import importlib
import inspect
from typing import Any, Protocol, Sequence, runtime_checkable

from cf_assistant.data import Record
from cf_assistant.errors import BadInputError


@runtime_checkable
class Generator(Protocol):
    name: str

    def generate(self, records: Sequence[Record], k: int) -> list[list[str]]:
        """Per record, up to k candidate codes, best first."""
        ...


# name -> "module:class"; each class is constructed as cls(lang=..., train_records=..., **options)
_REGISTRY: dict[str, str] = {
    "reference": "cf_assistant.generators.reference:ReferenceGenerator",
    "retrieval": "cf_assistant.generators.retrieval:RetrievalGenerator",
    "diffusion": "cf_assistant.generators.diffusion:DiffusionGenerator",
    "autoregressive": "cf_assistant.generators.autoregressive:AutoregressiveGenerator",
    "assistant": "cf_assistant.generators.assistant:AssistantGenerator",
}


def generator_names() -> list[str]:
    return sorted(_REGISTRY)


def generator_class(name: str) -> type:
    """The class registered as `name` (BadInputError with the closest name otherwise)."""
    key = (name or "").strip().lower()
    if key not in _REGISTRY:
        close = difflib.get_close_matches(key, list(_REGISTRY), n=1)
        hint = f"; did you mean '{close[0]}'?" if close else ""
        raise BadInputError(
            f"unknown generator '{name}'{hint} (known: {', '.join(generator_names())})"
        )
    module_name, attr = _REGISTRY[key].split(":")
    return getattr(importlib.import_module(module_name), attr)


def _accepted(cls: type, options: dict[str, Any]) -> dict[str, Any]:
    """The options the class's constructor takes, without the ones left at None."""
    params = inspect.signature(cls).parameters
    takes_any = any(p.kind is inspect.Parameter.VAR_KEYWORD for p in params.values())
    return {k: v for k, v in options.items() if v is not None and (takes_any or k in params)}


def get_generator(
    name: str, lang: str, train_records: Sequence[Record] = (), **options: Any
) -> Generator:
    """A generator for `lang`, built from the training records and the given options."""
    cls = generator_class(name)
    return cls(lang=lang, train_records=list(train_records), **_accepted(cls, options))


def uses_training_records(name: str) -> bool:
    return bool(getattr(generator_class(name), "uses_training_records", False))
