"""cf-assistant: a CodeFusion-style natural-language-to-code assistant backend.

Languages: Excel conditional-formatting rules (CF), Bash, Python. The package is laid out along
the data flow: the doors (`cli`) call `assistant` (pipeline, ranking), which calls `generators`
and `languages`, which use `diffusion` (network, tokenizer, scheduler, sampler, checkpoints) and
`retrieval` (embedding, example bank, corpus examples); `training` and `eval` sit beside them.
`config`, `data`, `errors` and `paths` are shared by all. Nothing here imports the CLI.
"""

__version__ = "0.1.0"
