"""cf-assistant: a CodeFusion-style natural-language-to-code assistant backend.

Languages: Excel conditional-formatting rules (CF), Bash, Python. The package is laid out along
the data flow described in the README; nothing here imports the CLI.
"""

__version__ = "0.1.0"
