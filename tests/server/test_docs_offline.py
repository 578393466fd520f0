"""/docs (Swagger UI) and /redoc work offline: every script, style and icon they load is served by
the app itself (from the fastapi-offline package), none from a CDN or any other host."""

from __future__ import annotations

import re

import pytest


def _assets(html: str) -> list[str]:
    """Every URL the page loads: src= and href= attributes, and any http(s) URL in its text."""
    return re.findall(r'(?:src|href)="([^"]+)"', html) + re.findall(r"https?://[^\s'\"<>)]+", html)


@pytest.mark.parametrize("page, kinds", [("/docs", (".js", ".css", ".png")), ("/redoc", (".js", ".png"))])
def test_docs_pages_load_only_local_assets(client, page, kinds):
    got = client.get(page)
    assert got.status_code == 200 and "text/html" in got.headers["content-type"]
    urls = _assets(got.text)
    assert urls, f"{page} loads nothing"
    assert [u for u in urls if not u.startswith("/")] == []  # no CDN, no other host
    for kind in kinds:
        assert any(u.endswith(kind) for u in urls), f"{page} loads no {kind}"
    for url in urls:
        asset = client.get(url)
        assert asset.status_code == 200, url
        assert len(asset.content) > 1000, url  # the real file, not an error page
    assert "/openapi.json" in got.text


def test_swagger_oauth2_redirect_and_schema(client):
    assert client.get("/docs/oauth2-redirect").status_code == 200
    schema = client.get("/openapi.json").json()
    assert not {"/docs", "/redoc", "/docs/oauth2-redirect"} & set(schema["paths"])
