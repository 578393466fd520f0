"""`cfa serve`: the assistant's HTTP backend for an Excel add-in, editors and scripts.

`app` is the FastAPI app over the assistant API (transport only: JSON and multipart in,
problem+json errors out), `batching` the micro-batcher that gives concurrent requests one model
call per language, `problems` the RFC 9457 error answers and the body-size limit, `settings` the
knobs, `ray_serve` the same app as a Ray Serve deployment (optional extra), and `static/` the task
pane page served at `/` (also the Office add-in's task pane; manifest in addin/).
"""
