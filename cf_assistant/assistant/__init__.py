"""The assistant the doors (CLI, HTTP server, language server) call: the pipeline from an
utterance to ranked, validated candidates, and its ranking."""
