"""Swagger UI at /api/docs, served entirely by the app.

The assets come from npm's ``swagger-ui-dist``, copied into ``<spa dist>/apidocs/`` by the SPA
build (``frontend/scripts/copy-apidocs.mjs``): no CDN, so the page works offline and under the
app's CSP (``script-src 'self'``, hence the start-up script is a file, not inline).
"""

from __future__ import annotations

from pathlib import Path

from fastapi import FastAPI
from fastapi.responses import FileResponse, HTMLResponse, Response

from constel_api.errors import NotFound

DOCS_PATH = "/api/docs"
OPENAPI_PATH = "/api/openapi.json"
ASSETS = ("swagger-ui-bundle.js", "swagger-ui.css")

_PAGE = """<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Constel API</title>
<link rel="stylesheet" href="{docs}/swagger-ui.css">
</head>
<body>
<div id="swagger-ui"></div>
<script src="{docs}/swagger-ui-bundle.js"></script>
<script src="{docs}/init.js"></script>
</body>
</html>
"""

_MISSING = """<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>Constel API</title></head>
<body>
<h1>Constel API</h1>
<p>The interactive documentation is part of the web application's build, which this server
does not have (<code>make spa</code> builds it). The OpenAPI document is at
<a href="{openapi}">{openapi}</a>.</p>
</body>
</html>
"""

# Swagger UI reads the document from the app and keeps the token only for this tab.
_INIT = """window.ui = SwaggerUIBundle({
  url: '""" + OPENAPI_PATH + """',
  dom_id: '#swagger-ui',
  deepLinking: true,
  docExpansion: 'none',
  filter: true,
  presets: [SwaggerUIBundle.presets.apis],
  layout: 'BaseLayout',
  persistAuthorization: false,
  tryItOutEnabled: false,
  displayRequestDuration: true
})
"""


def mount_api_docs(app: FastAPI, dist: Path) -> None:
    assets = dist.resolve() / "apidocs"
    available = all((assets / name).is_file() for name in ASSETS)

    @app.get(DOCS_PATH, include_in_schema=False)
    async def api_docs() -> HTMLResponse:
        page = _PAGE if available else _MISSING
        return HTMLResponse(
            page.format(docs=DOCS_PATH, openapi=OPENAPI_PATH),
            headers={"Cache-Control": "no-cache"},
        )

    @app.get(DOCS_PATH + "/init.js", include_in_schema=False)
    async def api_docs_init() -> Response:
        return Response(
            _INIT, media_type="text/javascript", headers={"Cache-Control": "no-cache"}
        )

    @app.get(DOCS_PATH + "/{name}", include_in_schema=False)
    async def api_docs_asset(name: str) -> FileResponse:
        if name not in ASSETS or not available:
            raise NotFound()
        # Named without a hash: revalidated, so an upgrade is seen at the next visit.
        return FileResponse(assets / name, headers={"Cache-Control": "no-cache"})
