"""Evaluation: the paper's metrics and the benchmark runner behind `cfa bench`."""
