"""`cfa lsp`: the assistant inside any editor, through the Language Server Protocol (pygls 2).

The language server is a door, like the CLI and the HTTP server: everything it shows comes from
the assistant API (`cf_assistant.assistant`) and the language modules' validators.

- `server`: the pygls LanguageServer, its features and `serve()` (stdio or TCP on 127.0.0.1).
- `diagnostics`: syntax problems of Bash and Python documents from the project's validators.
- `generate`: the "cf-assistant: generate Bash/Python" code actions on a comment or a selection.
- `hover`: a CF rule such as `GreaterThan(5)` in any document, explained as `cfa rule` does.
"""
