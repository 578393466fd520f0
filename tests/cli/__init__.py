"""CLI tests (a package, so that their file names may repeat the library tests' names)."""
