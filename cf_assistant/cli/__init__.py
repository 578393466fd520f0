"""Command-line interface: `cf_assistant.cli.app:main` is the `cfa` console script."""
