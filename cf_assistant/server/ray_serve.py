"""The same HTTP app as a Ray Serve deployment, for users who outgrow one machine (optional extra).

    pip install -e '.[ray]'
    serve run cf_assistant.server.ray_serve:app_builder replicas=2 threads=2

`deployment(settings, replicas)` wraps `create_app(settings)` with `@serve.ingress`: each replica
is one copy of the app (its own models, loaded and warmed in the app's lifespan, and its own
micro-batcher), asks Ray for `settings.cpus()` CPUs (its model threads times their torch
threads), and Ray's proxy spreads requests over the replicas of every node. The app holds no state between requests, so replicas need nothing shared.
On one machine plain `cfa serve` is faster and lighter (see docs/SERVER.md); Ray pays off across
machines.

Imports ray only when called: `import cf_assistant.server.ray_serve` works without it.
"""

from __future__ import annotations

from typing import Any

from cf_assistant.server.settings import Settings


def deployment(settings: Settings | None = None, replicas: int = 1) -> Any:
    """A bound Ray Serve application of the app (`serve.run(deployment(...))`)."""
    from ray import serve

    from cf_assistant.server.app import create_app

    settings = settings or Settings()
    app = create_app(settings)

    @serve.deployment(name="cfa", num_replicas=replicas,
                      ray_actor_options={"num_cpus": settings.cpus()})
    @serve.ingress(app)
    class CfaServe:
        """One replica of `cfa serve`'s app."""

    return CfaServe.bind()


def app_builder(args: dict[str, str]) -> Any:
    """`serve run cf_assistant.server.ray_serve:app_builder replicas=N threads=T model_threads=M
    langs=cf,bash`."""
    replicas = int(args.get("replicas", 1))
    langs = tuple(x for x in args.get("langs", "cf").split(",") if x)
    settings = Settings(langs=langs, torch_threads=int(args.get("threads", 1)),
                        model_threads=int(args.get("model_threads", 1)),
                        max_batch=int(args.get("max_batch", Settings.max_batch)),
                        max_wait_ms=float(args.get("max_wait_ms", Settings.max_wait_ms)))
    return deployment(settings, replicas)
