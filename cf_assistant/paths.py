"""Where the project's own files live: grammars, shipped models, the benchmark data.

The package is installed editable (`pip install -e .`), so the repository root is the folder above
the package. The benchmark data is read from a path, never shipped: `CFA_DATA` overrides the
default `../shared/data` beside the checkout.
"""

from __future__ import annotations

import os
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
GRAMMARS_DIR = REPO_ROOT / "grammars"
MODEL_DIR = REPO_ROOT / "model"
BENCHMARKS_DIR = REPO_ROOT / "benchmarks"


def default_data_dir() -> Path:
    """The benchmark data folder: $CFA_DATA, else ../shared/data beside the checkout."""
    env = os.environ.get("CFA_DATA")
    if env:
        return Path(env)
    return REPO_ROOT.parent / "shared" / "data"
